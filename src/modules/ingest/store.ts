import type { Ingested } from "./ingest";

export async function storeProposals(_ingested: Ingested): Promise<{ created: number; skipped: number }> {
  throw new Error("storing proposals needs the database: not written yet");
}
