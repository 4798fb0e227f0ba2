// Details for guide tests: unit tests of the schema and API tests through the workflow.

/** A guide with every key element, as an editor would save it. */
export const completeGuide = () => ({
  slug: "test-works-permit",
  itemName: "建设工程规划许可证核发",
  category: "建设工程",
  implementingOrgan: "南宁市规划管理局",
  legalBasis: [{ law: "中华人民共和国城乡规划法", article: "第四十条" }],
  conditions: ["已取得建设用地规划许可证"],
  materials: [
    { name: "建设工程规划许可证申请表", templateUrl: "/media/abc.pdf", sampleUrl: "/media/def.pdf" },
    { name: "身份证明", form: "ORIGINAL_AND_COPY", copies: 2, required: false, note: "委托办理时提供" },
  ],
  steps: [
    { name: "受理", actor: "窗口", days: 1 },
    { name: "审查", actor: "建设工程规划科", days: 5 },
    { name: "批前公示", days: 10, excludedFromLimit: true },
    { name: "决定", days: 4 },
  ],
  statutoryDays: 20,
  promisedDays: 10,
  fees: [],
  officeAddress: "南宁市政务服务中心",
  officeHours: "工作日 9:00—17:00",
  phone: "0771-0000000",
  onlineUrl: "https://zwfw.gxzf.gov.cn/",
  faq: [{ question: "多久办结？", answer: "10 个工作日。" }],
  relatedLaws: [{ name: "中华人民共和国行政许可法" }],
});
