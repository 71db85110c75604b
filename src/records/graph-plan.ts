import { createHash } from "node:crypto";
import { REFORM_2025_EFFECTIVE_ON } from "../domain/model";
import { searchKeys } from "../domain/names";
import { factContentKey } from "./content-key";
import { participations } from "./participant-fields";
import type { RecordBundle } from "./record-bundle";
import type { Evidence, FactRecord, Figure, Period } from "./record-format";

/**
 * Turns checked records into the rows the writer (graph-writer.ts) writes: nodes with their labels and
 * properties, relationships with a key that makes MERGE idempotent. Pure, so it is tested without a
 * database. The graph model it produces is described in README "The knowledge model".
 */

export type PropertyValue = string | number | boolean | null | string[] | number[];

export interface NodeRow {
  id: string;
  labels: string[];
  props: Record<string, PropertyValue>;
}

export interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  /** Distinguishes parallel relationships of one type between the same two nodes. */
  key: string;
  props: Record<string, PropertyValue>;
}

export interface GraphPlan {
  nodes: NodeRow[];
  relationships: RelationshipRow[];
}

const MERGER_BASIS = "Resolution 202/2025/QH15";

/** Collects rows; `node`, `relate` and `evidence` are the three ways a record becomes graph. */
function planBuilder() {
  const nodes: NodeRow[] = [];
  const relationships: RelationshipRow[] = [];
  const node = (id: string, labels: string[], props: Record<string, PropertyValue | undefined>) => {
    nodes.push({ id, labels: ["Entity", ...labels], props: { id, ...withoutUndefined(props) } });
  };
  // A participant named twice in one role, or one quote cited twice, is one relationship: the writer
  // CREATEs the relationships of a new node, so the plan must not hold the same one twice.
  const planned = new Set<string>();
  const relate = (
    type: string,
    from: string,
    to: string,
    props: Record<string, PropertyValue> = {},
    key = "",
  ) => {
    const identity = `${type}|${from}|${to}|${key}`;
    if (!planned.has(identity)) {
      planned.add(identity);
      relationships.push({ type, from, to, key, props: { key, ...props } });
    }
  };
  const evidence = (from: string, items: Evidence[]) => {
    for (const item of items) {
      relate("EVIDENCED_BY", from, item.source, { quote: item.quote }, hash(item.quote));
    }
  };
  return { node, relate, evidence, plan: (): GraphPlan => ({ nodes, relationships }) };
}

type PlanBuilder = ReturnType<typeof planBuilder>;

/**
 * The rows of one fact. `vietnamese` holds the ids on the Vietnamese side (provinces, Vietnamese
 * organisations, Vietnam): they are linked as ACTOR, every other participant as PARTNER.
 */
export function planFact(fact: FactRecord, vietnamese: ReadonlySet<string>): GraphPlan {
  const builder = planBuilder();
  addFact(builder, fact, vietnamese);
  return builder.plan();
}

/** `vietnameseIds`: ids of the Vietnamese side the bundle does not define (those already stored). */
export function planGraph(bundle: RecordBundle, vietnameseIds: Iterable<string> = []): GraphPlan {
  const builder = planBuilder();
  const { node, relate, evidence } = builder;

  const vietnamese = new Set<string>([
    "country:VN",
    ...vietnameseIds,
    ...bundle.provinces.map((province) => province.id),
  ]);
  for (const org of bundle.organizations) {
    if (org.country === "country:VN") {
      vietnamese.add(org.id);
    }
  }

  for (const country of bundle.countries) {
    node(country.id, ["Country"], {
      code: country.code,
      // Every place carries the code of its country, a country its own: one filter fits all.
      countryCode: country.code,
      alpha3: country.alpha3,
      nameVi: country.nameVi,
      nameEn: country.nameEn,
      officialNameVi: country.officialNameVi ?? null,
      officialNameEn: country.officialNameEn ?? null,
      ...names(
        country.aliases,
        country.nameVi,
        country.nameEn,
        country.officialNameVi,
        country.officialNameEn,
      ),
    });
  }

  for (const province of bundle.provinces) {
    node(province.id, ["Province"], {
      nameVi: province.nameVi,
      nameEn: province.nameEn,
      kind: province.kind,
      era: province.era,
      isoCode: province.isoCode,
      officialCode: province.officialCode,
      seat: province.seat ?? null,
      note: province.note ?? null,
      // The day a unit began or ceased to exist, where the 2025 reform set it.
      validFrom: province.era === "POST_2025" ? REFORM_2025_EFFECTIVE_ON : null,
      validUntil: province.mergedOn ?? null,
      ...names(province.aliases, province.nameVi, province.nameEn),
    });
    relate("PART_OF", province.id, "country:VN");
    if (province.mergedInto && province.mergedOn) {
      relate("MERGED_INTO", province.id, province.mergedInto, {
        effectiveOn: province.mergedOn,
        basis: MERGER_BASIS,
      });
    }
  }

  for (const locality of bundle.localities) {
    node(locality.id, ["ForeignLocality"], {
      kind: locality.kind,
      isoCode: locality.isoCode,
      countryCode: locality.country.slice("country:".length),
      nameEn: locality.nameEn,
      nameVi: locality.nameVi ?? null,
      nameLocal: locality.nameLocal ?? null,
      note: locality.note ?? null,
      ...names(locality.aliases, locality.nameVi, locality.nameEn, locality.nameLocal),
    });
    relate("PART_OF", locality.id, locality.partOf ?? locality.country);
  }

  const mentions = new Map(bundle.groupMentions.map((mention) => [mention.record.id, mention.record]));
  for (const group of bundle.groups) {
    const mention = mentions.get(group.id);
    node(group.id, ["LocalityGroup"], {
      nameVi: group.nameVi,
      nameEn: group.nameEn,
      countryCode: group.country.slice("country:".length),
      membershipNote: group.membershipNote ?? null,
      ...names(group.aliases, group.nameVi, group.nameEn, mention?.nameVi),
    });
    relate("PART_OF", group.id, group.country);
    for (const member of group.members) {
      // Members are reference data: no article in the corpus names them.
      relate("MEMBER_OF", member.locality, group.id, {
        certainty: "INFERRED",
        referenceData: true,
        basis: member.basis,
      });
    }
  }
  for (const { record } of bundle.groupMentions) {
    for (const count of record.statedCounts) {
      relate(
        "EVIDENCED_BY",
        record.id,
        count.source,
        { quote: count.quote, statedCount: count.value, statedCountText: count.text },
        hash(count.quote),
      );
    }
  }

  for (const source of bundle.sources) {
    node(source.id, ["Source"], {
      fileName: source.fileName,
      title: source.title ?? null,
      publisher: source.publisher ?? null,
      publishedOn: source.publishedOn,
      author: source.author ?? null,
      url: source.url ?? null,
      ...period(source.period),
    });
    relate("REPORTS_ON", source.id, source.about);
  }

  for (const org of bundle.organizations) {
    node(org.id, ["Organization"], {
      nameVi: org.nameVi ?? null,
      nameEn: org.nameEn,
      kind: org.kind,
      countryCode: org.country?.slice("country:".length) ?? null,
      ...names(org.aliases, org.nameVi, org.nameEn),
    });
    const place = org.province ?? org.locality ?? org.country;
    if (place) {
      relate("BASED_IN", org.id, place);
    }
    evidence(org.id, org.evidence);
  }

  for (const doc of bundle.policyDocuments) {
    node(doc.id, ["PolicyDocument"], {
      number: doc.number ?? null,
      kind: doc.kind,
      issuer: doc.issuer ?? null,
      issuedOn: doc.issuedOn,
      title: doc.title ?? null,
      ...names([], doc.number, doc.title),
    });
    evidence(doc.id, doc.evidence);
  }

  for (const { record: fact } of bundle.facts) {
    addFact(builder, fact, vietnamese);
  }
  return builder.plan();
}

function addFact(builder: PlanBuilder, fact: FactRecord, vietnamese: ReadonlySet<string>): void {
  const { node, relate, evidence } = builder;
  if (fact.type === "Citation") {
    relate(
      "CITES",
      fact.from,
      fact.document,
      {
        certainty: fact.certainty,
        inference: fact.inference ?? null,
        sources: fact.evidence.map((item) => item.source),
        quotes: fact.evidence.map((item) => item.quote),
      },
      fact.id,
    );
    return;
  }
  const figure = (item: Figure, measure: string, index: number) => {
    const figureId = `${fact.id}/figure/${index}`;
    node(figureId, ["Figure"], {
      measure,
      value: item.value,
      unit: item.unit,
      qualifier: item.qualifier,
      text: item.text,
      direction: item.direction ?? null,
      nature: item.nature ?? null,
    });
    relate("HAS_FIGURE", fact.id, figureId);
  };
  node(fact.id, ["Fact", fact.type], factProperties(fact));
  evidence(fact.id, fact.evidence);
  for (const { id, role } of participations(fact)) {
    relate(vietnamese.has(id) ? "ACTOR" : "PARTNER", fact.id, id, { role }, role);
  }
  switch (fact.type) {
    case "Agreement":
      if (fact.count) {
        figure({ ...fact.count, unit: "agreements" }, "count", 0);
      }
      break;
    case "Delegation": {
      if (fact.delegations) figure(fact.delegations, "delegations", 0);
      if (fact.people) figure(fact.people, "people", 1);
      if (fact.partOf) relate("PART_OF", fact.id, fact.partOf);
      break;
    }
    case "Programme":
      for (const [index, item] of fact.figures.entries()) {
        figure(item, "figure", index);
      }
      break;
    case "Partnership":
      break;
  }
}

function factProperties(
  fact: Exclude<FactRecord, { type: "Citation" }>,
): Record<string, PropertyValue | undefined> {
  const common = {
    factType: fact.type,
    contentKey: factContentKey(fact),
    status: fact.status,
    description: fact.description ?? null,
    sectors: fact.sectors,
    certainty: fact.certainty,
    inference: fact.inference ?? null,
    ...period(fact.period ?? null),
  };
  switch (fact.type) {
    case "Agreement":
      return { ...common, kind: fact.kind, title: fact.title ?? null, signedOn: fact.signedOn ?? null };
    case "Delegation":
      return { ...common, kind: fact.direction, direction: fact.direction, purpose: fact.purpose ?? null };
    case "Programme":
      return { ...common, kind: fact.kind, name: fact.name ?? null, ...names([], fact.name) };
    case "Partnership":
      return { ...common, kind: fact.kind };
  }
}

function period(value: Period | null): Record<string, PropertyValue> {
  return {
    periodStart: value?.start ?? null,
    periodEnd: value?.end ?? null,
    periodPrecision: value?.precision ?? null,
    periodTakenFrom: value?.takenFrom ?? null,
    periodBasis: value?.basis ?? null,
  };
}

/** Aliases as stored, plus the text the full-text index searches: every name, alias and search key. */
export function names(
  aliases: string[],
  ...otherNames: Array<string | null | undefined>
): Record<string, PropertyValue> {
  const all = [...otherNames.filter((name): name is string => Boolean(name)), ...aliases];
  return {
    aliases,
    searchKeys: searchKeys(all),
    searchText: [...new Set([...all, ...searchKeys(all)])].join(" | "),
  };
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

function withoutUndefined(props: Record<string, PropertyValue | undefined>): Record<string, PropertyValue> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined)) as Record<
    string,
    PropertyValue
  >;
}
