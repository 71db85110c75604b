import type {
  CountryRecord,
  FactRecord,
  GroupMentionRecord,
  GroupRecord,
  LocalityRecord,
  OrganizationRecord,
  PolicyDocumentRecord,
  ProvinceRecord,
  SourceRecord,
} from "./record-format";

/**
 * Records of the record format grouped by kind, as a seed folder, an import, a mutation or the
 * synthetic graph brings them, and the problems found in them: each names the file, the record and
 * the field, and nothing is written from records that have one.
 */

export interface RecordProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export class RecordValidationError extends Error {
  override name = "RecordValidationError";
  constructor(readonly problems: RecordProblem[]) {
    const shown = problems.slice(0, 20).map(formatProblem);
    const more = problems.length > shown.length ? [`… and ${problems.length - shown.length} more`] : [];
    super([`The records have ${problems.length} problem(s):`, ...shown, ...more].join("\n  "));
  }
}

export function formatProblem(problem: RecordProblem): string {
  return `${problem.file}: ${problem.record}: ${problem.field}: ${problem.message}`;
}

/** A record with the file it came from, for messages and for merging. */
export interface Located<T> {
  file: string;
  record: T;
}

export interface RecordBundle {
  provinces: ProvinceRecord[];
  countries: CountryRecord[];
  localities: LocalityRecord[];
  groups: GroupRecord[];
  sources: SourceRecord[];
  organizations: OrganizationRecord[];
  policyDocuments: PolicyDocumentRecord[];
  groupMentions: Array<Located<GroupMentionRecord>>;
  facts: Array<Located<FactRecord>>;
}

export function emptyBundle(): RecordBundle {
  return {
    provinces: [],
    countries: [],
    localities: [],
    groups: [],
    sources: [],
    organizations: [],
    policyDocuments: [],
    groupMentions: [],
    facts: [],
  };
}
