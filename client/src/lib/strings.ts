/** Strings shared by every feature (zh-CN). Feature strings live in features/<domain>/strings.ts. */
export const commonStrings = {
  siteName: "规划信息港",
  loading: "正在加载…",
  retry: "重试",
  loadMore: "加载更多",
  errors: {
    network: "无法连接服务器，请检查网络后重试。",
    unauthenticated: "请先登录。",
    forbidden: "您没有权限查看此内容。",
    notFound: "内容不存在或已被删除。",
    gone: "该信息已撤下。",
    rateLimited: "操作过于频繁，请稍后再试。",
    badUserInput: "填写的内容有误，请检查后重试。",
    unknown: "服务器出了点问题，请稍后重试。",
  },
  offline: {
    noCache: "网络不可用，暂时无法加载。恢复网络后将自动刷新。",
    showingCache: "离线，显示的是缓存内容",
  },
} as const;
