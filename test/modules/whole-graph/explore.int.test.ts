import { executeText } from "../../support/graphql";
import { useSeededDatabase } from "../../support/seeded-database";

describe("explore", () => {
  const db = useSeededDatabase();
  it("prints", async () => {
    const q = async (s: string) =>
      console.log(s.slice(0, 80), JSON.stringify(await executeText(db.executor, s), null, 0));
    await q(`{ facts(filter: {participants: ["country:LA"]}, first: 100) { totalCount nodes { id kind } } }`);
    await q(`{ facts(filter: {certainty: [INFERRED]}, first: 3) { totalCount pageInfo { endCursor } } }`);
    await q(`{ facts(filter: {participants: ["province:son-lla"]}) { totalCount } }`);
    await q(`{ facts(filter: {countries: ["la"], period: {undated: ONLY}}) { totalCount } }`);
    await q(
      `{ factStats(groupBy: [COUNTRY], orderBy: {measure: PROVINCES}) { totalBuckets rows { keys { key label } facts provinces partners countries sums { unit total facts } } } }`,
    );
    await q(
      `{ factStats(groupBy: [YEAR, KIND], filter: {participants: ["province:long-an"]}) { totalBuckets rows { keys { key label } facts } } }`,
    );
    await q(`{ factStats(groupBy: [SOURCE]) { rows { keys { key label } facts provinces } } }`);
    await q(`{ facts(filter: {period: {from: "2017-13-01"}}) { totalCount } }`);
  });
});
