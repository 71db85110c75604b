import { useHttpServer } from "../../support/http-server";
import { useTestDatabase } from "../../support/test-neo4j";

const NODES = 100_000;

describe("streaming a large export over HTTP", () => {
  const db = useTestDatabase();
  const http = useHttpServer(db);

  /** The export transactions Neo4j is running now (the executor names each transaction's operation). */
  async function runningExports(): Promise<number> {
    const result = await db.executor.read("test", (tx) =>
      tx.run("SHOW TRANSACTIONS YIELD metaData WHERE metaData.operation = 'export' RETURN count(*) AS count"),
    );
    return result.records[0]?.get("count");
  }

  async function until(condition: () => Promise<boolean>): Promise<void> {
    for (let attempt = 0; attempt < 100 && !(await condition()); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it("sends 100,000 nodes as Neo4j returns them, holding the transaction open only while the client reads", async () => {
    await db.executor.write("test", (tx) =>
      tx.run(
        `UNWIND range(1, $count) AS i
         CREATE (:Entity {id: 'probe:' + right('00000' + i, 6), note: 'a line of text to give each row weight'})`,
        { count: NODES },
      ),
    );

    // A client that reads everything gets every node, counted as the bytes stream by.
    const started = Date.now();
    const full = await fetch(`${http.server.url}/export?format=csv-nodes`);
    let rows = 0;
    const decoder = new TextDecoder();
    for await (const chunk of full.body as unknown as AsyncIterable<Uint8Array>) {
      rows += decoder.decode(chunk, { stream: true }).split("\r\n").length - 1;
    }
    expect(rows).toBe(NODES + 1);
    const wholeExportMs = Date.now() - started;

    // A client that reads one chunk and waits longer than a whole export takes: the transaction is
    // still open, so rows are produced only as the client takes them, never buffered whole.
    const slow = new AbortController();
    const response = await fetch(`${http.server.url}/export?format=graphml`, { signal: slow.signal });
    const reader = response.body?.getReader();
    expect((await reader?.read())?.done).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, wholeExportMs + 1000));
    expect(await runningExports()).toBe(1);

    // When the client goes away, the export stops and its transaction closes.
    slow.abort();
    await until(async () => (await runningExports()) === 0);
    expect(await runningExports()).toBe(0);
  });
});
