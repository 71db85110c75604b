import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findJava, LocalNeo4j, LocalNeo4jError } from "../../../tools/neo4j/launcher";
import { TEST_NEO4J_OPTIONS, testNeo4j, useTestDatabase } from "../../support/test-neo4j";

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

async function occupyPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as { port: number }).port };
}

describe("the local Neo4j launcher", () => {
  const db = useTestDatabase();

  it("keeps a value written before a restart of Neo4j", async () => {
    await db.executor.write("test", (tx) =>
      tx.run("CREATE (:Probe {note: $note})", { note: "Hội nghị 2015" }),
    );

    const neo4j = testNeo4j();
    expect(await neo4j.stop()).toBe(true);
    expect((await neo4j.status()).running).toBe(false);
    expect(await neo4j.start()).toEqual({ uri: neo4j.uri, started: true });

    const notes = await db.executor.read("test", async (tx) => {
      const result = await tx.run("MATCH (p:Probe) RETURN p.note AS note");
      return result.records.map((record) => record.get("note"));
    });
    expect(notes).toEqual(["Hội nghị 2015"]);
  });

  it("reports the running instance and reuses it instead of starting a second one", async () => {
    const neo4j = testNeo4j();
    expect(await neo4j.status()).toMatchObject({
      running: true,
      port: TEST_NEO4J_OPTIONS.port,
      uri: `bolt://127.0.0.1:${TEST_NEO4J_OPTIONS.port}`,
    });
    expect(await neo4j.start()).toEqual({ uri: neo4j.uri, started: false });
  });

  it("says so when its port is taken by another process", async () => {
    const { server, port } = await occupyPort();
    try {
      const neo4j = new LocalNeo4j({ ...TEST_NEO4J_OPTIONS, port, dataDir: tempDir("neo4j-busy-") });
      await expect(neo4j.start()).rejects.toThrow(
        new LocalNeo4jError(
          `Port ${port} on 127.0.0.1 is already in use by another process; free it or set LOCAL_NEO4J_PORT.`,
        ),
      );
    } finally {
      server.close();
    }
  });

  it("says so when no Java is installed", () => {
    expect(() => findJava({ PATH: tempDir("no-java-") })).toThrow(
      /^Java was not found \(no JAVA_HOME, no java on PATH\)/,
    );
  });

  it("finds Java through JAVA_HOME even when it is not on PATH", () => {
    const settings = spawnSync(findJava(), ["-XshowSettings:properties", "-version"], { encoding: "utf8" });
    const javaHome = /java\.home = (.+)/.exec(settings.stderr)?.[1]?.trim() ?? "";
    expect(findJava({ PATH: tempDir("no-java-"), JAVA_HOME: javaHome })).toBe(join(javaHome, "bin", "java"));
  });

  it("says so when Maven Central cannot be reached to fetch Neo4j", async () => {
    const dir = tempDir("neo4j-offline-");
    const settings = join(dir, "settings.xml");
    // An empty local repository and a mirror on a closed port: the same as Maven Central being unreachable.
    writeFileSync(
      settings,
      `<settings><localRepository>${join(dir, "repository")}</localRepository>
        <mirrors><mirror><id>unreachable</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:1/maven2</url></mirror></mirrors>
      </settings>`,
    );
    const { server, port } = await occupyPort();
    server.close();
    const neo4j = new LocalNeo4j({
      ...TEST_NEO4J_OPTIONS,
      port,
      dataDir: join(dir, "data"),
      buildDir: join(dir, "build"),
      mavenSettings: settings,
    });
    await expect(neo4j.start()).rejects.toThrow(
      /^Could not fetch Neo4j from Maven Central \(mvn exited 1\): /,
    );
  });
});
