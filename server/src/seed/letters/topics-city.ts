// Letters about the city's plans: rail stations and roads (市政交通规划科), the river parks of the
// water city (水城), 五象新区, school sites, changes to detailed plans and the historic quarters
// (规划编制科).
import { HISTORIC_AREAS, SPECIAL_PLANS } from "../content/vocabulary.js";
import { monthLabel } from "./places.js";
import { one, type Topic } from "./topic.js";

export const railStation: Topic = {
  key: "rail-station",
  department: "transport",
  types: ["SUGGESTION", "SUGGESTION", "CONSULTATION", "OPINION"],
  write(r, type, { place: p }) {
    const exits = r.int(2, 3);
    const detour = r.int(3, 8) * 100;
    const side = one(r, [
      ["北侧", "南侧"],
      ["东侧", "西侧"],
    ] as const);
    const body = [
      `我住在轨道交通${p.line}号线${p.station}附近的${p.estate}，每天坐地铁上班。`,
      `目前站点开通了${exits}个出入口，都在${p.road}${side[0]}，我们${side[1]}的居民要绕行${detour}米、过两个路口才能进站，`,
      one(r, ["早高峰很不方便", "下雨天老人小孩走得很辛苦", "电动车在出入口乱停，人行道也被占了"]),
      "。",
      type === "CONSULTATION"
        ? `请问${p.station}规划了几个出入口？${side[1]}的出入口什么时候建？`
        : `建议在${p.road}${side[1]}增设出入口，或者修一条过街通道，并配套非机动车停放区。`,
    ].join("");
    const basis = `轨道交通${p.line}号线${p.station}的出入口，是依据线网规划和站点周边用地规划，结合客流预测、道路条件和地下管线综合确定的。`;
    const plan = `经核实，该站规划设置${exits + 1}个出入口，已开通${exits}个；${p.road}${side[1]}的出入口与相邻地块开发同步建设，目前地块已完成土地出让，出入口将随地块建设实施。`;
    const connect =
      "我局已将您的意见转请轨道交通建设单位结合客流监测研究，并将在站点周边500米范围的用地规划和慢行接驳设施规划中统筹考虑过街设施和非机动车停放。";
    if (type === "SUGGESTION") {
      return {
        subject: one(r, [
          `建议轨道交通${p.line}号线${p.station}增设${side[1]}出入口`,
          `${p.station}出入口设置不便，建议增设过街通道`,
        ]),
        body,
        template: "suggestion-adopted",
        answer: ["站点周边规划研究", `${basis}${plan}${connect}`],
        returnOpinion: "请说明站点出入口的规划情况和建设时序。",
      };
    }
    return {
      subject:
        type === "CONSULTATION"
          ? `咨询轨道交通${p.line}号线${p.station}出入口规划`
          : `对轨道交通${p.line}号线${p.station}出入口位置的意见`,
      body,
      template: type === "CONSULTATION" ? "consultation-answer" : "opinion-answer",
      answer: [`${basis}${plan}${connect}`],
      returnOpinion: "请补充出入口的建设时序。",
    };
  },
};

export const roads: Topic = {
  key: "roads",
  department: "transport",
  types: ["SUGGESTION", "CONSULTATION", "SUGGESTION"],
  write(r, type, { place: p, received }) {
    if (type === "CONSULTATION") {
      return {
        subject: one(r, [`${p.road}延长线什么时候开工`, `${p.area}片区规划道路何时打通`]),
        body: `${p.road}在${p.area}一带是断头路，车辆只能绕行${p.road2}，上下班高峰经常堵车。听说这段路早就规划了，请问什么时候能打通？道路规划宽度是多少？`,
        template: "consultation-answer",
        answer: [
          `经核实，${p.road}（${p.area}段）已纳入《南宁市综合交通体系规划》，规划为城市主干路，道路红线宽度${one(r, [40, 50, 60])}米。该段道路的规划方案已于${monthLabel(received, r.int(2, 10))}在本网站公示，建设时序由市政建设部门根据年度建设计划确定。我局将配合做好规划管控，为道路实施预留空间。`,
        ],
        returnOpinion: "请补充规划方案公示的时间和道路等级。",
      };
    }
    const idea = one(r, [
      [
        `建议在${p.road}${p.estate}路口增设人行横道`,
        `${p.road}${p.estate}路口附近有学校和菜市场，行人很多，但最近的人行横道在三百米外，很多人直接横穿马路，非常危险。`,
      ],
      [
        `建议${p.area}片区增设公共停车场和充电桩`,
        `${p.area}片区老住宅多，夜间停车位严重不足，车辆占道停放，消防车都进不来；新能源车越来越多，充电桩也很少。`,
      ],
      [
        `建议${p.road}增设公交港湾和风雨廊`,
        `${p.road}公交站台直接设在车道边，公交车停靠时后面的车都被堵住，等车的地方也没有遮挡。`,
      ],
    ] as const);
    return {
      subject: idea[0],
      body: `${idea[1]}希望规划部门统筹考虑，尽快解决。`,
      template: "suggestion-noted",
      answer: [
        `您反映的问题我局已会同交通管理部门研究。《${one(
          r,
          SPECIAL_PLANS.filter((s) => /停车|慢行|充电/.test(s)),
        )}》已对该片区的停车、慢行和充电设施作出安排，我局将在片区控制性详细规划和道路工程规划方案审查中落实相关设施用地，具体设施的设置由交通管理和市政部门根据实施条件确定。`,
      ],
      returnOpinion: "请说明相关专项规划对该片区的安排。",
    };
  },
};

export const riverParks: Topic = {
  key: "river-parks",
  department: "plan-making",
  types: ["SUGGESTION", "SUGGESTION", "OPINION", "CONSULTATION"],
  write(r, type, { place: p }) {
    const wants = one(r, ["路灯和休息座椅", "公共厕所和饮水点", "无障碍坡道", "亲水平台和儿童游玩场地"]);
    const body = [
      `${p.river}综合整治以后环境好了很多，每天傍晚都有很多居民在沿岸散步、跑步。`,
      `但${p.area}段的步道${one(r, ["没有路灯", "走到一半就断了", "和马路之间没有隔离"])}，也缺少${wants}，`,
      "老人小孩晚上走很不安全。",
      type === "CONSULTATION"
        ? `请问${p.river}沿岸的绿道规划是怎样的？什么时候能和${p.park}连通？`
        : `希望在“中国水城”建设中，把${p.river}沿岸的步道和${p.park}连起来，并补齐${wants}。`,
    ].join("");
    const answer = `按照“中国水城”建设部署，我局已组织编制${p.river}沿岸慢行系统规划，规划将沿岸步道与${p.park}、周边绿道和轨道交通站点串联，构建市民15分钟滨水休闲圈。${p.area}段步道的连通和照明、休息、如厕等服务设施已纳入规划，将由建设单位结合内河综合整治后续工程分期实施。`;
    if (type === "SUGGESTION") {
      return {
        subject: one(r, [
          `建议${p.river}沿岸步道增设${wants}`,
          `建议打通${p.river}${p.area}段滨水步道`,
          `关于${p.river}与${p.park}慢行连通的建议`,
        ]),
        body,
        template: "suggestion-adopted",
        answer: ["规划编制", `${answer}您提出的增设${wants}的建议，我们已转建设单位在设计中落实。`],
        returnOpinion: "请说明建议具体采纳到哪项规划和实施安排。",
      };
    }
    return {
      subject: type === "CONSULTATION" ? `${p.river}沿岸绿道规划咨询` : `对${p.river}${p.area}段滨水空间改造的意见`,
      body,
      template: type === "CONSULTATION" ? "consultation-answer" : "opinion-answer",
      answer: [answer],
      returnOpinion: "请补充实施安排。",
    };
  },
};

export const wuxiang: Topic = {
  key: "wuxiang",
  department: "plan-making",
  types: ["CONSULTATION", "OPINION", "CONSULTATION"],
  write(r, type) {
    const area = one(r, ["五象湖", "玉洞", "蟠龙", "龙岗", "平乐大道沿线", "五象火车站周边"]);
    const facility = one(r, ["综合医院", "大型商业", "菜市场", "公交首末站", "体育公园"]);
    return {
      subject:
        type === "CONSULTATION"
          ? `五象新区${area}片区${facility}何时建设`
          : `关于五象新区${area}片区公共服务配套的意见`,
      body: `我在五象新区${area}片区买房${r.int(1, 5)}年了，周边住宅越建越多，但${facility}一直没有动工，日常生活很不方便。${type === "CONSULTATION" ? `请问片区规划的${facility}在哪里，什么时候建？` : "希望政府先把配套建起来，不要只建住宅。"}`,
      template: type === "CONSULTATION" ? "consultation-answer" : "opinion-answer",
      answer: [
        `五象新区${area}片区控制性详细规划已经批复，规划按照“15分钟生活圈”配置公共服务设施，片区内规划${facility}用地${r.int(1, 2)}处，用地性质和规模已在控规中予以控制。设施建设由相关主管部门和区人民政府按年度计划组织实施，我局已将您的${type === "CONSULTATION" ? "诉求" : "意见"}转告有关部门，并将在地块规划条件中落实配套设施与住宅同步建设的要求。`,
      ],
      returnOpinion: "请说明控规中设施用地的安排情况。",
    };
  },
};

export const schoolSite: Topic = {
  key: "school-site",
  department: "plan-making",
  types: ["CONSULTATION", "COMPLAINT", "OPINION"],
  write(r, type, { place: p }) {
    const subject =
      type === "COMPLAINT"
        ? `${p.area}片区规划的${p.school}用地是否被改为住宅`
        : type === "CONSULTATION"
          ? `咨询${p.estate}旁规划${p.school}的建设时间`
          : `对${p.area}片区${p.school}选址的意见`;
    const [seen, found] = one(r, [
      ["现在那块地还是空地", "目前该地块尚未出让建设。"],
      ["最近却看到那块地在建住宅", "您看到的在建项目位于相邻的居住用地，与学校用地不是同一地块。"],
      ["听说学校要搬到两公里外", "规划中没有将该学校迁往他处的安排。"],
    ] as const);
    const body = [
      `买房时售楼处的规划图显示${p.estate}旁边有一所${p.school}，${seen}。`,
      `${p.area}片区孩子越来越多，现在上学要跨片区，接送很不方便。`,
      type === "COMPLAINT" ? "请核实学校用地是否被违规调整。" : "请问学校什么时候能建？",
    ].join("");
    const plan = `经核实，《南宁市中小学校布局专项规划》和${p.area}片区控制性详细规划在该处保留了${p.school}用地，用地性质为中小学用地，没有调整为居住用地；${found}`;
    const timing = "学校的建设时序由教育主管部门和区人民政府根据学位需求确定，我局已将您的诉求转告教育主管部门。";
    if (type === "COMPLAINT") {
      return {
        subject,
        body,
        template: "complaint-investigated",
        answer: [plan, `${timing}如片区规划今后需要修改，我局将依法公示并征求利害关系人意见。`],
        returnOpinion: "请写明学校用地的控规情况，并核实相邻地块的用途。",
      };
    }
    return {
      subject,
      body,
      template: type === "CONSULTATION" ? "consultation-answer" : "opinion-answer",
      answer: [`${plan}${timing}`],
      returnOpinion: "请补充学校用地的规划依据。",
    };
  },
};

export const planChange: Topic = {
  key: "plan-change",
  department: "plan-making",
  types: ["OPINION", "OPINION", "SUGGESTION"],
  write(r, type, { place: p }) {
    const parcel = `${one(r, ["A", "B", "C", "D", "E"])}-${r.int(1, 30)}`;
    const change = one(r, [
      ["公园绿地", "商业用地"],
      ["中小学用地", "居住用地"],
      ["社会停车场用地", "商业办公用地"],
    ] as const);
    return {
      subject:
        type === "OPINION"
          ? `反对${p.area}片区${parcel}地块由${change[0]}调整为${change[1]}`
          : `对${p.area}片区控制性详细规划修改方案的建议`,
      body: `看到网站上${p.area}片区控制性详细规划修改方案的公示，${parcel}地块拟由${change[0]}调整为${change[1]}。这块地是周边几个住宅区仅有的${change[0]}，调整后居民就少了${one(r, ["休闲健身的地方", "公共配套", "停车的地方"])}。${type === "OPINION" ? "我们不同意这样调整，请慎重考虑居民的意见。" : "建议保留原用地性质，或在片区内另行补足同等规模的用地。"}`,
      template: type === "OPINION" ? "opinion-answer" : "suggestion-noted",
      answer: [
        `根据《中华人民共和国城乡规划法》第四十八条，修改控制性详细规划应当对修改的必要性进行论证，征求规划地段内利害关系人的意见；依据第二十六条，规划草案公告时间不得少于三十日。您的${type === "OPINION" ? "意见" : "建议"}已在公示期内收到并登记，我局将组织编制单位逐条研究，意见采纳情况将随方案一并上报审批，审批结果将在本网站公布。`,
      ],
      returnOpinion: "请写明意见的处理程序和结果公布方式。",
    };
  },
};

export const historicQuarter: Topic = {
  key: "historic-quarter",
  department: "plan-making",
  types: ["SUGGESTION", "OPINION"],
  write(r, type) {
    const area = one(r, HISTORIC_AREAS);
    return {
      subject: type === "SUGGESTION" ? `关于${area}保护利用的建议` : `对${area}周边新建建筑高度的意见`,
      body: `${area}是老南宁的记忆，${one(r, ["周末游客很多", "骑楼修缮后很漂亮"])}。但${one(r, ["周边新建的楼越来越高，老街的天际线被破坏了", "有些商铺招牌太大，遮住了骑楼立面", "部分老房子年久失修，存在安全隐患"])}。${type === "SUGGESTION" ? "建议加强保护规划的管控，多听取老居民的意见。" : "希望严格控制周边建筑高度。"}`,
      template: type === "SUGGESTION" ? "suggestion-adopted" : "opinion-answer",
      answer:
        type === "SUGGESTION"
          ? [
              "历史文化名城保护规划实施",
              `${area}已划定核心保护范围和建设控制地带，保护规划对建筑高度、体量、色彩和立面作出了控制。您的建议我局已转交街区管理单位，并将在保护规划实施评估中纳入居民意见征集环节。`,
            ]
          : [
              `${area}的保护规划已划定建设控制地带，对周边新建建筑的高度、体量和色彩作出了控制，建设项目须经保护规划符合性审查后方可核发规划许可。我局将严格按照保护规划审查周边项目。`,
            ],
      returnOpinion: "请说明保护规划对周边建设的具体管控要求。",
    };
  },
};

export const CITY_TOPICS: readonly Topic[] = [
  railStation,
  roads,
  riverParks,
  wuxiang,
  schoolSite,
  planChange,
  historicQuarter,
];
