import type { GraphPlan } from "./graph-plan";
import { planFact, planGraph } from "./graph-plan";
import { chunks } from "./graph-writer";
import { emptyBundle, type RecordBundle } from "./record-bundle";
import type { FactRecord, LocalityRecord } from "./record-format";

/** What a batch writes, and the records that are nodes, for their audit Changes. */
export interface RecordBatch {
  plan: GraphPlan;
  records: Array<{ id: string }>;
}

/**
 * The plan cut by record, `size` records to a batch, each record whole in one batch. First what the
 * facts rest on, in an order where every reference points into the same or an earlier batch: the
 * gazetteer's countries and provinces, sources, places abroad (a city after its province), groups
 * with their members and stated counts, organisations, documents; then the facts (factOrder). A
 * synthetic graph's tens of thousands of sources and places in one transaction outran the
 * transaction timeout. The streaming import (src/modules/import) cuts its batches the same way.
 */
export function* recordBatches(
  bundle: RecordBundle,
  vietnamese: ReadonlySet<string>,
  size: number,
): Generator<RecordBatch> {
  const { sources, ...rest } = bundle;
  const first = foundationBatch({ countries: bundle.countries, provinces: bundle.provinces }, [], vietnamese);
  if (first.plan.nodes.length > 0) {
    yield first;
  }
  for (const part of chunks(sources, size)) {
    yield foundationBatch({ sources: part }, part, vietnamese);
  }
  yield* foundationBatches(rest, vietnamese, size);
  // Planned as they are asked for: a large bundle's plans at once would take gigabytes.
  for (const facts of chunks(factOrder(bundle.facts.map(({ record }) => record)), size)) {
    yield factBatch(facts, vietnamese);
  }
}

/** The batches of what facts rest on, after the sources: places abroad, groups, organisations, documents. */
export function foundationBatches(
  part: Pick<RecordBundle, "localities" | "groups" | "groupMentions" | "organizations" | "policyDocuments">,
  vietnamese: ReadonlySet<string>,
  size: number,
): RecordBatch[] {
  return [
    ...chunks(parentsFirst(part.localities), size).map((localities) =>
      foundationBatch({ localities }, localities, vietnamese),
    ),
    foundationBatch({ groups: part.groups, groupMentions: part.groupMentions }, [], vietnamese),
    ...chunks(part.organizations, size).map((organizations) =>
      foundationBatch({ organizations }, organizations, vietnamese),
    ),
    ...chunks(part.policyDocuments, size).map((policyDocuments) =>
      foundationBatch({ policyDocuments }, policyDocuments, vietnamese),
    ),
  ].filter((batch) => batch.plan.nodes.length > 0 || batch.plan.relationships.length > 0);
}

export function foundationBatch(
  part: Partial<RecordBundle>,
  records: Array<{ id: string }>,
  vietnamese: ReadonlySet<string>,
): RecordBatch {
  return { plan: planGraph({ ...emptyBundle(), ...part }, vietnamese), records };
}

/** One batch of facts; a citation is a relationship, whose audit is the import run itself. */
export function factBatch(facts: FactRecord[], vietnamese: ReadonlySet<string>): RecordBatch {
  const plans = facts.map((record) => planFact(record, vietnamese));
  return {
    plan: {
      nodes: plans.flatMap((plan) => plan.nodes),
      relationships: plans.flatMap((plan) => plan.relationships),
    },
    records: facts.filter((record) => record.type !== "Citation"),
  };
}

/**
 * Whether a fact waits until the others are written: a delegation that is a share of another
 * (partOf) and a citation (which may cite a fact) may name a fact later in the files.
 */
export function waitsForOtherFacts(fact: FactRecord): boolean {
  return fact.type === "Citation" || (fact.type === "Delegation" && Boolean(fact.partOf));
}

/** Facts in the order they are written: in file order, then those that wait, shares after their whole, citations last. */
export function factOrder(facts: FactRecord[]): FactRecord[] {
  return [
    ...facts.filter((fact) => !waitsForOtherFacts(fact)),
    ...waitingOrder(facts.filter(waitsForOtherFacts)),
  ];
}

/** The facts that wait, in the order they are written. */
export function waitingOrder(waiting: FactRecord[]): FactRecord[] {
  const shares = waiting.filter((fact) => fact.type === "Delegation");
  const byId = new Map(shares.map((fact) => [fact.id, fact]));
  const depth = (fact: FactRecord, steps = 0): number => {
    const parent = fact.type === "Delegation" && fact.partOf ? byId.get(fact.partOf) : undefined;
    return parent && steps < shares.length ? 1 + depth(parent, steps + 1) : 0;
  };
  return [
    ...shares
      .map((fact) => ({ fact, depth: depth(fact) }))
      .sort((a, b) => a.depth - b.depth)
      .map(({ fact }) => fact),
    ...waiting.filter((fact) => fact.type === "Citation"),
  ];
}

/** A locality that is part of another locality of the same files comes after it. */
function parentsFirst(localities: LocalityRecord[]): LocalityRecord[] {
  const byId = new Map(localities.map((locality) => [locality.id, locality]));
  const depth = (locality: LocalityRecord, steps = 0): number => {
    const parent = locality.partOf ? byId.get(locality.partOf) : undefined;
    return parent && steps < localities.length ? 1 + depth(parent, steps + 1) : 0;
  };
  return localities
    .map((locality) => ({ locality, depth: depth(locality) }))
    .sort((a, b) => a.depth - b.depth)
    .map(({ locality }) => locality);
}
