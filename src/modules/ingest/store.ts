import { userInfo } from "node:os";
import type { User } from "../../auth/tokens";
import { loadConfig } from "../../config/config";
import { openDatabase } from "../../db/database";
import type { Neo4jExecutor } from "../../db/executor";
import { createLogger } from "../../shared/logger";
import { EditingRepository } from "../editing/editing.repository";
import type { Ingested } from "./ingest";
import { ProposalRepository } from "./proposals.repository";

/**
 * Puts an article's proposals in the review queue: the source first (created, with its audit record,
 * when the graph does not have it), then each proposed place and fact not already queued, accepted
 * or rejected.
 */
export async function queueProposals(
  executor: Neo4jExecutor,
  ingested: Ingested,
  user: User,
): Promise<{ created: number; skipped: number }> {
  if (ingested.source.about === "province:unknown") {
    throw new Error("the article names no Vietnamese province: say which with --province");
  }
  const proposals = new ProposalRepository(executor);
  if (!(await proposals.hasSource(ingested.source.id))) {
    await new EditingRepository(executor).createEntity(
      { kind: "source", record: ingested.source },
      user,
      "article ingested (npm run ingest)",
    );
  }
  return proposals.store(
    ingested.source.id,
    ingested.article.text,
    ingested.proposals,
    user,
    ingested.places,
  );
}

/** The command line's way in: the configured database, the person running it as the editor. */
export async function storeProposals(ingested: Ingested): Promise<{ created: number; skipped: number }> {
  const database = await openDatabase(loadConfig(), createLogger("warn", "stderr"));
  try {
    return await queueProposals(database.executor, ingested, {
      id: `ingest:${userInfo().username}`,
      role: "editor",
    });
  } finally {
    await database.close();
  }
}
