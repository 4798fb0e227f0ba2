// The period of the letter statistics, checked the same way for the GraphQL query and the xlsx route.
import { z } from "zod";

export const STATISTICS_MIN_YEAR = 2000;
export const STATISTICS_MAX_YEAR = 2100;

const YEAR_MESSAGE = `年份应为 ${STATISTICS_MIN_YEAR}–${STATISTICS_MAX_YEAR} 之间的整数`;
export const statisticsYear = z
  .number(YEAR_MESSAGE)
  .int(YEAR_MESSAGE)
  .min(STATISTICS_MIN_YEAR, YEAR_MESSAGE)
  .max(STATISTICS_MAX_YEAR, YEAR_MESSAGE);

const MONTH_MESSAGE = "月份应为 1–12 之间的整数";
export const statisticsMonth = z.number(MONTH_MESSAGE).int(MONTH_MESSAGE).min(1, MONTH_MESSAGE).max(12, MONTH_MESSAGE);
