import {
  BadLinkError,
  EMPTY_VIEW,
  formatViewState,
  parseViewState,
} from "../../../src/explorer/network/view-state";

const CHOICES = { countries: ["LA", "KH"], kinds: ["TRAINING", "AID"], sectors: ["EDUCATION"] };

describe("the explorer's view in a link", () => {
  it("writes the selection, the expanded nodes, every filter and the pane, and reads them back", () => {
    const view = {
      select: "province:son-la",
      expand: ["country:LA", "locality:la-oudomxay"],
      country: "LA",
      kind: "TRAINING",
      sector: "EDUCATION",
      from: "2010",
      to: "2020",
      pane: "map" as const,
    };
    const link = formatViewState(view);
    expect(link).toBe(
      "?select=province:son-la&expand=country:LA&expand=locality:la-oudomxay&country=LA&kind=TRAINING&sector=EDUCATION&from=2010&to=2020&pane=map",
    );
    expect(parseViewState(link, "", CHOICES)).toEqual(view);
  });

  it("leaves empty filters out, so a plain view has a short link", () => {
    expect(formatViewState({ ...EMPTY_VIEW, select: "country:LA" })).toBe("?select=country:LA");
    expect(formatViewState(EMPTY_VIEW)).toBe("");
  });

  it("still opens the older links that named the selection after #", () => {
    expect(parseViewState("", "#province%3Ason-la", CHOICES)).toEqual({
      ...EMPTY_VIEW,
      select: "province:son-la",
    });
  });

  it.each([
    ["?select=province:son-la&kind=NOPE", "kind", "NOPE"],
    ["?country=FR", "country", "FR"],
    ["?sector=education", "sector", "education"],
    ["?from=20x0", "from", "20x0"],
    ["?to=99", "to", "99"],
    ["?pane=table", "pane", "table"],
  ])("refuses %s, naming the parameter and the value", (search, parameter, value) => {
    expect(() => parseViewState(search, "", CHOICES)).toThrow(BadLinkError);
    try {
      parseViewState(search, "", CHOICES);
    } catch (error) {
      expect(error).toMatchObject({ parameter, value });
    }
  });
});
