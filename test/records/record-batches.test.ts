import { recordBatches } from "../../src/records/record-batches";
import type { LocalityRecord } from "../../src/records/record-format";
import { buildSynthGraph } from "../../src/synth/synth-load";

const SIZE = 50;

/** A synthetic bundle (sources, places, organisations, facts) and a city listed before its province. */
function bundleWithNestedPlaces() {
  const graph = buildSynthGraph({ relationships: 3_000, seed: 7 });
  const place = (id: string, partOf: string | null): LocalityRecord => ({
    id,
    country: "country:LA",
    kind: partOf ? "CITY" : "PROVINCE",
    isoCode: null,
    nameEn: id,
    nameVi: null,
    nameLocal: null,
    partOf,
    aliases: [],
    note: null,
  });
  const localities = [place("locality:test-city", "locality:test-province"), ...graph.bundle.localities];
  localities.push(place("locality:test-province", null));
  return { bundle: { ...graph.bundle, localities }, vietnamese: graph.vietnamese };
}

describe("recordBatches: an import's records cut into transactions", () => {
  const { bundle, vietnamese } = bundleWithNestedPlaces();
  const batches = [...recordBatches(bundle, vietnamese, SIZE)];

  it("puts at most `size` records in a batch, what the facts rest on included", () => {
    expect(bundle.sources.length).toBeGreaterThan(SIZE);
    for (const batch of batches) {
      expect(batch.records.length).toBeLessThanOrEqual(SIZE);
    }
  });

  it("writes every record once", () => {
    const written = batches.flatMap((batch) => batch.plan.nodes.map((node) => node.id));
    expect(new Set(written).size).toBe(written.length);
    const records = [...bundle.sources, ...bundle.localities, ...bundle.organizations];
    const ids = [...records.map((record) => record.id), ...bundle.facts.map(({ record }) => record.id)];
    const stored = new Set(written);
    expect(ids.filter((id) => !stored.has(id))).toEqual([]);
  });

  it("links only to nodes of the same or an earlier batch, or to nodes already stored", () => {
    const batchOf = new Map<string, number>();
    batches.forEach((batch, index) => {
      for (const node of batch.plan.nodes) batchOf.set(node.id, index);
    });
    const late = batches.flatMap((batch, index) =>
      batch.plan.relationships
        .filter((rel) => (batchOf.get(rel.from) ?? -1) > index || (batchOf.get(rel.to) ?? -1) > index)
        .map((rel) => `${rel.from} -${rel.type}-> ${rel.to}`),
    );
    expect(late).toEqual([]);
    expect(batchOf.get("locality:test-province")).toBeLessThanOrEqual(
      batchOf.get("locality:test-city") as number,
    );
  });
});
