/** zh-CN strings of the 专题 and 热点区域 pages. */
export const topicStrings = {
  list: {
    pageTitle: "热点区域与专题",
    intro: "城市重点片区和专题规划：规划要点、相关项目、办事指南和信息。",
    topicsHeading: "专题",
    hotAreasHeading: "热点区域",
    topicsEmpty: "暂无专题。",
    hotAreasEmpty: "暂无热点区域。",
  },
  topic: {
    notFoundTitle: "专题不存在",
    notFound: "您访问的专题不存在，或已停止公开。",
    goneTitle: "该专题已撤下",
    back: "返回热点区域与专题",
    kind: { TOPIC: "专题", HOT_AREA: "热点区域" } as Record<string, string>,
    coverAlt: "",
    publishedAt: "发布日期",
    extentHeading: "规划范围",
    extentNote: "地图展示将在电子地图中提供。",
    extentText: (west: string, east: string, south: string, north: string) =>
      `东经 ${west}～${east}，北纬 ${south}～${north}`,
    itemsHeading: "相关信息",
    guidesHeading: "相关办事指南",
    projectsHeading: "相关项目",
    projectMeta: (district: string, code: string) => `${district} · 项目代码 ${code}`,
  },
} as const;
