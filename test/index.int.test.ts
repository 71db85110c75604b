import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { planGraph } from "../src/records/graph-plan";
import { readRecordFolder } from "../src/records/record-files";
import { PROJECT_ROOT, SEED_DIR } from "../src/shared/paths";
import { isPortOpen } from "../tools/neo4j/launcher";
import { TEST_NEO4J_OPTIONS } from "./support/test-neo4j";

/**
 * `npm start` as a user runs it: the built entry point (npm test builds it first) in its own process.
 * These tests use a Neo4j port and data folder of their own, apart from the shared test Neo4j.
 */
const ENTRY = join(PROJECT_ROOT, "dist", "src", "index.js");
const PROCESS_NEO4J_PORT = TEST_NEO4J_OPTIONS.port + 1;

interface Started {
  child: ChildProcess;
  url: string;
  exit: Promise<number | null>;
}

function run(env: Record<string, string | undefined>): {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
} {
  const child = spawn(process.execPath, [ENTRY], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH,
      JAVA_HOME: process.env.JAVA_HOME,
      HOME: process.env.HOME,
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

async function startServer(env: Record<string, string>, withinMs = 180_000): Promise<Started> {
  const process = run(env);
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    const ready = /GraphQL API ready at (http:\/\/\S+)\/graphql/.exec(process.stdout());
    if (ready?.[1]) {
      return { child: process.child, url: ready[1], exit: process.exit };
    }
    if (process.child.exitCode !== null) {
      throw new Error(`server exited early: ${process.stderr()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.child.kill("SIGKILL");
  throw new Error(`server did not become ready: ${process.stderr()}`);
}

async function failure(
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; lines: string[] }> {
  const process = run(env);
  const code = await process.exit;
  return { code, lines: process.stderr().trim().split("\n") };
}

async function nodeCount(url: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ databaseInfo { nodeCount } }" }),
  });
  const body = (await response.json()) as { data: { databaseInfo: { nodeCount: number } } };
  return body.data.databaseInfo.nodeCount;
}

async function occupyPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as { port: number }).port };
}

describe("npm start", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "neo4j-process-"));
  const localEnv = { LOCAL_NEO4J_PORT: String(PROCESS_NEO4J_PORT), LOCAL_NEO4J_DATA_DIR: dataDir, PORT: "0" };

  it("serves the seed graph from a Neo4j it starts, stops that Neo4j on SIGTERM, and finds the data again on restart", async () => {
    const first = await startServer(localEnv);
    const seeded = await nodeCount(first.url);
    expect(seeded).toBe(planGraph(readRecordFolder(SEED_DIR)).nodes.length);

    const driver = neo4j.driver(`bolt://127.0.0.1:${PROCESS_NEO4J_PORT}`);
    await driver.executeQuery("CREATE (:Probe {note: 'kept across restarts'})");
    await driver.close();

    first.child.kill("SIGTERM");
    expect(await first.exit).toBe(0);
    expect(await isPortOpen(PROCESS_NEO4J_PORT)).toBe(false);

    const second = await startServer(localEnv);
    try {
      expect(await nodeCount(second.url)).toBe(seeded + 1);
    } finally {
      second.child.kill("SIGTERM");
      expect(await second.exit).toBe(0);
    }
    expect(await isPortOpen(PROCESS_NEO4J_PORT)).toBe(false);
  });

  it("starts on a machine whose cores are all busy with a 1 s request timeout: schema and seed load have their own", async () => {
    // One busy loop per core, as another job would; they run until the server is ready.
    const busy = Array.from({ length: availableParallelism() }, () =>
      spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }),
    );
    let server: Started | undefined;
    try {
      server = await startServer(
        {
          ...localEnv,
          LOCAL_NEO4J_DATA_DIR: mkdtempSync(join(tmpdir(), "neo4j-busy-")),
          NEO4J_TRANSACTION_TIMEOUT_MS: "1000",
        },
        540_000,
      );
    } finally {
      for (const loop of busy) {
        loop.kill("SIGKILL");
      }
    }
    // Counted straight from Neo4j: the point is the seed load, and a request of the still-busy
    // machine may well need more than the 1 s this server gives requests.
    const driver = neo4j.driver(`bolt://127.0.0.1:${PROCESS_NEO4J_PORT}`);
    try {
      const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) AS nodes");
      expect(records[0]?.get("nodes").toNumber()).toBe(planGraph(readRecordFolder(SEED_DIR)).nodes.length);
    } finally {
      await driver.close();
      server.child.kill("SIGTERM");
      expect(await server.exit).toBe(0);
    }
  }, 600_000);

  it("uses the Neo4j named by NEO4J_URI and starts none of its own", async () => {
    const server = await startServer({
      NEO4J_URI: `bolt://127.0.0.1:${TEST_NEO4J_OPTIONS.port}`,
      LOCAL_NEO4J_PORT: String(PROCESS_NEO4J_PORT),
      PORT: "0",
    });
    try {
      expect(await nodeCount(server.url)).toBeGreaterThanOrEqual(0);
      expect(await isPortOpen(PROCESS_NEO4J_PORT)).toBe(false);
    } finally {
      server.child.kill("SIGTERM");
      expect(await server.exit).toBe(0);
    }
  });

  it("fails with one clear line when NEO4J_URI points at nothing", async () => {
    expect(await failure({ NEO4J_URI: "bolt://127.0.0.1:1" })).toEqual({
      code: 1,
      lines: [expect.stringMatching(/^Start-up failed: Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1: /)],
    });
  });

  it("fails with one clear line when NEO4J_URI is not a Neo4j URI", async () => {
    expect(await failure({ NEO4J_URI: "http://localhost:7474" })).toEqual({
      code: 1,
      lines: [expect.stringMatching(/^Start-up failed: Invalid configuration: NEO4J_URI: must be a URI/)],
    });
  });

  it("fails with one clear line when the HTTP port is busy", async () => {
    const { server, port } = await occupyPort();
    try {
      const result = await failure({
        NEO4J_URI: `bolt://127.0.0.1:${TEST_NEO4J_OPTIONS.port}`,
        PORT: String(port),
      });
      expect(result).toEqual({
        code: 1,
        lines: [`Start-up failed: HTTP port ${port} on 127.0.0.1 is already in use; free it or set PORT.`],
      });
    } finally {
      server.close();
    }
  });

  it("fails with one clear line when the local Neo4j port is busy", async () => {
    const { server, port } = await occupyPort();
    try {
      const result = await failure({ ...localEnv, LOCAL_NEO4J_PORT: String(port) });
      expect(result).toEqual({
        code: 1,
        lines: [
          `Start-up failed: Port ${port} on 127.0.0.1 is already in use by another process; free it or set LOCAL_NEO4J_PORT.`,
        ],
      });
    } finally {
      server.close();
    }
  });

  it("fails with one clear line when Java is missing", async () => {
    const noJava = mkdtempSync(join(tmpdir(), "no-java-"));
    const result = await failure({ ...localEnv, PATH: noJava, JAVA_HOME: undefined });
    expect(result).toEqual({
      code: 1,
      lines: [
        expect.stringMatching(/^Start-up failed: Java was not found \(no JAVA_HOME, no java on PATH\)/),
      ],
    });
  });
});
