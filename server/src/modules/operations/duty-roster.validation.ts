import { z } from "zod";
import { isIsoDate } from "../calendar/shanghai-day.js";

/** A calendar day as the roster speaks it: "2026-03-02" (Asia/Shanghai). */
export const dutyDay = z.string().trim().refine(isIsoDate, "日期格式应为 YYYY-MM-DD，例如 2026-03-02");

export const dutyNote = z.string().trim().max(200, "值班备注不能超过 200 个字");

/** The longest span one roster query returns: a quarter, enough for any screen. */
export const MAX_ROSTER_DAYS = 92;

/** How far ahead a shift may be put: a year, so a mistyped year ("2062") is caught. */
export const MAX_DAYS_AHEAD = 366;
