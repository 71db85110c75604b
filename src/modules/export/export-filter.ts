import { AppError, ErrorCode } from "../../shared/errors";

/** Which part of the graph to export; every field null (or false) exports the whole graph. */
export interface ExportFilter {
  /** A province id: the facts it acts in, directly or through an organisation based in it. */
  province: string | null;
  /** With `province`: also the facts of the units merged into it (the 2025 reform). */
  rollUpMerged: boolean;
  /** ISO 3166-1 alpha-2: the facts with a partner in that country. */
  country: string | null;
  /** ISO dates: the facts whose period overlaps [from, to]. */
  from: string | null;
  to: string | null;
}

export interface ExportFilterInput {
  province?: string;
  rollUpMerged?: boolean;
  country?: string;
  from?: string;
  to?: string;
}

/** The filter as given on the command line or in a query string, checked; a bad value is BAD_USER_INPUT. */
export function parseExportFilter(input: ExportFilterInput): ExportFilter {
  const country = checked(input.country, "country", /^[A-Za-z]{2}$/, "an ISO 3166-1 alpha-2 code such as LA");
  const filter: ExportFilter = {
    province: checked(input.province, "province", /^province:\S+$/, "a province id such as province:son-la"),
    rollUpMerged: input.rollUpMerged ?? false,
    // Codes are upper case in the graph; "la" is taken as LA.
    country: country?.toUpperCase() ?? null,
    from: date(input.from, "from"),
    to: date(input.to, "to"),
  };
  if (filter.from !== null && filter.to !== null && filter.from > filter.to) {
    throw badInput(`from (${filter.from}) must not be after to (${filter.to})`);
  }
  return filter;
}

export function isWholeGraph(filter: ExportFilter): boolean {
  return filter.province === null && filter.country === null && filter.from === null && filter.to === null;
}

function checked(value: string | undefined, name: string, pattern: RegExp, expected: string): string | null {
  if (value === undefined) {
    return null;
  }
  if (!pattern.test(value)) {
    throw badInput(`${name} must be ${expected} (got "${value}")`);
  }
  return value;
}

function date(value: string | undefined, name: string): string | null {
  const text = checked(value, name, /^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
  // A well-formed but impossible day (2017-02-30) would only fail later, inside Cypher's date().
  const day = text === null ? null : new Date(`${text}T00:00:00Z`);
  if (day !== null && (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text)) {
    throw badInput(`${name} must be a date as YYYY-MM-DD (got "${text}", which is no such day)`);
  }
  return text;
}

function badInput(message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message);
}
