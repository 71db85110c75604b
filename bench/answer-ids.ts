// A whole string of the form kind:rest, as every node id is (README, "The knowledge model").
const ENTITY_ID = /^[a-z]+:\S+$/;

/**
 * What an answer says, in a form the three ways' JSON shapes share: the entity ids it names
 * (`province:son-la`, `programme:synth-0000012`, `country:LA`, ...) and, since the dashboard's counts
 * name no entity, each count bucket as `key=value`. The shapes differ (field names, nesting, the peer's
 * relationship edges); what the three ways found must not.
 */
export function answerIds(answer: unknown): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      if (ENTITY_ID.test(value)) ids.add(value);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === "object") {
      const fields = value as Record<string, unknown>;
      if (typeof fields.key === "string" && typeof fields.value === "number") {
        ids.add(`${fields.key}=${fields.value}`);
      }
      Object.values(fields).forEach(visit);
    }
  };
  visit(answer);
  return ids;
}

/** How one answer's ids differ from the reference answer's; a few examples of each, sorted. */
export interface IdComparison {
  same: boolean;
  missing: number;
  extra: number;
  missingExamples: string[];
  extraExamples: string[];
}

const EXAMPLES = 10;

export function compareIds(reference: Set<string>, ids: Set<string>): IdComparison {
  const missing = [...reference].filter((id) => !ids.has(id)).sort();
  const extra = [...ids].filter((id) => !reference.has(id)).sort();
  return {
    same: missing.length === 0 && extra.length === 0,
    missing: missing.length,
    extra: extra.length,
    missingExamples: missing.slice(0, EXAMPLES),
    extraExamples: extra.slice(0, EXAMPLES),
  };
}

/** "3 ids missing (a, b, c), 1 extra (d)": the counts, with the examples kept. */
export function describeDifference(comparison: IdComparison): string {
  const part = (count: number, examples: string[], what: string) =>
    count === 0
      ? `0 ${what}`
      : `${count} ${what} (${examples.join(", ")}${count > examples.length ? ", ..." : ""})`;
  return [
    part(comparison.missing, comparison.missingExamples, "ids missing"),
    part(comparison.extra, comparison.extraExamples, "extra"),
  ].join(", ");
}
