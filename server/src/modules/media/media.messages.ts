// What a refused upload tells the person who sent it (shown by the client as is).
export const MESSAGES = {
  unauthenticated: "请先登录后再上传文件",
  forbidden: "您的账号没有上传文件的权限",
  csrf: "请求来源无法验证，请在本站页面内上传",
  notMultipart: "请以 multipart/form-data 方式上传，文件字段名为 file",
  lengthRequired: "请求缺少 Content-Length，无法上传",
  noFile: "没有收到文件，请选择一个文件（字段名 file）",
  empty: "文件是空的，请重新选择",
  tooLarge: (limitMb: number, what = "") => `文件过大：${what}最大 ${limitMb} MB`,
  tooManyPixels: (megapixels: number) => `图片尺寸过大：最多 ${megapixels} 百万像素`,
  svg: "不接受 SVG 图片（可能含有脚本），请转换为 PNG 或 JPEG 后上传",
  unsupported:
    "不支持的文件类型。可上传：图片（JPEG、PNG、WebP、GIF）、PDF、Word（DOC、DOCX）、Excel（XLS、XLSX）、PowerPoint（PPTX）、ZIP 压缩包、三维模型（GLB）、MP4 视频",
  brokenImage: "图片文件已损坏或无法解码，请重新导出后上传",
  aborted: "上传中断或内容不完整，请重试",
  badVariant: "图片宽度参数无效，可选 320、640、1280",
  notFound: "文件不存在或已删除",
  methodNotAllowed: "不支持的请求方法",
  internal: "服务器处理文件时出错，请稍后再试",
} as const;

export const KIND_LABELS = { IMAGE: "图片", DOCUMENT: "文档", VIDEO: "视频" } as const;
