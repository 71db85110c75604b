import { filterParams, isUnfiltered } from "../../src/domain/filters";

describe("a fact filter's parameters", () => {
  it("name the one fact type its kinds and types leave, whose label Neo4j checks before any property", () => {
    expect(filterParams({ kinds: ["TRAINING"] }).factLabel).toBe("Programme");
    expect(filterParams({ kinds: ["INCOMING"] }).factLabel).toBe("Delegation");
    expect(filterParams({ kinds: ["MOU", "CONTRACT"] }).factLabel).toBe("Agreement");
    expect(filterParams({ types: ["Partnership"] }).factLabel).toBe("Partnership");
    expect(filterParams({ kinds: ["TWINNING"], types: ["Partnership"] }).factLabel).toBe("Partnership");
  });

  it("name no label when the filter leaves several types, or asks nothing of types", () => {
    // TWINNING is a kind of agreement and of partnership; OTHER is a kind of three types.
    for (const filter of [
      { kinds: ["TWINNING"] },
      { kinds: ["OTHER"] },
      { kinds: ["MOU", "TRAINING"] },
      {},
    ]) {
      expect(filterParams(filter).factLabel).toBeNull();
    }
    expect(filterParams(null).factLabel).toBeNull();
  });

  it("leave an empty filter unfiltered", () => {
    expect(isUnfiltered({})).toBe(true);
    expect(isUnfiltered({ kinds: ["TRAINING"] })).toBe(false);
  });
});
