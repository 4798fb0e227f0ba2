/** zh-CN strings of the home page. */
export const homeStrings = {
  pageTitle: "最新发布",
  listLabel: "最新发布的信息",
  empty: "暂无发布的信息，有内容时会显示在这里。",
  refreshFailed: "刷新失败，显示的是之前加载的内容。",
  publishedAt: "发布于",
  kinds: {
    NEWS: "新闻动态",
    NOTICE: "通知公告",
    PUBLICITY: "规划公示",
    EXHIBITION: "展示",
    DISCLOSURE: "政务公开",
    TOPIC_PAGE: "专题",
    INTERVIEW: "访谈",
    PROJECT: "项目信息",
    GUIDE: "办事指南",
  },
} as const;
