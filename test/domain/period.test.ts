import { periodProblem } from "../../src/domain/period";

describe("periodProblem", () => {
  it.each([
    ["the year 2015", { start: "2015-01-01", end: "2015-12-31", precision: "YEAR" as const }],
    [
      "2017 and the first 4 months of 2018",
      { start: "2017-01-01", end: "2018-04-30", precision: "MONTH" as const },
    ],
    ["February of a leap year", { start: "2016-02-01", end: "2016-02-29", precision: "MONTH" as const }],
    ["a single day", { start: "2017-02-28", end: "2017-02-28", precision: "DAY" as const }],
    ["an open start", { start: null, end: "2023-12-31", precision: "YEAR" as const }],
  ])("accepts %s", (_name, period) => {
    expect(periodProblem(period)).toBeNull();
  });

  it.each([
    [
      { start: "2018-01-01", end: "2017-12-31", precision: "YEAR" as const },
      "ends (2017-12-31) before it starts (2018-01-01)",
    ],
    [
      { start: "2015-03-01", end: "2015-12-31", precision: "YEAR" as const },
      "a YEAR period starts on the first day of its year",
    ],
    [
      { start: "2018-01-01", end: "2018-04-29", precision: "MONTH" as const },
      "a MONTH period ends on the last day of its month",
    ],
    [{ start: null, end: null, precision: "DAY" as const }, "needs a start or an end"],
  ])("rejects %j: %s", (period, message) => {
    expect(periodProblem(period)).toContain(message);
  });
});
