import { factContentKey } from "../../src/records/content-key";
import { readRecordFolder } from "../../src/records/record-files";
import type { DelegationRecord } from "../../src/records/record-format";
import { SEED_DIR } from "../../src/shared/paths";

const delegation: DelegationRecord = {
  id: "delegation:son-la-incoming-la-test",
  type: "Delegation",
  status: "COMPLETED",
  direction: "INCOMING",
  vietnameseSide: ["province:son-la"],
  foreignSide: ["country:LA"],
  period: { start: "2018-01-01", end: "2018-04-30", precision: "MONTH" },
  sectors: [],
  evidence: [{ source: "source:001", quote: "14 đoàn" }],
  certainty: "STATED",
};

describe("factContentKey", () => {
  it("names one fact alike whatever its id, participant order or wording", () => {
    expect(
      factContentKey({
        ...delegation,
        id: "delegation:another-id",
        foreignSide: ["country:LA", "country:LA"],
        description: "worded otherwise",
      }),
    ).toBe(factContentKey(delegation));
  });

  it.each([
    ["another direction", { direction: "OUTGOING" as const }],
    ["another participant", { foreignSide: ["country:KH"] }],
    ["another period", { period: { start: "2018-01-01", end: "2018-05-31", precision: "MONTH" as const } }],
    ["another source", { evidence: [{ source: "source:002", quote: "14 đoàn" }] }],
    ["another quote", { evidence: [{ source: "source:001", quote: "176 lượt khách" }] }],
  ])("tells apart %s", (_case, change) => {
    expect(factContentKey({ ...delegation, ...change })).not.toBe(factContentKey(delegation));
  });

  it("gives every fact of the seed graph its own key, so the uniqueness constraint holds for it", () => {
    const keys = new Map<string, string>();
    const shared: string[] = [];
    for (const { record } of readRecordFolder(SEED_DIR).facts) {
      if (record.type === "Citation") continue;
      const key = factContentKey(record);
      const other = keys.get(key);
      if (other) shared.push(`${other} = ${record.id}`);
      keys.set(key, record.id);
    }
    expect(shared).toEqual([]);
  });
});
