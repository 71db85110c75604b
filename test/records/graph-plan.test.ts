import { planGraph } from "../../src/records/graph-plan";
import { readRecordFolder } from "../../src/records/record-files";
import { SEED_DIR } from "../../src/shared/paths";

describe("planGraph over the curated seed files", () => {
  const plan = planGraph(readRecordFolder(SEED_DIR));
  const nodes = new Map(plan.nodes.map((node) => [node.id, node]));
  const from = (id: string, type: string) =>
    plan.relationships.filter((rel) => rel.from === id && rel.type === type);

  it("gives every node the Entity label and a unique id", () => {
    expect(new Set(plan.nodes.map((node) => node.id)).size).toBe(plan.nodes.length);
    for (const node of plan.nodes) {
      expect(node.labels[0]).toBe("Entity");
    }
  });

  it("keys every relationship so that loading twice creates nothing new", () => {
    const keys = plan.relationships.map((rel) => `${rel.from}|${rel.type}|${rel.to}|${rel.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("links the Vietnamese side of a fact as ACTOR and the foreign side as PARTNER, with roles", () => {
    const incoming = plan.nodes.find(
      (node) => node.props.factType === "Delegation" && node.props.direction === "INCOMING",
    );
    expect(incoming).toBeDefined();
    const id = incoming?.id ?? "";
    for (const actor of from(id, "ACTOR")) {
      expect(actor.props.role).toBe("HOST");
      expect(nodes.get(actor.to)?.labels).toEqual(
        expect.arrayContaining([expect.stringMatching(/Province|Organization/)]),
      );
    }
    for (const partner of from(id, "PARTNER")) {
      expect(partner.props.role).toBe("VISITOR");
    }
  });

  it("cites at least one quote for every fact, organisation and policy document", () => {
    const cited = plan.nodes.filter((node) =>
      node.labels.some((label) => ["Fact", "Organization", "PolicyDocument"].includes(label)),
    );
    for (const node of cited) {
      expect(from(node.id, "EVIDENCED_BY").length).toBeGreaterThan(0);
    }
  });

  it("marks group members as inferred reference data", () => {
    const memberships = plan.relationships.filter((rel) => rel.type === "MEMBER_OF");
    expect(memberships.length).toBeGreaterThan(0);
    for (const membership of memberships) {
      expect(membership.props).toMatchObject({ certainty: "INFERRED", referenceData: true });
    }
  });

  it("links every unit that ceased in 2025 to its successor, dated 2025-07-01", () => {
    const mergers = plan.relationships.filter((rel) => rel.type === "MERGED_INTO");
    expect(mergers).toHaveLength(52);
    for (const merger of mergers) {
      expect(merger.props.effectiveOn).toBe("2025-07-01");
      expect(nodes.get(merger.to)?.props.era).toBe("POST_2025");
    }
  });

  it("indexes every name, alias and diacritic-free key for search", () => {
    const oudomxay = nodes.get("locality:la-oudomxay");
    expect(oudomxay?.props.searchText).toEqual(expect.stringContaining("U Đôm Xay"));
    expect(oudomxay?.props.searchKeys).toEqual(expect.arrayContaining(["u dom xay", "oudomxay"]));
  });
});
