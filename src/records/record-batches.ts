import type { GraphPlan } from "./graph-plan";
import { planFact, planGraph } from "./graph-plan";
import { chunks } from "./graph-writer";
import { emptyBundle, type RecordBundle } from "./record-bundle";
import type { LocalityRecord } from "./record-format";

/** What a batch writes, and the records that are nodes, for their audit Changes. */
export interface RecordBatch {
  plan: GraphPlan;
  records: Array<{ id: string }>;
}

/**
 * The plan cut by record, `size` records to a batch, each record whole in one batch. First what the
 * facts rest on, in an order where every reference points into the same or an earlier batch: the
 * gazetteer's countries and provinces, sources, places abroad (a city after its province), groups
 * with their members and stated counts, organisations, documents; then the facts. A synthetic graph's
 * tens of thousands of sources and places in one transaction outran the transaction timeout. The
 * synthetic graph of the benchmarks (src/synth) is written through it too.
 */
export function recordBatches(
  bundle: RecordBundle,
  vietnamese: ReadonlySet<string>,
  size: number,
): RecordBatch[] {
  const foundation = (part: Partial<RecordBundle>, records: Array<{ id: string }>): RecordBatch => ({
    plan: planGraph({ ...emptyBundle(), ...part }, vietnamese),
    records,
  });
  const batches: RecordBatch[] = [
    foundation({ countries: bundle.countries, provinces: bundle.provinces }, []),
    ...chunks(bundle.sources, size).map((sources) => foundation({ sources }, sources)),
    ...chunks(parentsFirst(bundle.localities), size).map((localities) =>
      foundation({ localities }, localities),
    ),
    foundation({ groups: bundle.groups, groupMentions: bundle.groupMentions }, []),
    ...chunks(bundle.organizations, size).map((organizations) =>
      foundation({ organizations }, organizations),
    ),
    ...chunks(bundle.policyDocuments, size).map((policyDocuments) =>
      foundation({ policyDocuments }, policyDocuments),
    ),
  ].filter((batch) => batch.plan.nodes.length > 0 || batch.plan.relationships.length > 0);
  for (const facts of chunks(bundle.facts, size)) {
    const records = facts.map(({ record }) => record);
    const plans = records.map((record) => planFact(record, vietnamese));
    batches.push({
      plan: {
        nodes: plans.flatMap((plan) => plan.nodes),
        relationships: plans.flatMap((plan) => plan.relationships),
      },
      // A citation is a relationship: the import's ImportRun is its audit.
      records: records.filter((record) => record.type !== "Citation"),
    });
  }
  return batches;
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
