import type { Precision } from "../../domain/model";
import type { PeriodValue } from "../../domain/period";
import { isoDate } from "./article";

/**
 * The periods a span states, resolved against the article's date where it leaves out the year
 * ("ngày 16/8" in an article of 2023 is 16 August 2023). Patterns are Vietnamese and English.
 */
interface Rule {
  pattern: RegExp;
  resolve: (match: RegExpExecArray, year: number | null) => PeriodValue | null;
}

const MONTHS = "january february march april may june july august september october november december".split(
  " ",
);
const monthOf = (name: string | undefined) => MONTHS.indexOf((name ?? "").toLowerCase()) + 1;
const MONTH_NAMES = MONTHS.join("|");

const pad = (value: number) => String(value).padStart(2, "0");
const yearPeriod = (from: number, to = from): PeriodValue => ({
  start: `${from}-01-01`,
  end: `${to}-12-31`,
  precision: "YEAR",
});
function monthPeriod(
  year: number,
  fromMonth: number,
  toMonth = fromMonth,
  toYear = year,
): PeriodValue | null {
  if (fromMonth < 1 || fromMonth > 12 || toMonth < 1 || toMonth > 12) return null;
  const lastDay = new Date(Date.UTC(toYear, toMonth, 0)).getUTCDate();
  return {
    start: `${year}-${pad(fromMonth)}-01`,
    end: `${toYear}-${pad(toMonth)}-${lastDay}`,
    precision: "MONTH",
  };
}
function dayPeriod(year: number | null, month: number, day: number): PeriodValue | null {
  if (year === null) return null;
  const date = isoDate(year, month, day);
  return date ? { start: date, end: date, precision: "DAY" } : null;
}
const plausible = (year: number) => year >= 1945 && year <= 2100;

const RULES: Rule[] = [
  {
    pattern:
      /(?:giai đoạn|từ năm|nhiệm kỳ|from|between)?\s*\b((?:19|20)\d{2})\s*(?:[-–—]|đến(?: năm)?|to|and)\s*((?:19|20)\d{2})\b/giu,
    resolve: (m) => {
      const from = Number(m[1]);
      const to = Number(m[2]);
      return to >= from && plausible(from) ? yearPeriod(from, to) : null;
    },
  },
  {
    pattern: /\b(\d{1,2}) tháng (đầu|cuối) năm ((?:19|20)\d{2})\b/giu,
    resolve: (m) => {
      const months = Number(m[1]);
      const year = Number(m[3]);
      return m[2]?.toLowerCase() === "đầu"
        ? monthPeriod(year, 1, months)
        : monthPeriod(year, 13 - months, 12);
    },
  },
  {
    pattern: /\bngày (\d{1,2})[/-](\d{1,2})(?:[/-]((?:19|20)\d{2}))?(?![\d/])/giu,
    resolve: (m, year) => dayPeriod(m[3] ? Number(m[3]) : year, Number(m[2]), Number(m[1])),
  },
  {
    pattern: /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/gu,
    resolve: (m) => dayPeriod(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    pattern: /\btháng (\d{1,2})(?:\s*\/\s*|\s+năm\s+|\s*-\s*)((?:19|20)\d{2})\b/giu,
    resolve: (m) => monthPeriod(Number(m[2]), Number(m[1])),
  },
  {
    pattern: /\btháng (\d{1,2})\b(?![/\d])/giu,
    resolve: (m, year) => (year === null ? null : monthPeriod(year, Number(m[1]))),
  },
  {
    pattern: new RegExp(`\\b(?:on )?(\\d{1,2}) (${MONTH_NAMES}),? ((?:19|20)\\d{2})\\b`, "giu"),
    resolve: (m) => dayPeriod(Number(m[3]), monthOf(m[2]), Number(m[1])),
  },
  {
    pattern: new RegExp(`\\b(${MONTH_NAMES}) (\\d{1,2}),? ((?:19|20)\\d{2})\\b`, "giu"),
    resolve: (m) => dayPeriod(Number(m[3]), monthOf(m[1]), Number(m[2])),
  },
  {
    pattern: new RegExp(`\\b(${MONTH_NAMES}),? ((?:19|20)\\d{2})\\b`, "giu"),
    resolve: (m) => monthPeriod(Number(m[2]), monthOf(m[1])),
  },
  {
    pattern: /\b(?:năm|in|during|trong năm)\s+((?:19|20)\d{2})\b/giu,
    resolve: (m) => (plausible(Number(m[1])) ? yearPeriod(Number(m[1])) : null),
  },
];

const FINER: Record<Precision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

/**
 * The period a span states: the union of the stretches it names ("năm 2017 và 4 tháng đầu năm 2018"
 * is January 2017 to April 2018, at the finest precision named). Null when it names none.
 */
export function readPeriod(span: string, publishedOn: string | null): PeriodValue | null {
  const year = publishedOn ? Number(publishedOn.slice(0, 4)) : null;
  const taken: Array<[number, number]> = [];
  const found: PeriodValue[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(span); m; m = rule.pattern.exec(span)) {
      const from = m.index;
      const to = m.index + m[0].length;
      if (taken.some(([a, b]) => from < b && a < to)) continue;
      const period = rule.resolve(m, year);
      if (period) {
        found.push(period);
        taken.push([from, to]);
      }
    }
  }
  if (found.length === 0) return null;
  const precision = found.reduce<Precision>(
    (finest, period) => (FINER[period.precision] > FINER[finest] ? period.precision : finest),
    "YEAR",
  );
  const start = found.map((period) => period.start as string).sort()[0] as string;
  const end = found.map((period) => period.end as string).sort()[found.length - 1] as string;
  // A DAY span mixed with coarser ones is kept at DAY: its bounds are exact days.
  return { start, end, precision };
}
