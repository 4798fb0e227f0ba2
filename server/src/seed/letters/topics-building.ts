// Letters about buildings and building sites: night-time construction noise, sunlight (日照),
// permits, unpermitted building, lifts in old housing, house demolition and compensation, village
// houses, and the bureau's own services. 信访科 answers what belongs to other authorities (noise,
// compensation) with a referral; 建设工程规划科 answers the rest.
import { monthLabel } from "./places.js";
import { one, type Topic } from "./topic.js";

const nightWork = ["打桩", "浇筑混凝土", "用破碎锤破碎路面", "运输渣土", "切割钢筋", "吊装钢构件"] as const;
const sufferers = ["正在备考的孩子", "刚满月的婴儿", "八十多岁的老人", "上夜班需要白天补觉的家人"] as const;
const nights = ["十点", "十一点", "十二点", "凌晨一点"] as const;

export const nightNoise: Topic = {
  key: "night-noise",
  department: "letters",
  types: ["COMPLAINT", "COMPLAINT", "OPINION"],
  write(r, type, { place: p, received }) {
    const site = one(r, [`${p.estate}南侧的在建工地`, `${p.road}${p.area}段道路施工`, `${p.company}${p.project}工地`]);
    const work = one(r, nightWork);
    const subject =
      type === "COMPLAINT"
        ? one(r, [
            `${p.area}${one(r, ["工地", "在建项目", "道路施工"])}夜间施工噪音扰民`,
            `${p.road}沿线夜间${work}影响休息`,
            `${p.district}${p.estate}附近工地深夜施工`,
          ])
        : `关于${p.area}片区工地夜间施工管理的意见`;
    const body = [
      `我是${p.district}${p.estate}的住户。最近${r.int(5, 30)}天以来，${site}每天晚上${one(r, nights)}以后还在${work}，`,
      one(r, ["噪音很大，窗户都在震", "机械声和渣土车的喇叭声一直响到凌晨", "整栋楼都能听到，根本睡不着"]),
      `。家里有${one(r, sufferers)}，已经连续多晚休息不好。`,
      one(r, [
        "打过12345热线，施工单位只停了两天又开始了。",
        "和工地值班人员沟通过，对方说是赶工期，没有效果。",
        "小区很多业主都有意见，在业主群里讨论了很久。",
      ]),
      type === "COMPLAINT"
        ? "请贵局核实该项目是否依法办理了规划许可，并督促施工单位夜间停止高噪音作业。"
        : "建议对居民区周边工地的夜间施工加强管理，审批时就明确施工时间要求。",
    ].join("");
    const checked = `经查，您反映的施工现场属于${p.company}建设的${p.project}，该项目已于${monthLabel(received, r.int(3, 14))}取得建设工程规划许可证，规划许可手续齐全。`;
    const law =
      "夜间施工管理不属于我局职责。根据《中华人民共和国噪声污染防治法》有关规定，在噪声敏感建筑物集中区域禁止夜间进行产生噪声的建筑施工作业，因生产工艺要求或者其他特殊需要必须连续施工作业的，应当取得相关主管部门的证明，并在施工现场显著位置公示。";
    const handled = `我局已将您反映的情况转交${p.district}城市管理和综合执法部门及生态环境部门依法核查处理，并函告建设单位合理安排施工时间、采取降噪措施。您也可通过12345政务服务便民热线了解后续办理情况。`;
    return type === "COMPLAINT"
      ? {
          subject,
          body,
          template: "complaint-investigated",
          answer: [`${checked}${law}`, handled],
          returnOpinion: "请写明转交的部门，便于来信人跟进办理情况。",
        }
      : {
          subject,
          body,
          template: "opinion-answer",
          answer: [`${law}${handled.replace("您反映的情况", "您的意见")}`],
          returnOpinion: "请说明夜间施工的主管部门和我局的转办情况。",
        };
  },
};

export const sunlight: Topic = {
  key: "sunlight",
  department: "construction",
  types: ["COMPLAINT", "CONSULTATION", "OPINION"],
  write(r, type, { place: p, received }) {
    const floors = r.int(18, 33);
    const distance = r.int(18, 40);
    const subject = one(r, [
      `${p.estate}南面新建高楼遮挡日照`,
      `${p.area}片区${p.project}是否影响周边住宅日照`,
      `新建${p.project}离${p.estate}太近挡住阳光`,
    ]);
    const body = [
      `我家住在${p.estate}${p.building}栋${r.int(2, 8)}楼，南面${p.company}开发的${p.project}正在建设，`,
      `规划${floors}层，离我们的楼只有${distance}米左右。现在主体已经建到${r.int(8, floors - 2)}层，`,
      one(r, ["冬天下午已经晒不到太阳", "客厅白天也要开灯", "阳台的花草都晒不到太阳了"]),
      "。",
      type === "CONSULTATION"
        ? "请问这个项目审批时有没有做日照分析？住宅日照的国家标准是多少？在哪里能看到审批情况？"
        : "我们认为这个项目严重影响了周边住户的采光，请核查审批是否合规，并给我们一个说法。",
    ].join("");
    const review = `经调阅审批档案，该项目于${monthLabel(received, r.int(6, 20))}取得建设工程规划许可证。审批前，建设单位委托有资质的单位编制了日照分析报告，我局组织了技术复核，结论为项目建成后周边住宅的日照时数满足《城市居住区规划设计标准》（GB 50180—2018）规定的住宅建筑日照标准；设计方案在批前公示期间征求了利害关系人的意见。`;
    const followUp =
      "我局将安排规划监督人员到现场核查项目是否按照建设工程规划许可证及附图建设；如发现未按许可内容建设，将依据《中华人民共和国城乡规划法》第六十四条依法处理。如需查阅日照分析结论，可依法申请政府信息公开。";
    if (type === "COMPLAINT") {
      return {
        subject,
        body,
        template: "complaint-investigated",
        answer: [review, followUp],
        returnOpinion: "请写明日照分析复核的结论和依据的标准，并说明后续现场核查安排。",
      };
    }
    return {
      subject,
      body,
      template: type === "CONSULTATION" ? "consultation-answer" : "opinion-answer",
      answer: [`${review}${followUp}`],
      returnOpinion: "请补充日照标准的依据和查询审批信息的途径。",
    };
  },
};

export const permitLookup: Topic = {
  key: "permit-lookup",
  department: "construction",
  types: ["CONSULTATION"],
  write(r, _type, { place: p, received }) {
    const subject = one(r, [
      `如何查询${p.road}旁${p.project}的规划许可`,
      `${p.area}新开工的${p.project}有没有规划许可证`,
      `咨询${p.company}${p.project}的建设工程规划许可`,
    ]);
    const body = [
      `${p.road}与${p.road2}交叉口附近最近开始施工，围挡上写着“${p.company}${p.project}”，`,
      one(r, ["但现场没有看到规划许可公示牌", "公示牌上的字已经看不清", "听说规划用途是商业，不知道会不会改成住宅"]),
      `。请问在哪里可以查到这个项目的规划许可信息？${one(r, ["施工现场是否必须公示许可内容？", "建筑高度和退让距离是多少？"])}`,
    ].join("");
    return {
      subject,
      body,
      template: "consultation-answer",
      answer: [
        `建设工程规划许可证核发后，我局在本网站“项目信息查询”栏目公布项目名称、建设单位、建设位置、建设规模和许可证编号，您可以按项目名称或建设单位查询。根据《中华人民共和国城乡规划法》第四十条，在城市规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位应当申请办理建设工程规划许可证。经查，您所说的项目已于${monthLabel(received, r.int(1, 8))}取得建设工程规划许可证，建设单位应当在施工现场设置规划许可公示牌，我局已通知建设单位限期补设。`,
      ],
      returnOpinion: "请补充许可证核发的时间，并写清楚网站上的查询路径。",
    };
  },
};

const rooftop = ["砖混结构的房间", "铁皮棚", "玻璃阳光房", "两层钢结构房屋"] as const;

export const unpermittedBuilding: Topic = {
  key: "unpermitted-building",
  department: "construction",
  types: ["COMPLAINT"],
  write(r, _type, { place: p }) {
    const structure = one(r, rooftop);
    const body = [
      `${p.estate}${p.building}栋顶楼住户从${one(r, ["上个月", "春节后", "两周前"])}开始在楼顶搭建${structure}，`,
      one(r, ["已经砌起了砖墙", "白天晚上都在施工", "还把公共楼顶的门锁了"]),
      `，占用了全体业主共有的楼顶，下雨时楼下已经出现渗水。邻居们劝阻无效，物业也管不了。请相关部门尽快核查处理。`,
    ].join("");
    return {
      subject: one(r, [
        `${p.estate}楼顶违规搭建${structure}`,
        `举报${p.area}某住宅楼顶违法加建`,
        `${p.community}一带住宅楼顶私搭乱建`,
      ]),
      body,
      template: "complaint-investigated",
      answer: [
        `经我局规划监督人员到现场核查，您反映的楼顶${structure}未取得建设工程规划许可证，属于违法建设。`,
        `根据职责分工，违法建设的查处由城市管理综合行政执法部门负责。我局已将核查情况函告${p.district}城市管理和综合执法局，请其依据《中华人民共和国城乡规划法》第六十四条等规定依法查处，并将跟踪处理结果。`,
      ],
      returnOpinion: "请写明现场核查的结论，以及移交查处的部门。",
    };
  },
};

export const liftRetrofit: Topic = {
  key: "lift-retrofit",
  department: "construction",
  types: ["CONSULTATION", "CONSULTATION", "SUGGESTION"],
  write(r, type, { place: p }) {
    const year = r.int(1988, 2002);
    if (type === "SUGGESTION") {
      return {
        subject: one(r, ["建议简化老旧住宅加装电梯的规划审批", `建议为${p.oldEstate}加装电梯开辟绿色通道`]),
        body: `我们${p.oldEstate}是${year}年建成的老楼，住户大多是退休职工。加装电梯从征求意见、设计到报批，前后跑了好几个部门，材料反复修改，已经拖了一年多。建议规划部门公布一张清楚的办理流程图，材料一次性告知，能网上办的尽量网上办。`,
        template: "suggestion-adopted",
        answer: [
          "办事指南修订",
          "我局已在本网站“办事流程”栏目发布既有住宅增设电梯的办事指南，列明申请条件、申请材料和办理时限，申请材料一次性告知；申请可通过政务服务网在线提交，设计方案符合要求的，即收即办。下一步，我们将会同住房城乡建设部门进一步精简材料，并在办事指南中增加流程图。",
        ],
        returnOpinion: "请写明已经采取的简化措施和办事指南的位置。",
      };
    }
    return {
      subject: one(r, [`${p.oldEstate}加装电梯需要办理哪些规划手续`, `老旧住宅${p.building}栋加装电梯如何报批`]),
      body: `我们${p.oldEstate}${p.building}栋是${year}年建成的${r.int(6, 8)}层住宅，没有电梯，住户中老年人多，上下楼很困难。现在大部分住户同意加装电梯，请问需要向规划部门提交哪些材料？一楼住户有不同意见怎么办？`,
      template: "consultation-answer",
      answer: [
        "既有住宅增设电梯，按照《中华人民共和国民法典》和我市既有住宅增设电梯的有关规定，应当经本单元业主依法表决同意，并将设计方案在单元楼道口等显著位置公示后，向规划部门申请办理建设工程规划许可。申请材料包括申请表、业主表决意见、公示情况说明和增设电梯设计方案等，具体可查阅本网站“办事流程”栏目的办事指南，或到市政务服务中心规划窗口咨询。业主之间的不同意见，建议由所在街道组织协调。",
      ],
      returnOpinion: "请列明申请材料，并告知办事指南的查阅位置。",
    };
  },
};

export const compensation: Topic = {
  key: "compensation",
  department: "letters",
  types: ["CONSULTATION", "CONSULTATION", "COMPLAINT"],
  write(r, type, { place: p }) {
    const width = one(r, [30, 40, 50, 60]);
    const subject = one(r, [
      `${p.road}拓宽涉及我家房屋，征收补偿何时到位`,
      `${p.area}片区房屋征收补偿标准咨询`,
      `${p.village}村征地后的安置房规划在哪里`,
    ]);
    const body = [
      `我家在${p.district}${p.area}，`,
      one(r, [
        `听说${p.road}要拓宽，我家的房子在红线范围内，`,
        `今年初社区通知我们这一片要征收，`,
        `${p.village}村的集体土地去年已经征收，`,
      ]),
      one(r, [
        "但到现在也没有人来谈补偿，请问补偿标准是什么，什么时候能签协议？",
        "请问安置房规划建在哪里，什么时候能交房？",
        "邻居说补偿按评估价，我们觉得评估价偏低，应该找哪个部门反映？",
      ]),
    ].join("");
    const duty =
      "根据《国有土地上房屋征收与补偿条例》，房屋征收与补偿工作由市、县级人民政府负责，其确定的房屋征收部门组织实施；补偿标准、评估和安置由房屋征收部门依法确定并公布，不属于我局职责。";
    const planning = `经核实，规划${p.road}的道路红线宽度为${width}米，您反映的位置在规划道路红线范围内。`;
    if (type === "COMPLAINT") {
      return {
        subject,
        body,
        template: "complaint-investigated",
        answer: [
          `${planning}${duty}`,
          `我局已将您的来信转交${p.district}房屋征收部门办理，请其依法向您说明补偿方案和进度。您也可以通过12345政务服务便民热线查询办理情况。`,
        ],
        returnOpinion: "请说明征收补偿的主管部门和转办情况，不要只写不属于我局职责。",
      };
    }
    return r.chance(0.5)
      ? {
          subject,
          body,
          template: "consultation-referral",
          answer: [`${p.district}房屋征收部门`, "可拨打12345政务服务便民热线转接，或到区政务服务中心现场咨询"],
          returnOpinion: "请写明具体的主管部门和咨询途径。",
        }
      : {
          subject,
          body,
          template: "consultation-answer",
          answer: [`${duty}${planning}具体补偿事宜，请向${p.district}房屋征收部门咨询。`],
          returnOpinion: "请补充规划红线的核实情况。",
        };
  },
};

export const villageHouse: Topic = {
  key: "village-house",
  department: "letters",
  types: ["CONSULTATION"],
  write(r, _type, { place: p }) {
    const town = one(r, ["镇", "乡"]);
    return {
      subject: one(r, [
        `${p.village}村农房翻建需要办理什么许可`,
        `在自家宅基地上建房要不要办规划手续（${p.village}村）`,
      ]),
      body: `我是${p.district}${p.village}村村民，家里的老房子是${r.int(1978, 1995)}年建的泥砖房，想拆了在原宅基地上建${r.int(2, 3)}层新房。请问需要办理什么规划手续？到哪里办？要准备哪些材料？`,
      template: "consultation-answer",
      answer: [
        `根据《中华人民共和国城乡规划法》第四十一条，在乡、村庄规划区内进行农村村民住宅建设的，应当向${town}人民政府提出申请，由其核发乡村建设规划许可证。您可以持宅基地使用证明、建房申请表和户口簿等材料，到所在${town}人民政府或便民服务中心申请；建房应当符合已批准的村庄规划。`,
      ],
      returnOpinion: "请写清楚受理机关和需要的材料。",
    };
  },
};

export const services: Topic = {
  key: "services",
  department: "letters",
  types: ["CONSULTATION", "SUGGESTION", "SUGGESTION"],
  write(r, type, { place: p }) {
    if (type === "SUGGESTION") {
      const idea = one(r, [
        [
          "建议“项目信息查询”增加按地图查找",
          "现在查项目只能输入名称，很多时候不知道项目叫什么。建议在电子地图上点选地块就能看到项目和许可信息。",
          "电子地图与项目信息查询的联动",
        ],
        [
          "建议规划公示增加图纸放大功能",
          "用手机看公示的总平面图太小，放大后很模糊，看不清楼间距和层数。建议提供可以缩放的高清图纸。",
          "公示图纸的高清展示",
        ],
        [
          "建议网站提供公示意见的办理反馈",
          "我在公示期间提了意见，但不知道意见有没有被采纳。建议公示结束后公布意见的处理情况。",
          "公示意见处理情况的公开",
        ],
      ] as const);
      return {
        subject: idea[0],
        body: `我${one(r, [`在${p.district}工作`, "是一名设计师", `住在${p.area}`, "是业主委员会成员"])}，经常用手机访问规划信息港。${idea[1]}谢谢！`,
        template: "suggestion-adopted",
        answer: [
          "网站改版优化",
          `感谢您的建议。我局已将${idea[2]}列入今年门户网站优化计划，计划在下一次版本更新中上线，上线后将在网站首页发布通知。`,
        ],
        returnOpinion: "请写明采纳后的具体安排和大致时间。",
      };
    }
    return {
      subject: one(r, [
        "规划条件核实需要准备哪些材料",
        `${p.project}竣工后如何申请规划核实`,
        "办理建设工程规划许可证要多长时间",
      ]),
      body: `我单位在${p.district}建设的${p.project}即将竣工，想了解${one(r, ["规划条件核实的申请材料和办理时限", "规划核实需要提交的测绘成果要求", "在哪里可以在线提交申请"])}。网站上的办事指南我看了，有几项材料不太明白，请帮忙解答。`,
      template: "consultation-answer",
      answer: [
        "建设工程竣工后，建设单位应当依据《中华人民共和国城乡规划法》第四十五条向规划部门申请规划条件核实。申请材料包括申请表、建设工程规划许可证及附图、竣工规划测量成果等，办理时限和材料要求详见本网站“办事流程”栏目的《建设工程规划条件核实办事指南》。申请可在政务服务网在线提交，也可到市政务服务中心规划窗口办理；对材料有疑问的，可在工作日到窗口预约咨询。",
      ],
      returnOpinion: "请补充法律依据和办事指南的名称。",
    };
  },
};

export const BUILDING_TOPICS: readonly Topic[] = [
  nightNoise,
  sunlight,
  permitLookup,
  unpermittedBuilding,
  liftRetrofit,
  compensation,
  villageHouse,
  services,
];
