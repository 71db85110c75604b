import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { delimiter, join, resolve } from "node:path";
import { PROJECT_ROOT } from "../../src/shared/paths";

/**
 * Runs Neo4j Community on this machine without an installed Neo4j or Docker: Maven brings the engine's
 * jars from Maven Central (tools/neo4j/pom.xml), and a small Java main starts it with Bolt on loopback.
 * One launcher per data folder; its pid file lets another command find, reuse or stop it.
 */

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Folder holding the store, Neo4j's logs, the pid file and the process output. */
  dataDir: string;
  /** JVM heap, e.g. "1g". */
  heap: string;
  /** Neo4j page cache in MiB. */
  pageCacheMiB: number;
  /** How long to wait for Bolt to answer before giving up. */
  startTimeoutMs: number;
  /** Where Maven builds the launcher and copies the jars; defaults to tools/neo4j/target. */
  buildDir?: string;
  /** A Maven settings.xml, e.g. for a corporate mirror of Maven Central. */
  mavenSettings?: string;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  port?: number;
  uri?: string;
}

/** A failure the user can act on; its message is one line that says what is wrong. */
export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
}

const TOOL_DIR = join(PROJECT_ROOT, "tools", "neo4j");
const MAIN_CLASS = "org.vnrelations.localneo4j.LocalNeo4j";
const READY_LINE = "LOCAL_NEO4J_READY";
const STOP_TIMEOUT_MS = 60_000;

// Neo4j's own start script opens these modules on Java 17+; without them some internals log warnings or fail.
const JVM_MODULE_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/java.util=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
];

interface PidFile {
  pid: number;
  port: number;
}

export class LocalNeo4j {
  private readonly dataDir: string;
  private readonly buildDir: string;

  constructor(private readonly options: LocalNeo4jOptions) {
    this.dataDir = resolve(options.dataDir);
    this.buildDir = resolve(options.buildDir ?? join(TOOL_DIR, "target"));
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.options.port}`;
  }

  /**
   * Starts Neo4j, or finds it already running on this data folder.
   * Returns whether this call started it, so that the caller stops only what it started.
   */
  async start(log: (line: string) => void = () => {}): Promise<{ uri: string; started: boolean }> {
    const current = await this.status();
    if (current.running) {
      if (current.port !== this.options.port) {
        throw new LocalNeo4jError(
          `Neo4j on data folder ${this.dataDir} is already running on port ${current.port}, not ${this.options.port}; stop it first (npm run db:stop).`,
        );
      }
      return { uri: this.uri, started: false };
    }

    const java = findJava();
    if (await isPortOpen(this.options.port)) {
      throw new LocalNeo4jError(
        `Port ${this.options.port} on 127.0.0.1 is already in use by another process; free it or set LOCAL_NEO4J_PORT.`,
      );
    }
    this.ensureJars(log);

    mkdirSync(this.dataDir, { recursive: true });
    const outputFile = join(this.dataDir, "neo4j.out");
    const output = openSync(outputFile, "w");
    log(`Starting Neo4j on ${this.uri} (data: ${this.dataDir})`);
    const child = spawn(
      java,
      [
        `-Xmx${this.options.heap}`,
        `-Xms${this.options.heap}`,
        ...JVM_MODULE_FLAGS,
        "-cp",
        [join(this.buildDir, "classes"), join(this.buildDir, "dependency", "*")].join(delimiter),
        MAIN_CLASS,
        this.dataDir,
        String(this.options.port),
        String(this.options.pageCacheMiB),
      ],
      // Detached, with its own output file: Neo4j outlives `npm run db:start` and is stopped by its pid.
      { detached: true, stdio: ["ignore", output, output] },
    );
    closeSync(output);
    child.unref();
    if (child.pid === undefined) {
      throw new LocalNeo4jError(`Could not start Java (${java}) for Neo4j.`);
    }
    this.writePidFile({ pid: child.pid, port: this.options.port });

    try {
      await this.waitUntilReady(child, outputFile);
    } catch (error) {
      await this.stop();
      throw error;
    }
    return { uri: this.uri, started: true };
  }

  /** Stops the Neo4j running on this data folder; a no-op when none is. */
  async stop(): Promise<boolean> {
    const pidFile = this.readPidFile();
    if (!pidFile || !isProcessAlive(pidFile.pid)) {
      this.removePidFile();
      return false;
    }
    // SIGTERM runs the Java shutdown hook, which checkpoints and closes the store.
    signalGroup(pidFile.pid, "SIGTERM");
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isProcessAlive(pidFile.pid) && Date.now() < deadline) {
      await sleep(200);
    }
    if (isProcessAlive(pidFile.pid)) {
      signalGroup(pidFile.pid, "SIGKILL");
      await sleep(500);
    }
    this.removePidFile();
    return true;
  }

  async status(): Promise<LocalNeo4jStatus> {
    const pidFile = this.readPidFile();
    if (!pidFile || !isProcessAlive(pidFile.pid)) {
      return { running: false };
    }
    return {
      running: await isPortOpen(pidFile.port),
      pid: pidFile.pid,
      port: pidFile.port,
      uri: `bolt://127.0.0.1:${pidFile.port}`,
    };
  }

  /** Resolves the Neo4j jars with Maven on first use, and again whenever the pom changes. */
  private ensureJars(log: (line: string) => void): void {
    const pom = join(TOOL_DIR, "pom.xml");
    const stampFile = join(this.buildDir, "jars.stamp");
    const stamp = createHash("sha256")
      .update(readFileSync(pom))
      .update(readFileSync(`${join(TOOL_DIR, "src", "main", "java", ...MAIN_CLASS.split("."))}.java`))
      .digest("hex");
    if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) {
      return;
    }
    if (spawnSync("mvn", ["--version"], { stdio: "ignore" }).error) {
      throw new LocalNeo4jError("Maven (mvn) was not found on PATH; install Maven 3.8+ to fetch Neo4j.");
    }
    log("Fetching Neo4j Community from Maven Central (first run only)...");
    const settings = this.options.mavenSettings ? ["-s", resolve(this.options.mavenSettings)] : [];
    const result = spawnSync(
      "mvn",
      ["-B", "-q", ...settings, "-f", pom, `-DlocalNeo4j.buildDir=${this.buildDir}`, "package"],
      { encoding: "utf8", timeout: 15 * 60_000 },
    );
    if (result.status !== 0) {
      const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`;
      const firstError = output.split("\n").find((line) => line.includes("[ERROR]")) ?? output.trim();
      throw new LocalNeo4jError(
        `Could not fetch Neo4j from Maven Central (mvn exited ${result.status ?? result.signal}): ${firstError.replace(/\[ERROR\]\s*/, "").trim()}`,
      );
    }
    writeFileSync(stampFile, stamp);
  }

  private async waitUntilReady(child: ChildProcess, outputFile: string): Promise<void> {
    let exitCode: number | null = null;
    child.once("exit", (code) => {
      exitCode = code ?? -1;
    });
    const deadline = Date.now() + this.options.startTimeoutMs;
    while (Date.now() < deadline) {
      if (exitCode !== null) {
        throw new LocalNeo4jError(
          `Neo4j exited during start-up (code ${exitCode}): ${lastMeaningfulLine(outputFile)} (see ${outputFile})`,
        );
      }
      const printedReady = readFileSync(outputFile, "utf8").includes(READY_LINE);
      if (printedReady && (await isPortOpen(this.options.port))) {
        return;
      }
      await sleep(250);
    }
    throw new LocalNeo4jError(
      `Neo4j did not answer on ${this.uri} within ${this.options.startTimeoutMs} ms (see ${outputFile}).`,
    );
  }

  private get pidFilePath(): string {
    return join(this.dataDir, "neo4j.pid");
  }

  private readPidFile(): PidFile | undefined {
    try {
      return JSON.parse(readFileSync(this.pidFilePath, "utf8")) as PidFile;
    } catch {
      return undefined;
    }
  }

  private writePidFile(pidFile: PidFile): void {
    writeFileSync(this.pidFilePath, JSON.stringify(pidFile));
  }

  private removePidFile(): void {
    rmSync(this.pidFilePath, { force: true });
  }
}

/** The java binary from JAVA_HOME, else from PATH; a clear error when there is none. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.JAVA_HOME ? [join(env.JAVA_HOME, "bin", "java"), "java"] : ["java"];
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ["-version"], { encoding: "utf8", env });
    if (probe.error || probe.status !== 0) {
      continue;
    }
    const major = Number(/version "(\d+)/.exec(probe.stderr)?.[1] ?? 0);
    if (major < 17) {
      throw new LocalNeo4jError(`Java ${major} found at ${candidate}; Neo4j 5.26 needs Java 17 or 21.`);
    }
    return candidate;
  }
  throw new LocalNeo4jError(
    "Java was not found (no JAVA_HOME, no java on PATH); install Java 17+ or set NEO4J_URI to use your own Neo4j.",
  );
}

export function isPortOpen(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ port, host });
    const done = (open: boolean) => {
      socket.destroy();
      resolvePromise(open);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    // The child leads its own process group (detached), so this reaches the JVM and nothing else.
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

function lastMeaningfulLine(file: string): string {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const cause = [...lines].reverse().find((line) => /exception|error|caused by/i.test(line));
  return cause ?? lines.at(-1) ?? "no output";
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}
