import { AppError, ErrorCode } from "../../../src/shared/errors";
import { useHttpServer } from "../../support/http-server";
import { useSeededDatabase } from "../../support/seeded-database";
import { exportText, readGraphML } from "./export-support";

/** Only requests with this header may read; a stand-in for the real access check. */
async function authorizeRead(req: { headers: Record<string, unknown> }): Promise<null> {
  if (req.headers.authorization === "Bearer broken") {
    throw new Error("the access check itself failed");
  }
  if (req.headers.authorization !== "Bearer reader") {
    throw new AppError(ErrorCode.UNAUTHENTICATED, "Sign in to export the graph.");
  }
  return null;
}

describe("GET /export", () => {
  const db = useSeededDatabase();
  const http = useHttpServer(db, { authorizeRead });

  const get = (query: string, authorization = "Bearer reader") =>
    fetch(`${http.server.url}/export?${query}`, { headers: { authorization } });

  it.each([
    ["graphml", "application/graphml+xml; charset=utf-8", "vn-relations-graph.graphml"],
    ["csv-nodes", "text/csv; charset=utf-8; header=present", "vn-relations-graph-nodes.csv"],
    ["csv-edges", "text/csv; charset=utf-8; header=present", "vn-relations-graph-edges.csv"],
    ["json", "application/json; charset=utf-8", "vn-relations-graph.json"],
  ] as const)(
    "streams the whole graph as %s, with its media type and file name",
    async (format, type, file) => {
      const response = await get(`format=${format}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(type);
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename=${file}`);
      // Streamed: sent in chunks as the rows come, its length unknown when the first byte left.
      expect(response.headers.get("transfer-encoding")).toBe("chunked");
      expect(response.headers.get("content-length")).toBeNull();
      expect(await response.text()).toBe(await exportText(db.executor, format));
    },
  );

  it("honours the filters, and names the file after them", async () => {
    const response = await get("format=json&province=province:son-la&country=la&from=2018-01-01");
    expect(response.headers.get("content-disposition")).toBe(
      "attachment; filename=vn-relations-graph-son-la-LA-from-2018-01-01.json",
    );
    const expected = await exportText(db.executor, "json", {
      province: "province:son-la",
      country: "LA",
      from: "2018-01-01",
    });
    expect(await response.text()).toBe(expected);
    expect(expected).not.toBe(await exportText(db.executor, "json"));

    const rolledUp = await get("format=graphml&province=province:tay-ninh-2025&rollUpMerged=true");
    const graph = readGraphML(await rolledUp.text());
    expect(graph.nodes.map((node) => node.id)).toContain("province:long-an");
  });

  it.each([
    ["format=xml", "format", 'format must be one of graphml, csv-nodes, csv-edges, json (got "xml")'],
    ["", "format", "format must be one of graphml, csv-nodes, csv-edges, json"],
    [
      "format=json&from=2017-13-01",
      "from",
      'from must be a date as YYYY-MM-DD (got "2017-13-01", which is no such day)',
    ],
    [
      "format=json&country=Laos",
      "country",
      'country must be an ISO 3166-1 alpha-2 code such as LA (got "Laos")',
    ],
    [
      "format=json&province=son-la",
      "province",
      'province must be a province id such as province:son-la (got "son-la")',
    ],
    ["format=json&rollUpMerged=yes", "rollUpMerged", 'rollUpMerged must be true or false (got "yes")'],
    ["format=json&format=csv-nodes", "format", "format must be given once, as a plain value"],
    [
      "format=json&provnce=province:son-la",
      "provnce",
      'Unknown parameter "provnce"; the parameters are format, province, country, from, to, rollUpMerged',
    ],
  ])("rejects %j with BAD_USER_INPUT naming %s", async (query, _parameter, message) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message, extensions: { code: "BAD_USER_INPUT" } }] });
  });

  it("answers 404 NOT_FOUND with the closest ids for a province that does not exist, not an empty file", async () => {
    const response = await get("format=json&province=province:son-lla");
    expect(response.status).toBe(404);
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    const [error] = body.errors;
    expect(error?.extensions.code).toBe("NOT_FOUND");
    expect(error?.message).toContain('Argument "province": "province:son-lla" names nothing');
    expect(error?.message).toContain('Did you mean "province:son-la"');
  });

  it("asks authorizeRead first: a rejected request gets 401 UNAUTHENTICATED, even with bad parameters", async () => {
    for (const query of ["format=json", "format=xml"]) {
      const response = await get(query, "Bearer stranger");
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        errors: [{ message: "Sign in to export the graph.", extensions: { code: "UNAUTHENTICATED" } }],
      });
    }
  });

  it("answers 500 without details when the access check fails unexpectedly", async () => {
    const response = await get("format=json", "Bearer broken");
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
    });
  });
});
