// 政务信息公开: templates per disclosure catalog node, and the policy documents that repeal or amend
// one another. Document numbers are filled in later (generate.ts) in order of publication.
import type { Rng } from "../rng.js";
import { ISSUING_ORGAN, type ItemSpec, LINKS, paragraphs, pdf } from "./spec.js";
import { CN_QUARTER, fileSize, previousMonth, previousQuarter, type Template, type When, whenOf } from "./template.js";
import { DISTRICTS, SPECIAL_PLANS, VILLAGES } from "./vocabulary.js";

/** A template for one catalog node: count items published between `days` (days ago). */
export interface DisclosureGroup {
  catalog: string;
  count: number;
  days: [number, number];
  templates: readonly Template[];
}

const disclosure = (catalog: string, documentNumber?: string): Partial<ItemSpec> => ({
  disclosure: { catalog, ...(documentNumber ? { documentNumber } : {}) },
});

const fixed =
  (
    catalog: string,
    title: string,
    summary: string,
    texts: string[],
    tags: string[],
    extra?: Partial<ItemSpec>,
  ): Template =>
  () => ({ title, summary, body: paragraphs(...texts), tags, extra: { ...disclosure(catalog), ...extra } });

export const disclosureGroups: readonly DisclosureGroup[] = [
  {
    catalog: "t0101",
    count: 1,
    days: [176, 179],
    templates: [
      fixed(
        "t0101",
        "南宁市规划管理局主要职责",
        "负责全市城乡规划的组织编制、审批管理和实施监督等工作。",
        [
          `${ISSUING_ORGAN}是市人民政府工作部门，主要职责是：贯彻执行国家、自治区有关城乡规划的法律法规和方针政策；组织编制和实施国土空间总体规划、详细规划和相关专项规划。`,
          "负责建设项目选址、建设用地规划许可、建设工程规划许可和乡村建设规划许可等行政许可事项；负责规划批后管理和规划核实；负责城市设计和历史文化名城保护的规划管理。",
          "负责城乡规划信息的收集、管理和公开，负责规划展示和公众参与工作；承办市人民政府交办的其他事项。",
        ],
        ["机构职能"],
      ),
    ],
  },
  {
    catalog: "t0102",
    count: 1,
    days: [174, 178],
    templates: [
      fixed(
        "t0102",
        "局领导班子成员及分工",
        "局长主持全面工作，分管副局长负责规划编制、审批、网站建设管理等工作。",
        [
          "局长：主持局全面工作，负责人事、财务和审计工作。",
          "副局长覃志刚：负责规划编制、详细规划管理和门户网站建设管理工作，分管规划编制科、规划信息中心。",
          "副局长（示例）：负责建设工程规划审批、市政交通规划和批后监管工作，分管用地规划科、建设工程规划科、市政交通规划科。",
          "局领导班子成员的简历和分工如有调整，将及时在本栏目更新。",
        ],
        ["领导信息"],
      ),
    ],
  },
  {
    catalog: "t0103",
    count: 1,
    days: [173, 177],
    templates: [
      fixed(
        "t0103",
        "内设机构及职责",
        "我局设办公室、规划编制科、用地规划科等8个内设机构和直属单位。",
        [
          "办公室：负责文电、会务、信息、保密、政务公开和门户网站内容保障等工作。规划编制科：负责组织编制国土空间总体规划、详细规划和专项规划。",
          "用地规划科：负责建设项目选址和建设用地规划许可。建设工程规划科：负责建设工程规划许可和规划核实。市政交通规划科：负责市政、交通工程的规划管理。",
          "政策法规科：负责规范性文件合法性审查、行政复议应诉和依申请公开。信访科：负责来信来访和网上信件的登记、分办、催办。规划信息中心：负责规划信息系统和门户网站的技术维护。",
        ],
        ["内设机构"],
      ),
    ],
  },
  {
    catalog: "t0201",
    count: 3,
    days: [120, 170],
    templates: [
      fixed(
        "t0201",
        "中华人民共和国城乡规划法",
        "城乡规划的制定、实施、修改和监督检查的基本法律。",
        [
          "《中华人民共和国城乡规划法》是城乡规划工作的基本法律，规定了城乡规划的制定、实施、修改、监督检查和法律责任。",
          "其中第二十六条规定，城乡规划报送审批前，组织编制机关应当依法将城乡规划草案予以公告，公告的时间不得少于三十日。",
          `法律全文请查阅${LINKS.govCn("中国政府网法律法规栏目")}。`,
        ],
        ["法律法规", "城乡规划法"],
      ),
      fixed(
        "t0201",
        "广西壮族自治区实施《中华人民共和国城乡规划法》办法",
        "自治区结合本地实际制定的城乡规划法实施办法。",
        [
          "本办法根据《中华人民共和国城乡规划法》，结合自治区实际制定，对城乡规划的制定、实施、修改和监督检查作出了具体规定。",
          "办法对建设项目规划许可的办理程序、规划条件的变更和批后公布等事项提出了要求，是我局开展规划管理工作的重要依据。",
          `全文请查阅${LINKS.zrzyt("广西壮族自治区自然资源厅网站")}。`,
        ],
        ["法律法规", "地方性法规"],
      ),
      fixed(
        "t0201",
        "历史文化名城名镇名村保护条例",
        "历史文化名城、名镇、名村的申报、批准、规划和保护的行政法规。",
        [
          "《历史文化名城名镇名村保护条例》对历史文化名城、名镇、名村的申报、批准、保护规划和保护措施作出规定。",
          "南宁市开展三街两巷、中山路等历史文化街区保护规划的编制和管理，均以本条例为依据。",
          `条例全文请查阅${LINKS.govCn("中国政府网政策文件库")}。`,
        ],
        ["法律法规", "历史文化保护"],
      ),
    ],
  },
  {
    catalog: "t0202",
    count: 1,
    days: [60, 90],
    templates: [
      (r, { key }) => ({
        title: "南宁市城市设计管理办法",
        summary: "明确城市设计的编制、审查和实施要求，重点地区须编制城市设计。",
        body: paragraphs(
          "为提升城市空间品质，塑造“中国水城”特色风貌，我局制定了《南宁市城市设计管理办法》，现予印发。",
          "办法明确，邕江两岸、五象新区核心区、轨道交通站点周边和历史文化街区等重点地区须编制城市设计，城市设计的管控要求纳入控制性详细规划和规划条件。",
          "本办法自印发之日起施行，有效期五年。",
        ),
        tags: ["规范性文件", "城市设计"],
        important: true,
        attachments: [pdf("南宁市城市设计管理办法", `${key}-1`, fileSize(r, 200, 600))],
        extra: disclosure("t0202", "南规发"),
      }),
    ],
  },
  {
    catalog: "t0203",
    count: 2,
    days: [20, 80],
    templates: [
      () => ({
        title: "图解：既有住宅加装电梯规划审批怎么办",
        summary: "一图读懂加装电梯的申请条件、所需材料和审批流程。",
        body: paragraphs(
          "问：加装电梯需要满足什么条件？答：加装电梯应当经本单元房屋专有部分面积占比三分之二以上且人数占比三分之二以上的业主同意，并不得影响相邻建筑的消防安全。",
          "问：需要提交哪些材料？答：申请表、业主协议、加装电梯设计方案和公示情况说明等，具体以办事指南为准。",
          "问：审批需要多长时间？答：材料齐全的，规划窗口在承诺时限内办结，申请人可在网上查询进度。",
        ),
        tags: ["政策解读", "加装电梯"],
        extra: disclosure("t0203"),
      }),
      () => ({
        title: "《南宁市城市设计管理办法》政策解读",
        summary: "解读办法出台的背景、适用范围和主要内容。",
        body: paragraphs(
          "一、出台背景。随着城市快速发展，部分地区存在建筑风貌不协调、公共空间不足等问题，需要通过城市设计加以引导。",
          "二、适用范围。办法适用于南宁市中心城区范围内城市设计的编制、审查和实施管理，重点地区须编制专项城市设计。",
          "三、主要内容。办法明确了城市设计的编制主体、审查程序和成果应用，要求将城市设计管控要求纳入规划条件，作为方案审查的依据。",
        ),
        tags: ["政策解读", "城市设计"],
        extra: disclosure("t0203"),
      }),
    ],
  },
  {
    catalog: "t0301",
    count: 1,
    days: [140, 170],
    templates: [
      fixed(
        "t0301",
        "南宁市城乡规划事业发展“十四五”规划中期评估报告",
        "评估认为主要目标任务总体进展顺利，规划信息化和公众参与指标完成较好。",
        [
          "按照有关要求，我局对南宁市城乡规划事业发展“十四五”规划的实施情况开展了中期评估。",
          "评估认为，规划确定的主要目标任务总体进展顺利，国土空间规划体系建设、规划审批制度改革、规划信息化和公众参与等指标完成较好。",
          "评估同时指出，详细规划覆盖率、历史文化保护等方面仍需加强，报告提出了下一阶段的改进措施。",
        ],
        ["发展规划", "评估"],
      ),
    ],
  },
  {
    catalog: "t0302",
    count: 2,
    days: [100, 165],
    templates: [
      (r, { when }) => ({
        title: `南宁市规划管理局${when.year}年工作要点`,
        summary: "年度工作围绕规划编制、审批服务、规划实施监督和政务公开展开。",
        body: paragraphs(
          `${when.year}年，我局将围绕国土空间规划编制、审批服务提速、规划实施监督和政务公开等方面开展工作。`,
          `重点任务包括：完成${r.int(8, 15)}个片区控制性详细规划修编；推进村庄规划编制；深化工程建设项目审批制度改革；加强门户网站建设，确保每月更新信息60条以上。`,
          "各科室要细化分解任务，明确时间节点，确保各项工作落到实处。",
        ),
        tags: ["工作计划"],
        extra: disclosure("t0302"),
      }),
      (r, { when }) => {
        const permits = r.int(1200, 2400);
        return {
          title: `南宁市规划管理局${when.year - 1}年工作总结`,
          summary: `全年办理各类规划许可${permits}件，门户网站更新信息700余条。`,
          body: paragraphs(
            `${when.year - 1}年，我局围绕中心、服务大局，各项工作取得新进展。全年办理各类规划许可${permits}件，审批时限进一步压缩。`,
            "完成了门户网站改版升级，新增办事流程、水城专题和电子地图等栏目；在信息公开平台录入公开信息100余条，按时办理网民来信。",
            "新的一年，我局将继续推进规划编制和审批服务改革，不断提升规划服务水平。",
          ),
          tags: ["工作总结"],
          extra: disclosure("t0302"),
        };
      },
    ],
  },
  {
    catalog: "t0401",
    count: 1,
    days: [150, 170],
    templates: [
      (r, { key }) => ({
        title: "南宁市国土空间总体规划（2021—2035年）（公众版）",
        summary: "总体规划确定了城市发展目标、国土空间开发保护格局和三条控制线。",
        body: paragraphs(
          "《南宁市国土空间总体规划（2021—2035年）》经批准后，现将公众版予以公开。",
          "规划确定了建设面向东盟开放合作的国际化大都市的发展目标，构建“一江两岸、多中心组团”的城市空间格局，统筹划定生态保护红线、永久基本农田和城镇开发边界。",
          `规划对综合交通、轨道交通、公共服务设施和“中国水城”建设作出了安排。规划批复文件可在${LINKS.nanning("南宁市人民政府门户网站")}查阅。`,
        ),
        tags: ["总体规划", "国土空间规划"],
        important: true,
        attachments: [pdf("南宁市国土空间总体规划（公众版）", `${key}-1`, fileSize(r, 8000, 24_000))],
        extra: disclosure("t0401"),
      }),
    ],
  },
  {
    catalog: "t0402",
    count: 4,
    days: [10, 160],
    templates: [
      (r, { key, index }) => {
        const d = DISTRICTS[(index * 3) % DISTRICTS.length] ?? r.pick(DISTRICTS);
        const area = r.pick(d.areas);
        return {
          title: `${d.name}${area}片区控制性详细规划（批复稿）`,
          summary: "经市人民政府批准，现公开规划文本和图则。",
          body: paragraphs(
            `《${d.name}${area}片区控制性详细规划》已经市人民政府批准，现将规划文本和图则予以公开。`,
            `规划范围约${r.int(120, 900)}公顷，确定了各地块的用地性质、容积率、建筑高度和绿地率等控制指标，以及公共服务设施和市政设施的配置要求。`,
            "规划成果是片区规划管理和建设项目审批的依据，任何单位和个人不得擅自修改。",
          ),
          tags: ["控制性详细规划", d.name],
          important: r.chance(0.3),
          attachments: [pdf("规划文本及图则", `${key}-1`, fileSize(r, 3000, 15_000))],
          extra: disclosure("t0402", "南规发"),
        };
      },
    ],
  },
  {
    catalog: "t0403",
    count: 2,
    days: [30, 150],
    templates: [
      (r, { key }) => {
        const plan = r.pick(SPECIAL_PLANS);
        return {
          title: `南宁市${plan}（批复稿）`,
          summary: "专项规划经市人民政府批准，现予公开。",
          body: paragraphs(
            `《南宁市${plan}》已经市人民政府批准，现予公开。`,
            "规划落实国土空间总体规划的要求，明确了设施布局、建设标准和近期建设项目，相关用地已纳入控制性详细规划。",
            "规划公示期间收到的公众意见及采纳情况，已随报批材料一并报送。",
          ),
          tags: ["专项规划", plan],
          attachments: [pdf(plan, `${key}-1`, fileSize(r, 4000, 16_000))],
          extra: disclosure("t0403", "南规发"),
        };
      },
    ],
  },
  {
    catalog: "t0404",
    count: 2,
    days: [20, 140],
    templates: [
      (r, { key, when }) => {
        const d = r.pick(DISTRICTS);
        const town = r.pick(d.towns);
        const village = r.pick(VILLAGES);
        return {
          title: `${d.name}${town}${village}村村庄规划（${when.year}—2035年）`,
          summary: "村庄规划已经批准，现公开规划成果。",
          body: paragraphs(
            `《${d.name}${town}${village}村村庄规划（${when.year}—2035年）》已经批准，现予公开。`,
            "规划明确了村庄建设边界、宅基地布局、公共服务设施和产业发展用地，提出了农房风貌和人居环境整治要求。",
            "村民建房应符合村庄规划，并依法申请乡村建设规划许可证。",
          ),
          tags: ["村庄规划", d.name],
          attachments: [pdf("村庄规划成果", `${key}-1`, fileSize(r, 2000, 7000))],
          extra: disclosure("t0404"),
        };
      },
    ],
  },
  {
    catalog: "t05",
    count: 3,
    days: [5, 100],
    templates: [
      (r, { when }) => {
        const prev = previousMonth(when);
        const published = r.int(40, 75);
        const requests = r.int(1, 6);
        return {
          title: `${prev.year}年${prev.month}月政务信息公开工作情况`,
          summary: `当月主动公开政府信息${published}条，受理依申请公开${requests}件。`,
          body: paragraphs(
            `${prev.year}年${prev.month}月，我局在门户网站主动公开政府信息${published}条，其中规划公示${r.int(8, 20)}条、通知公告${r.int(2, 6)}条、工作动态${r.int(10, 25)}条。`,
            `当月受理政府信息依申请公开${requests}件，均在法定期限内答复。按要求将t01、t02、t10类目的信息公开登记表报送市公开办。`,
            "下月将重点做好轨道交通沿线规划和五象新区建设信息的主动公开。",
          ),
          tags: ["政务公开", "工作动态"],
          extra: disclosure("t05"),
        };
      },
    ],
  },
  {
    catalog: "t0601",
    count: 2,
    days: [15, 120],
    templates: [
      (r, { when }) => {
        const prev = previousMonth(when);
        const n = r.int(12, 30);
        return {
          title: `${prev.year}年${prev.month}月建设项目批前公示汇总`,
          summary: `当月发布建设项目批前公示${n}项。`,
          body: paragraphs(
            `${prev.year}年${prev.month}月，我局共发布建设项目批前公示${n}项，其中居住项目${r.int(3, 9)}项、公共服务设施项目${r.int(3, 8)}项、道路和市政项目${r.int(2, 6)}项、既有住宅加装电梯${r.int(2, 8)}项。`,
            "各项目的公示内容和公示期限详见规划公示栏目，公示期间收到的意见均已登记并按程序研究处理。",
          ),
          tags: ["批前公示"],
          extra: disclosure("t0601"),
        };
      },
    ],
  },
  {
    catalog: "t0602",
    count: 3,
    days: [8, 150],
    templates: [
      (r, { when, key }) => {
        const prev = previousMonth(when);
        const n = r.int(25, 60);
        return {
          title: `${prev.year}年${prev.month}月建设工程规划许可证核发情况`,
          summary: `当月核发建设工程规划许可证${n}件。`,
          body: paragraphs(
            `${prev.year}年${prev.month}月，我局共核发建设工程规划许可证${n}件，总建筑面积约${r.int(60, 260)}万平方米；核发建设用地规划许可证${r.int(8, 22)}件，办理规划核实${r.int(15, 40)}件。`,
            "各项许可的项目名称、建设单位、建设位置和建设规模详见附件。",
          ),
          tags: ["批后公布", "规划许可"],
          attachments: [pdf("建设工程规划许可证核发明细", `${key}-1`, fileSize(r, 150, 600))],
          extra: disclosure("t0602"),
        };
      },
    ],
  },
  {
    catalog: "t0701",
    count: 1,
    days: [150, 175],
    templates: [
      (r, { when, key }) => ({
        title: `南宁市规划管理局行政权力清单（${when.year}年版）`,
        summary: `清单共列行政权力事项${r.int(28, 40)}项，包括行政许可、行政处罚和其他行政权力。`,
        body: paragraphs(
          "根据市人民政府关于推行权责清单制度的要求，我局对行政权力事项进行了全面梳理，形成本清单。",
          "清单逐项列明了事项名称、实施依据、实施主体和办理时限，其中行政许可包括建设项目用地预审与选址意见书、建设用地规划许可证、建设工程规划许可证和乡村建设规划许可证等。",
          "清单实行动态调整，法律法规修改后及时更新。",
        ),
        tags: ["权力清单"],
        attachments: [pdf("行政权力清单", `${key}-1`, fileSize(r, 300, 900))],
        extra: disclosure("t0701"),
      }),
    ],
  },
  {
    catalog: "t0702",
    count: 1,
    days: [150, 175],
    templates: [
      fixed(
        "t0702",
        "南宁市规划管理局责任清单",
        "明确主要职责、与相关部门的职责边界和事中事后监管制度。",
        [
          "责任清单与权力清单相对应，列明了我局的主要职责、具体工作事项、与相关部门的职责边界和追责情形。",
          "清单明确了规划批后监管、规划核实和违法建设查处中与住建、城管等部门的职责分工，建立了事中事后监管制度。",
          "公众可对清单的执行情况进行监督，意见建议可通过局长信箱提出。",
        ],
        ["责任清单"],
      ),
    ],
  },
  {
    catalog: "t0801",
    count: 1,
    days: [100, 130],
    templates: [
      (r, { when, key }) => {
        const total = r.int(3200, 5800);
        return {
          title: `南宁市规划管理局${when.year}年部门预算`,
          summary: `${when.year}年部门收支预算总额${total}万元。`,
          body: paragraphs(
            `根据预算公开的有关规定，现将南宁市规划管理局${when.year}年部门预算公开如下。`,
            `${when.year}年部门收支预算总额${total}万元，主要用于人员经费、日常公用经费以及规划编制、规划信息化和门户网站运行维护等项目支出。`,
            "“三公”经费预算较上年有所下降。预算表格详见附件。",
          ),
          tags: ["部门预算", "财政信息"],
          attachments: [pdf("部门预算公开表", `${key}-1`, fileSize(r, 300, 900))],
          extra: disclosure("t0801"),
        };
      },
    ],
  },
  {
    catalog: "t0802",
    count: 1,
    days: [40, 70],
    templates: [
      (r, { when, key }) => {
        const total = r.int(3000, 5600);
        return {
          title: `南宁市规划管理局${when.year - 1}年部门决算`,
          summary: `${when.year - 1}年度部门决算总支出${total}万元。`,
          body: paragraphs(
            `根据决算公开的有关规定，现将南宁市规划管理局${when.year - 1}年部门决算公开如下。`,
            `${when.year - 1}年度部门决算总支出${total}万元，其中基本支出和项目支出情况、“三公”经费支出情况及其说明详见附件。`,
            "门户网站改版升级项目支出20万元，按政府采购规定通过招投标方式实施。",
          ),
          tags: ["部门决算", "财政信息"],
          attachments: [pdf("部门决算公开表", `${key}-1`, fileSize(r, 300, 900))],
          extra: disclosure("t0802"),
        };
      },
    ],
  },
  {
    catalog: "t0901",
    count: 1,
    days: [60, 120],
    templates: [
      fixed(
        "t0901",
        "南宁市规划管理局干部任前公示",
        "拟任职干部公示期5个工作日，欢迎监督。",
        [
          "根据干部选拔任用有关规定，经局党组研究，拟提拔任用以下同志：农振华（示例），男，现任规划编制科副科长，拟任规划编制科科长。",
          "公示期为5个工作日。公示期间，单位和个人可通过来信、来电或来访等方式反映公示对象的情况和问题。反映问题应实事求是，以真实姓名反映的优先核查。",
        ],
        ["人事任免"],
      ),
    ],
  },
  {
    catalog: "t0902",
    count: 1,
    days: [25, 60],
    templates: [
      (r, { when }) => ({
        title: `南宁市规划管理局${when.year}年公开招聘工作人员拟聘用人员名单公示`,
        summary: `经笔试、面试、考察和体检，拟聘用${r.int(4, 10)}名工作人员。`,
        body: paragraphs(
          `根据${when.year}年公开招聘工作安排，经笔试、面试、考察和体检等程序，确定拟聘用人员名单，现予公示。`,
          "拟聘用人员的姓名、性别、学历和拟聘岗位详见名单（示例数据）。公示期为7个工作日。",
          "公示期间如有异议，请以书面形式向我局办公室反映。",
        ),
        tags: ["招考录用"],
        extra: disclosure("t0902"),
      }),
    ],
  },
  {
    catalog: "t1001",
    count: 2,
    days: [40, 170],
    templates: [
      fixed(
        "t1001",
        "南宁市规划管理局门户网站安全突发事件应急预案",
        "规定网站被篡改、遭受攻击、数据泄露等突发事件的分级、报告和处置要求。",
        [
          "为有效预防和处置门户网站安全突发事件，保障网站安全平稳运行，制定本预案。",
          "预案将网站被篡改、遭受攻击、服务中断和数据泄露等事件分为四级，明确了发现报告、先期处置、恢复上线和调查评估的程序，以及值班人员、网站维护人员和分管领导的职责。",
          "网站重要文件和信息资源每天备份，并做异地备份，确保被篡改或破坏后能够迅速恢复。",
        ],
        ["应急预案", "网络安全"],
        { important: true },
      ),
      fixed(
        "t1001",
        "汛期规划建设应急工作方案",
        "明确汛期临水建设项目巡查、险情报告和应急处置分工。",
        [
          "为做好汛期城市规划建设领域的应急工作，制定本方案。",
          "方案明确了邕江和内河沿岸在建项目的巡查要求、险情报告程序和应急处置分工，要求值班人员保持24小时通讯畅通。",
          "遇有险情，应第一时间报告局应急值班室，并配合有关部门做好处置。",
        ],
        ["应急预案", "防汛"],
      ),
    ],
  },
  {
    catalog: "t1002",
    count: 2,
    days: [10, 130],
    templates: [
      (r, { when }) => {
        const q = previousQuarter(when);
        const n = r.int(30, 90);
        return {
          title: `${q.year}年第${CN_QUARTER[q.quarter]}季度规划批后监督检查情况通报`,
          summary: `共检查在建项目${n}个，发现问题${r.int(3, 12)}个，均已督促整改。`,
          body: paragraphs(
            `${q.year}年第${CN_QUARTER[q.quarter]}季度，我局共对${n}个在建项目开展规划批后监督检查，重点检查建筑位置、高度、外立面和配套设施是否符合规划许可。`,
            "检查发现的问题主要包括配套设施建设滞后、外立面与审定方案不一致等，均已督促建设单位限期整改，整改情况纳入规划核实。",
            "对拒不整改的，将依法移交有关部门查处。",
          ),
          tags: ["监督检查", "批后监管"],
          extra: disclosure("t1002"),
        };
      },
    ],
  },
  {
    catalog: "t1101",
    count: 2,
    days: [30, 150],
    templates: [
      (r) => {
        const n = r.int(10, 260);
        const d = r.pick(DISTRICTS);
        const topic = r.pick(["增设中小学校", "建设公共停车场", "加快老旧小区改造", "完善公园绿地", "优化公交线网"]);
        return {
          title: `对市人大代表第${n}号建议的答复（关于${d.name}${topic}）`,
          summary: "我局对代表建议进行了认真研究，答复意见为“解决或采纳”。",
          body: paragraphs(
            `您提出的关于${d.name}${topic}的建议收悉。我局高度重视，组织相关科室进行了认真研究，现答复如下。`,
            `经核查，您所反映片区的规划已预留相关用地。我局已在${d.name}${r.pick(d.areas)}片区控制性详细规划中落实相关设施，并将配合有关部门加快推进项目建设。`,
            "感谢您对城市规划工作的关心和支持，欢迎继续提出宝贵意见。",
          ),
          tags: ["建议提案办理", "人大代表建议"],
          extra: disclosure("t1101"),
        };
      },
    ],
  },
  {
    catalog: "t1102",
    count: 2,
    days: [30, 150],
    templates: [
      (r) => {
        const n = r.int(10, 320);
        const topic = r.pick([
          "加强邕江两岸城市设计",
          "推进历史文化街区保护",
          "完善轨道交通站点接驳",
          "规划建设更多口袋公园",
          "推进村庄规划编制",
        ]);
        return {
          title: `对市政协委员第${n}号提案的答复（关于${topic}）`,
          summary: "提案所提建议已纳入相关规划编制工作。",
          body: paragraphs(
            `您提出的关于${topic}的提案收悉。现答复如下。`,
            "我局认真研究了提案提出的建议，相关内容已纳入正在编制的专项规划和片区规划，并将在规划公示时广泛听取社会意见。",
            "感谢您对我局工作的关心和支持。",
          ),
          tags: ["建议提案办理", "政协提案"],
          extra: disclosure("t1102"),
        };
      },
    ],
  },
];

/** Regulations that were later repealed or amended, with their replacements (validity demo). */
export function replacedRegulations(today: Date, r: Rng): ItemSpec[] {
  const year = (daysAgo: number): When => whenOf(today, daysAgo);
  const base = { kind: "DISCLOSURE", column: "disclosure", department: "policy", important: true } as const;
  return [
    {
      ...base,
      key: "disc-approval-rules-old",
      daysAgo: 168,
      title: "南宁市建设项目规划审批管理办法",
      summary: "规定建设项目选址、用地规划许可和工程规划许可的办理程序。",
      body: paragraphs(
        "为规范建设项目规划审批行为，提高审批效率，制定本办法。",
        "本办法规定了建设项目选址意见书、建设用地规划许可证和建设工程规划许可证的申请条件、申请材料、审查程序和办理时限。",
        "本办法自印发之日起施行。",
      ),
      tags: ["规范性文件", "规划审批"],
      attachments: [pdf("南宁市建设项目规划审批管理办法", "disc-approval-rules-old-1", fileSize(r, 200, 500))],
      disclosure: {
        catalog: "t0202",
        documentNumber: "南规发",
        validity: "REPEALED",
        replacedBy: "disc-approval-rules-new",
      },
    },
    {
      ...base,
      key: "disc-approval-rules-new",
      daysAgo: 45,
      title: `南宁市建设项目规划审批管理办法（${year(45).year}年修订）`,
      summary: "修订后的办法压缩审批时限，推行容缺受理和并联审查，原办法同时废止。",
      body: paragraphs(
        "为深化工程建设项目审批制度改革，我局对《南宁市建设项目规划审批管理办法》进行了修订，现予印发。",
        "修订后的办法压缩了各环节审批时限，推行容缺受理、并联审查和告知承诺制，明确规划条件核提、设计方案审查和规划许可可合并办理。",
        "本办法自印发之日起施行，原《南宁市建设项目规划审批管理办法》同时废止。",
      ),
      tags: ["规范性文件", "规划审批"],
      attachments: [pdf("南宁市建设项目规划审批管理办法（修订）", "disc-approval-rules-new-1", fileSize(r, 200, 500))],
      disclosure: { catalog: "t0202", documentNumber: "南规发" },
    },
    {
      ...base,
      key: "disc-elevator-rules-old",
      daysAgo: 160,
      title: "南宁市既有住宅加装电梯规划管理实施细则",
      summary: "规定既有住宅加装电梯的规划条件、申请材料和审批程序。",
      body: paragraphs(
        "为改善既有住宅居住条件，规范加装电梯的规划管理，制定本细则。",
        "细则规定了加装电梯的业主同意比例、设计要求、公示程序和审批时限，明确加装电梯不计入建筑容积率。",
        "本细则自印发之日起施行。",
      ),
      tags: ["规范性文件", "加装电梯"],
      disclosure: {
        catalog: "t0202",
        documentNumber: "南规发",
        validity: "AMENDED",
        replacedBy: "disc-elevator-rules-new",
      },
    },
    {
      ...base,
      key: "disc-elevator-rules-new",
      daysAgo: 26,
      title: "关于修改《南宁市既有住宅加装电梯规划管理实施细则》的决定",
      summary: "将规划审批时限由10个工作日压缩至5个工作日，简化申请材料。",
      body: paragraphs(
        "为进一步方便群众，我局决定对《南宁市既有住宅加装电梯规划管理实施细则》作如下修改：",
        "一、将规划审批时限由10个工作日修改为5个工作日。二、删除申请材料中的“房屋产权证明复印件”，改由审批部门通过信息共享获取。三、增加“加装电梯方案可由社区组织集中公示”的规定。",
        "本决定自印发之日起施行。细则根据本决定作相应修改，重新公布。",
      ),
      tags: ["规范性文件", "加装电梯"],
      disclosure: { catalog: "t0202", documentNumber: "南规发" },
    },
  ];
}
