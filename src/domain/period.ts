import type { Precision } from "./model";

/** A stretch of time as a source states it: "năm 2015" is 2015-01-01..2015-12-31 at YEAR precision. */
export interface PeriodValue {
  start: string | null;
  end: string | null;
  precision: Precision;
}

/** Why a period is malformed, or null when it is sound. Dates are ISO `YYYY-MM-DD`. */
export function periodProblem(period: PeriodValue): string | null {
  const { start, end, precision } = period;
  if (start === null && end === null) {
    return "needs a start or an end";
  }
  if (start !== null && end !== null && end < start) {
    return `ends (${end}) before it starts (${start})`;
  }
  if (precision === "DAY") {
    return null;
  }
  if (start !== null && !start.endsWith(precision === "YEAR" ? "-01-01" : "-01")) {
    return `a ${precision} period starts on the first day of its ${precision.toLowerCase()} (got ${start})`;
  }
  if (end !== null && end !== lastDayOf(end, precision)) {
    return `a ${precision} period ends on the last day of its ${precision.toLowerCase()} (got ${end})`;
  }
  return null;
}

function lastDayOf(date: string, precision: "YEAR" | "MONTH"): string {
  const year = Number(date.slice(0, 4));
  const month = precision === "YEAR" ? 12 : Number(date.slice(5, 7));
  // Day 0 of the next month is the last day of this one.
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
