/** zh-CN strings of the app shell. */
export const shellStrings = {
  skipToContent: "跳到主要内容",
  navLabel: "主导航",
  tabs: {
    home: "首页",
    news: "资讯",
    query: "查询",
    letters: "互动",
    me: "我的",
  },
  search: "搜索",
  offline: "网络已断开，可继续浏览已保存的内容。",
  pageLoadFailed: "页面加载失败，请检查网络后重试。",
  update: {
    available: "有新版本可用",
    refresh: "刷新",
    later: "稍后",
    offlineReady: "可以离线使用",
    close: "关闭",
  },
  display: {
    heading: "显示设置",
    largeText: "关怀模式（大字号）",
    highContrast: "高对比度",
  },
  notFound: {
    title: "页面不存在",
    body: "您访问的页面不存在或已被移除。",
    home: "返回首页",
  },
} as const;
