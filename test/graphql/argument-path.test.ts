import { argumentPathAt } from "../../src/graphql/argument-path";

describe("argumentPathAt", () => {
  const document = '{ facts(filter: { period: { from: "2017-13-01" } }, first: 3) { totalCount } }';

  it("names the argument and the input fields a literal sits in", () => {
    expect(argumentPathAt(document, document.indexOf('"2017-13-01"'))).toBe("filter.period.from");
    expect(argumentPathAt(document, document.indexOf("3)"))).toBe("first");
  });

  it("answers null where no literal starts, or for a document that does not parse", () => {
    expect(argumentPathAt(document, 0)).toBeNull();
    expect(argumentPathAt("{ facts(", 3)).toBeNull();
  });
});
