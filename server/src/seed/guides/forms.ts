// The forms the demo guides offer for download. Sample values are plainly examples (示例, XXXX,
// the 0771-0000000 example number): a filled sample must never look like someone's real data.
import type { GuideForm } from "./guide-forms.js";

const APPLICANT = [
  { label: "申请单位（个人）名称", sample: "南宁示例置业有限公司（示例）" },
  { label: "统一社会信用代码（身份证号码）", sample: "91450100XXXXXXXXXX（示例）" },
  { label: "法定代表人", sample: "张某某" },
  { label: "联系人及联系电话", sample: "李某某  0771-0000000（示例）" },
  { label: "通讯地址", sample: "南宁市良庆区五象大道 XXX 号（示例）" },
];

const SIGNATURE = { label: "申请人（签章）及日期", sample: "（加盖单位公章）        XXXX 年 XX 月 XX 日" };

const COMMON_NOTES = [
  "请用黑色钢笔、签字笔填写或打印，字迹清楚，不得涂改。",
  "申请单位名称应与营业执照一致，并加盖单位公章；个人申请的由本人签名。",
  "所填内容应与所附图纸、文件一致，申请人对填报内容的真实性负责。",
];

export const POWER_OF_ATTORNEY: GuideForm = {
  file: "power-of-attorney",
  title: "授权委托书",
  fields: [
    { label: "委托人（单位名称）", sample: "南宁示例置业有限公司（示例）" },
    { label: "统一社会信用代码", sample: "91450100XXXXXXXXXX（示例）" },
    { label: "法定代表人", sample: "张某某" },
    { label: "受托人姓名", sample: "李某某" },
    { label: "受托人身份证号码", sample: "450100XXXXXXXXXXXX（示例）" },
    { label: "受托人联系电话", sample: "0771-0000000（示例）" },
    { label: "委托事项", sample: "代为办理“建设工程规划许可证核发”的申请、补正和领证手续" },
    { label: "委托权限", sample: "提交申请材料、签收受理通知书及许可文书" },
    { label: "委托期限", sample: "自签署之日起六个月" },
    { label: "委托人（签章）及日期", sample: "（加盖单位公章）        XXXX 年 XX 月 XX 日" },
  ],
  notes: ["受托人办理时须携带本人身份证原件。", "委托事项和权限应当具体明确，不得笼统写“全权代理”。"],
};

export const SITE_SELECTION_FORM: GuideForm = {
  file: "site-selection-application",
  title: "建设项目用地预审与选址意见书申请表",
  fields: [
    ...APPLICANT,
    { label: "项目名称", sample: "五象新区示例综合医院建设项目（示例）" },
    { label: "拟选址位置", sample: "良庆区平乐大道以东、五象大道以南（示例）" },
    { label: "拟用地面积（公顷）", sample: "8.62" },
    { label: "建设规模及主要内容", sample: "新建床位 800 张的综合医院，总建筑面积约 16 万平方米" },
    { label: "项目批准（核准）文件", sample: "南发改社会〔XXXX〕XX 号（示例）" },
    { label: "是否占用永久基本农田", sample: "否" },
    SIGNATURE,
  ],
  notes: [...COMMON_NOTES, "拟选址范围应在现状地形图上以红线标明，并附 CGCS2000 坐标的电子文件。"],
};

export const LAND_USE_FORM: GuideForm = {
  file: "land-use-permit-application",
  title: "建设用地规划许可申请表",
  fields: [
    ...APPLICANT,
    { label: "项目名称", sample: "江南区示例安置住房建设项目（示例）" },
    { label: "用地位置", sample: "江南区星光大道以西、亭洪路以北（示例）" },
    { label: "用地面积（平方米）", sample: "35,600" },
    { label: "土地取得方式", sample: "划拨（示例；出让用地填写出让合同编号）" },
    { label: "用地性质", sample: "二类城镇住宅用地（070102）" },
    { label: "项目批准（核准、备案）文件", sample: "南发改投资〔XXXX〕XX 号（示例）" },
    SIGNATURE,
  ],
  notes: [...COMMON_NOTES, "以出让方式取得土地的，应填写国有建设用地使用权出让合同编号并附合同复印件。"],
};

export const WORKS_PERMIT_FORM: GuideForm = {
  file: "works-permit-application",
  title: "建设工程规划许可证申请表",
  fields: [
    ...APPLICANT,
    { label: "项目名称", sample: "五象新区示例科创中心项目（示例）" },
    { label: "建设地点", sample: "良庆区五象大道以南、平乐大道以东（示例）" },
    { label: "用地面积（平方米）", sample: "34,600" },
    { label: "总建筑面积（平方米）", sample: "126,800（其中计容建筑面积 98,400）" },
    { label: "建筑层数及高度", sample: "地上 28 层，地下 2 层；建筑高度 99.6 米" },
    { label: "容积率 / 建筑密度 / 绿地率", sample: "2.84 / 28% / 35%" },
    { label: "土地使用证明文件", sample: "桂（XXXX）南宁市不动产权第 XXXXXXX 号（示例）" },
    SIGNATURE,
  ],
  notes: [...COMMON_NOTES, "技术经济指标应与设计方案总平面图一致，计容建筑面积按本市规划管理技术规定计算。"],
};

export const RURAL_PERMIT_FORM: GuideForm = {
  file: "rural-permit-application",
  title: "乡村建设规划许可申请表",
  fields: [
    { label: "申请人姓名", sample: "黄某某" },
    { label: "身份证号码", sample: "450100XXXXXXXXXXXX（示例）" },
    { label: "联系电话", sample: "0771-0000000（示例）" },
    { label: "户籍所在地", sample: "邕宁区蒲庙镇示例村第 X 村民小组（示例）" },
    { label: "建设地点", sample: "邕宁区蒲庙镇示例村（示例）" },
    { label: "建设类型", sample: "农村村民住宅（原址翻建）" },
    { label: "宅基地面积（平方米）", sample: "100" },
    { label: "建筑层数及高度", sample: "3 层，11.4 米" },
    { label: "村民委员会意见", sample: "经村民小组会议讨论并公示 7 日无异议，同意申请。（盖章）" },
    { label: "申请人签名及日期", sample: "黄某某        XXXX 年 XX 月 XX 日" },
  ],
  notes: ["本表由申请人填写后交所在乡、镇人民政府。", "农村村民一户只能拥有一处宅基地，面积不得超过自治区规定的标准。"],
};

export const VERIFICATION_FORM: GuideForm = {
  file: "verification-application",
  title: "建设工程规划条件核实申请表",
  fields: [
    ...APPLICANT,
    { label: "项目名称", sample: "青秀区示例九年一贯制学校项目（示例）" },
    { label: "建设工程规划许可证号", sample: "建字第 4501002026XXXXX 号（示例）" },
    { label: "竣工建筑面积（平方米）", sample: "48,260" },
    { label: "竣工规划测量单位", sample: "南宁示例测绘有限公司（示例）" },
    { label: "应拆除的临时建筑", sample: "施工临时用房 3 栋，已全部拆除" },
    SIGNATURE,
  ],
  notes: [...COMMON_NOTES, "竣工规划测量成果须由具有相应测绘资质的单位出具。"],
};

export const TEMPORARY_FORM: GuideForm = {
  file: "temporary-permit-application",
  title: "临时建设工程规划许可申请表",
  fields: [
    ...APPLICANT,
    { label: "临时建设名称", sample: "轨道交通示例站施工临时用房（示例）" },
    { label: "建设地点", sample: "西乡塘区大学东路示例地块（示例）" },
    { label: "建筑面积（平方米）", sample: "960" },
    { label: "结构及层数", sample: "轻钢活动板房，2 层" },
    { label: "申请使用期限", sample: "XXXX 年 XX 月至 XXXX 年 XX 月（不超过两年）" },
    SIGNATURE,
  ],
  notes: [...COMMON_NOTES, "临时建筑应在批准的使用期限内自行拆除，并恢复场地原状。"],
};

export const DEMOLITION_PLEDGE: GuideForm = {
  file: "demolition-pledge",
  title: "临时建筑按期拆除承诺书",
  fields: [
    { label: "承诺单位", sample: "南宁示例建设工程有限公司（示例）" },
    { label: "临时建筑名称及位置", sample: "轨道交通示例站施工临时用房，西乡塘区大学东路示例地块（示例）" },
    { label: "批准使用期限", sample: "XXXX 年 XX 月 XX 日至 XXXX 年 XX 月 XX 日" },
    {
      label: "承诺内容",
      sample:
        "本单位承诺在批准的使用期限届满前自行拆除上述临时建筑，不改变用途、不转让，不作为永久建筑使用；逾期未拆除的，自愿承担相应法律责任。",
    },
    { label: "承诺单位（签章）及日期", sample: "（加盖单位公章）        XXXX 年 XX 月 XX 日" },
  ],
  notes: ["承诺书须由法定代表人签字并加盖单位公章。"],
};

export const DESIGN_REVIEW_FORM: GuideForm = {
  file: "design-review-application",
  title: "建设工程设计方案审查申请表",
  fields: [
    ...APPLICANT,
    { label: "项目名称", sample: "五象新区示例总部大厦项目（示例）" },
    { label: "建设地点", sample: "良庆区秋月路以北、玉洞大道以西（示例）" },
    { label: "设计单位及资质等级", sample: "广西示例建筑设计研究院有限公司 建筑行业甲级（示例）" },
    { label: "规划条件文号", sample: "南规条〔XXXX〕XX 号（示例）" },
    { label: "主要技术经济指标", sample: "用地 2.1 公顷，计容建筑面积 12.6 万平方米，容积率 6.0，建筑高度 180 米" },
    SIGNATURE,
  ],
  notes: [...COMMON_NOTES, "设计方案应同时提交纸质文本和电子文件，电子文件的总平面图应为 CGCS2000 坐标。"],
};

export const ELEVATOR_FORM: GuideForm = {
  file: "elevator-application",
  title: "既有住宅增设电梯规划许可申请表",
  fields: [
    { label: "申请人（业主代表）", sample: "王某某等 12 户业主（示例）" },
    { label: "联系电话", sample: "0771-0000000（示例）" },
    { label: "小区名称及楼栋单元", sample: "西乡塘区示例小区 3 栋 2 单元（示例）" },
    { label: "住宅层数及户数", sample: "7 层，共 14 户" },
    { label: "表决情况", sample: "参与表决 13 户（面积占比 92%），同意 12 户（面积占比 86%）" },
    { label: "电梯设计单位", sample: "广西示例建筑设计有限公司（示例）" },
    { label: "增设电梯占地面积（平方米）", sample: "9.6" },
    { label: "业主代表签名及日期", sample: "王某某        XXXX 年 XX 月 XX 日" },
  ],
  notes: [
    "表决应以单元为单位进行，表决结果须附每户业主签名的表决表。",
    "增设电梯方案应在小区显著位置公示，公示情况一并提交。",
  ],
};

export const OWNERS_VOTE_FORM: GuideForm = {
  file: "elevator-owners-vote",
  title: "既有住宅增设电梯业主表决表",
  fields: [
    { label: "楼栋单元", sample: "西乡塘区示例小区 3 栋 2 单元（示例）" },
    { label: "房号", sample: "301" },
    { label: "业主姓名", sample: "陈某某" },
    { label: "专有部分面积（平方米）", sample: "78.5" },
    { label: "表决意见", sample: "同意（在“同意 / 不同意 / 弃权”中选择一项）" },
    { label: "业主签名及日期", sample: "陈某某        XXXX 年 XX 月 XX 日" },
  ],
  notes: [
    "每户一表，由业主本人签名；共有房屋由共有人共同签名。",
    "表决结果按《中华人民共和国民法典》第二百七十八条计算。",
  ],
};
