// 政务信息公开: templates per disclosure catalog node, and the policy documents that repeal or amend
// one another. Document numbers are filled in later (generate.ts) in order of publication.
import type { Rng } from "../rng.js";
import { ISSUING_ORGAN, type ItemSpec, LINKS, paragraphs, pdf } from "./spec.js";
import { fileSize, type Template, type When, whenOf } from "./template.js";

/** A template for one catalog node: count items published between `days` (days ago). */
export interface DisclosureGroup {
  catalog: string;
  count: number;
  days: [number, number];
  templates: readonly Template[];
}

export const disclosure = (catalog: string, documentNumber?: string): Partial<ItemSpec> => ({
  disclosure: { catalog, ...(documentNumber ? { documentNumber } : {}) },
});

export const fixed =
  (
    catalog: string,
    title: string,
    summary: string,
    texts: string[],
    tags: string[],
    extra?: Partial<ItemSpec>,
  ): Template =>
  () => ({ title, summary, body: paragraphs(...texts), tags, extra: { ...disclosure(catalog), ...extra } });

/** t01 机构概况, t02 政策法规, t03 规划计划. */
export const organisationGroups: readonly DisclosureGroup[] = [
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
