import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SEED_DIR } from "../../src/shared/paths";

/** A scratch copy of seeds/ with one file edited, to show how a bad seed file is reported. */
export function seedCopyWith(file: string, edit: (text: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "seeds-")), "seeds");
  cpSync(SEED_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const edited = edit(readFileSync(path, "utf8"));
  if (edited === readFileSync(path, "utf8")) {
    throw new Error(`the edit changed nothing in ${file}`);
  }
  writeFileSync(path, edited);
  return dir;
}
