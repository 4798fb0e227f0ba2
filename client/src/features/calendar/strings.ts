/** zh-CN strings of the working-day calendar screen (工作日历: 放假调休安排). */
export const calendarStrings = {
  pageTitle: "工作日历",
  intro:
    "来信的告知和答复期限按工作日计算，依据国务院办公厅每年发布的部分节假日安排（含调休上班日）。下面是系统已有的年度安排。",
  empty: "还没有任何年度的节假日安排。",
  yearHeading: (year: number) => `${year} 年`,
  official: "正式",
  provisional: "暂定",
  source: "来源",
  sourceOfficial: "国务院办公厅通知",
  sourceProvisional: "暂定：尚无正式通知，按放假办法和惯例推定",
  loaded: "数据",
  builtIn: "随系统提供",
  loadedBy: (name: string, at: string) => `${name} 于 ${at} 导入`,
  loadedAt: (at: string) => `于 ${at} 导入`,
  holidays: "放假",
  workdays: "调休上班",
  dayCount: (count: number) => `${count} 天`,
  provisionalHint: "暂定安排可能与正式通知不同。通知发布后，请管理员导入正式安排，办理中来信的期限会随之重新计算。",
  showDays: (year: number) => `查看 ${year} 年放假和调休上班日期`,
  noWorkdays: "没有调休上班日。",
  run: (from: string, to: string, days: number) => `${from}至${to}（${days} 天）`,
  weekdays: ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],

  load: {
    heading: "导入年度节假日安排",
    intro:
      "国务院办公厅发布新一年的节假日安排后，在这里导入，无需修改程序。导入同一年份会替换原有安排（包括暂定安排），并重新计算办理中来信的期限。",
    adminsOnly: "只有管理员可以导入新的年度安排。",
    formatHeading: "文件格式（JSON）",
    fields: [
      ["year", "年份，如 2027"],
      ["holidays", "全部放假日期（含假期中的周六、周日），格式 YYYY-MM-DD"],
      ["workdays", "调休上班的周六、周日；没有则为 []"],
      ["source", '"official"（国务院办公厅正式通知）或 "provisional"（暂定）'],
      ["notice", "通知名称或说明（可选）"],
    ] as ReadonlyArray<readonly [string, string]>,
    example: (year: number) => `示例：${year} 年的现有安排`,
    file: "选择 JSON 文件",
    fileHint: "选择文件后，内容会填入下面的文本框，可核对后再导入。",
    fileUnreadable: "无法读取这个文件，请确认是 UTF-8 编码的 JSON 文本文件。",
    json: "JSON 内容",
    jsonHint: "粘贴 JSON，或选择上面的文件。",
    jsonRequired: "请粘贴 JSON 内容或选择文件。",
    submit: "导入",
    busy: "正在导入…",
    refused: (count: number) => `未导入：发现 ${count} 个问题，请修改后重试。`,
    loaded: (year: number, provisional: boolean) =>
      `已导入 ${year} 年节假日安排（${provisional ? "暂定" : "正式"}）。`,
    refreshed: (count: number) =>
      count === 0 ? "没有需要重新计算期限的办理中来信。" : `已按新安排重新计算 ${count} 件办理中来信的期限。`,
  },
} as const;
