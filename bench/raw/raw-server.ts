import { join } from "node:path";
import express from "express";
import neo4j, { type Driver, type Record as Neo4jRecord } from "neo4j-driver";
import { namedStatement, readNamedStatements } from "../../src/db/cypher-files";
import { PROJECT_ROOT } from "../../src/shared/paths";
import { type BenchServer, listen } from "../servers";

const STATEMENTS = readNamedStatements(join(PROJECT_ROOT, "bench", "raw", "raw-questions.cypher"));

export const rawStatement = (name: string): string => namedStatement(STATEMENTS, name);

/** Each question's records, shaped as a JSON answer like the GraphQL ones. */
const ANSWERS: Record<string, (records: Neo4jRecord[], variables: Record<string, unknown>) => unknown> = {
  mission: (records) => ({
    totalCount: records[0]?.get("totalCount") ?? 0,
    partners: records.map((record) => record.get("partner")),
  }),
  fixed: (records) => ({ partners: records.map((record) => record.get("partner")) }),
  nested: (records) => ({ provinces: records.map((record) => record.toObject()) }),
  dashboard: (records) => records[0]?.toObject() ?? null,
  search: (records) => ({ hits: records.map((record) => record.get("hit")) }),
  path: (records) => ({ paths: records.map((record) => record.toObject()) }),
  page: (records, variables) => {
    const { totalCount, page } = records[0]?.toObject() ?? { totalCount: 0, page: [] };
    const first = Number(variables.limit) - 1;
    return { totalCount, hasNextPage: page.length > first, nodes: page.slice(0, first) };
  },
};

/**
 * Hand-written Cypher over neo4j-driver behind the same HTTP/JSON hop as the GraphQL servers:
 * `POST /raw {"question", "variables"}` runs that question's one statement as an auto-commit read
 * (one message to the server, as our API's reads), with the same timeout as the other ways'.
 */
export async function startRawServer(options: {
  driver: Driver;
  database: string;
  transactionTimeoutMs: number;
  host: string;
  port: number;
}): Promise<BenchServer> {
  const app = express();
  app.post("/raw", express.json({ limit: "1mb" }), async (req, res) => {
    const { question, variables } = req.body as { question: string; variables: Record<string, unknown> };
    const answer = ANSWERS[question];
    if (!answer) {
      res.status(400).json({ errors: [{ message: `unknown question "${question}"` }] });
      return;
    }
    const session = options.driver.session({
      database: options.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const result = await session.run(rawStatement(question), integers(variables), {
        timeout: options.transactionTimeoutMs,
      });
      res.json({ data: answer(result.records, variables) });
    } catch (error) {
      res.status(500).json({ errors: [{ message: error instanceof Error ? error.message : String(error) }] });
    } finally {
      await session.close();
    }
  });
  return listen(app, options.host, options.port, "/raw");
}

/** JSON numbers that are whole become Cypher integers (LIMIT and date parts need them). */
function integers(variables: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(variables).map(([key, value]) => [
      key,
      typeof value === "number" && Number.isInteger(value) ? neo4j.int(value) : value,
    ]),
  );
}
