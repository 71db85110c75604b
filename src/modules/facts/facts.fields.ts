import type { FieldTable } from "../../compiler/field-table";

/** Facts in the compiled read path (fragments in cypher/fields.cypher). */

const participations = (sides: string[] | null) => ({
  fragment: "Fact.participants",
  returns: "list" as const,
  params: (args: Record<string, unknown>) => ({
    sides,
    roles: Array.isArray(args.roles) ? args.roles : null,
  }),
});

export const FACT_FIELDS: FieldTable = {
  Fact: {
    kind: { value: "this.kind" },
    status: { value: "this.status" },
    description: { value: "this.description" },
    sectors: { value: "coalesce(this.sectors, [])" },
    period: { object: "this", when: "this.periodPrecision IS NOT NULL" },
    certainty: { value: "this.certainty" },
    inference: { value: "this.inference" },
    sources: { fragment: "Fact.sources", returns: "list" },
    figures: { fragment: "Fact.figures", returns: "list" },
    participants: participations(null),
    actors: participations(["ACTOR"]),
    partners: participations(["PARTNER"]),
  },
  // factType comes from the node's label, as the mappers have it.
  Agreement: {
    factType: { value: "'Agreement'" },
    title: { value: "this.title" },
    signedOn: { value: "toString(this.signedOn)" },
  },
  Delegation: {
    factType: { value: "'Delegation'" },
    direction: { value: "this.direction" },
    purpose: { value: "this.purpose" },
  },
  Programme: { factType: { value: "'Programme'" }, name: { value: "this.name" } },
  Partnership: { factType: { value: "'Partnership'" } },
  Participation: {
    side: { value: "this.side" },
    role: { value: "this.role" },
    participant: { object: "this.participant" },
  },
  Period: {
    start: { value: "toString(this.periodStart)" },
    end: { value: "toString(this.periodEnd)" },
    precision: { value: "this.periodPrecision" },
  },
  Figure: {
    measure: { value: "this.measure" },
    value: { value: "this.value" },
    unit: { value: "this.unit" },
    qualifier: { value: "this.qualifier" },
    text: { value: "this.text" },
  },
};
