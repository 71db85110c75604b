import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The repository root, found from the TypeScript sources and from their build in dist/ alike. */
export const PROJECT_ROOT = findProjectRoot(__dirname);

function findProjectRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "cypher"))) {
      return dir;
    }
  }
  throw new Error(`Project root (with package.json and cypher/) not found above ${start}`);
}

/** The curated seed graph's files: the gazetteer and one file per article. */
export const SEED_DIR = join(PROJECT_ROOT, "seeds");
