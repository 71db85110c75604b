import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Config, loadConfig } from "../config/config";
import { type OpenDatabase, openDatabase } from "../db/database";
import type { Logger } from "../shared/logger";
import { PROJECT_ROOT } from "../shared/paths";
import { GENERATOR_VERSION, SIZES, type SizeName } from "./synth-graph";
import { loadSynthGraph, type SynthLoadOptions, type SynthLoadReport } from "./synth-load";

export const DEFAULT_SYNTH_SEED = 20_251_125;

/** A size by name (S, M, L) or a relationship count. */
export interface SynthSize {
  label: string;
  relationships: number;
}

export function synthSize(value: string): SynthSize {
  if (value in SIZES) {
    return { label: value, relationships: SIZES[value as SizeName] };
  }
  const relationships = Number(value);
  if (!Number.isInteger(relationships) || relationships < 1) {
    throw new Error(`size must be S, M, L or a relationship count; got "${value}"`);
  }
  return { label: `r${relationships}`, relationships };
}

interface Marker {
  version: number;
  relationships: number;
  seed: number;
  load: SynthLoadReport;
}

export interface SynthDatabase extends OpenDatabase {
  config: Config;
  /** The load's report: this run's, or the one recorded when the folder was loaded before. */
  load: SynthLoadReport;
  reused: boolean;
}

/**
 * The built-in Neo4j on a data folder of its own per size (.neo4j/bench-S, ...), loaded with the
 * synthetic graph. A folder already loaded with the same size and seed is reused (the generator is
 * deterministic); one loaded otherwise is wiped first. The local Neo4j gets a larger heap and page
 * cache than the default unless LOCAL_NEO4J_HEAP / LOCAL_NEO4J_PAGECACHE_MB say otherwise.
 */
export async function openSynthDatabase(
  size: SynthSize,
  options: Omit<SynthLoadOptions, "relationships"> & { logger: Logger; env?: NodeJS.ProcessEnv },
): Promise<SynthDatabase> {
  const env = options.env ?? process.env;
  if (env.NEO4J_URI) {
    throw new Error("The benchmarks load their own local Neo4j per size; unset NEO4J_URI.");
  }
  const dataDir = join(PROJECT_ROOT, ".neo4j", `bench-${size.label}`);
  const config = loadConfig({
    LOCAL_NEO4J_HEAP: "2g",
    LOCAL_NEO4J_PAGECACHE_MB: "2048",
    LOCAL_NEO4J_START_TIMEOUT_MS: "300000",
    ...env,
    LOCAL_NEO4J_DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
  });
  const markerFile = join(dataDir, "synth.json");
  const marker = existsSync(markerFile) ? (JSON.parse(readFileSync(markerFile, "utf8")) as Marker) : null;
  const reused =
    marker?.version === GENERATOR_VERSION &&
    marker.relationships === size.relationships &&
    marker.seed === options.seed;
  if (!reused && existsSync(dataDir)) {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const database = await openDatabase(config, options.logger);
  if (reused) {
    return { ...database, config, load: marker.load, reused };
  }
  try {
    const load = await loadSynthGraph(database.executor, { ...options, relationships: size.relationships });
    writeFileSync(
      markerFile,
      JSON.stringify(
        { version: GENERATOR_VERSION, relationships: size.relationships, seed: options.seed, load },
        null,
        2,
      ),
    );
    return { ...database, config, load, reused };
  } catch (error) {
    await database.close();
    throw error;
  }
}
