// Limits on what staff type into letter actions, with messages written for them.
import { z } from "zod";

export const reason = z.string().trim().min(2, "请填写原因（至少 2 个字）").max(500, "原因不能超过 500 个字");
export const opinion = z.string().trim().max(2000, "意见不能超过 2000 个字");
export const publicNote = z.string().trim().max(1000, "告知内容不能超过 1000 个字");
export const replyText = z.string().max(20_000, "答复内容不能超过 20000 个字");
export const extensionDays = z.number().int("延长天数须为整数");
/** An import file as text: the request body limit (1 MB) bounds it anyway. */
export const importContent = z.string().min(1, "文件为空").max(1_000_000, "文件过大，请分批导入");
