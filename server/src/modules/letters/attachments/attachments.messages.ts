// What a refused attachment upload tells the writer (zh-CN).
export const ATTACHMENT_MESSAGES = {
  csrf: "请求来源无法验证，请在本站页面内上传",
  notMultipart: "请以 multipart/form-data 方式上传，文件字段名为 file",
  lengthRequired: "请求缺少 Content-Length，无法上传",
  noFile: "没有收到文件，请选择一个文件（字段名 file）",
  empty: "文件是空的，请重新选择",
  tooLarge: (limitMb: number) => `附件过大：每个文件最大 ${limitMb} MB`,
  tooManyPixels: (megapixels: number) => `图片尺寸过大：最多 ${megapixels} 百万像素`,
  unsupported: "只能上传图片（JPEG、PNG、WebP、GIF）或 PDF 文件",
  brokenImage: "图片文件已损坏或无法解码，请重新拍摄或导出后上传",
  aborted: "上传中断或内容不完整，请重试",
  rateLimited: (minutes: number) => `上传过于频繁，请 ${minutes} 分钟后再试`,
  unauthenticated: "请先登录",
  notFound: "附件不存在或已删除",
  forbidden: "只有本件承办人、承办科室的科室负责领导和管理员可以查看来信附件",
  methodNotAllowed: "不支持的请求方法",
  internal: "服务器处理文件时出错，请稍后再试",
} as const;
