import { z } from "zod";

export const loginInput = z.object({
  username: z.string().min(1, "请输入用户名").max(64, "用户名过长"),
  password: z.string().min(1, "请输入密码").max(256, "密码过长"),
});

export const newPassword = z
  .string()
  .min(12, "新密码至少 12 个字符")
  .max(256, "新密码过长")
  .refine((p) => new Set(p).size >= 6, "新密码过于简单，请混合使用不同字符");

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "请输入当前密码"),
  newPassword,
});
