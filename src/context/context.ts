import type { User } from "../auth/tokens";
import { CountingReader, type Neo4jExecutor, type RequestScope } from "../db/executor";
import { DashboardRepository } from "../modules/dashboard/dashboard.repository";
import { DatabaseInfoRepository } from "../modules/database-info/database-info.repository";
import { EditingRepository } from "../modules/editing/editing.repository";
import { EntityRepository } from "../modules/entities/entity.repository";
import { ProposalRepository } from "../modules/ingest/proposals.repository";
import { NetworkRepository } from "../modules/network/network.repository";
import { LookupRepository } from "../modules/participants/lookup.repository";
import { SearchRepository } from "../modules/search/search.repository";
import { WholeGraphRepository } from "../modules/whole-graph/whole-graph.repository";
import type { Logger } from "../shared/logger";
import { createLoaders, type Loaders } from "./loaders";

/**
 * What every resolver of one request sees. Built anew per request: loaders cache per request only,
 * and the reader counts this request's round trips.
 */
export interface Context {
  /** Who is asking; null for an anonymous reader. */
  user: User | null;
  reader: CountingReader;
  loaders: Loaders;
  /** Where the compiled read path logs each statement (LOG_LEVEL=debug). */
  logger?: Logger;
  repositories: {
    databaseInfo: DatabaseInfoRepository;
    lookups: LookupRepository;
    network: NetworkRepository;
    search: SearchRepository;
    dashboard: DashboardRepository;
    editing: EditingRepository;
    wholeGraph: WholeGraphRepository;
    proposals: ProposalRepository;
  };
}

/** With a scope, the request's reads end by its deadline or when its client leaves. */
export function createContext(
  executor: Neo4jExecutor,
  user: User | null = null,
  scope?: RequestScope,
  logger?: Logger,
): Context {
  const reader = new CountingReader(scope ? executor.scoped(scope) : executor);
  const lookups = new LookupRepository(reader);
  const network = new NetworkRepository(reader);
  const dashboard = new DashboardRepository(reader);
  return {
    user,
    reader,
    logger,
    loaders: createLoaders(new EntityRepository(reader), network, lookups, dashboard),
    repositories: {
      databaseInfo: new DatabaseInfoRepository(executor),
      lookups,
      network,
      search: new SearchRepository(reader),
      dashboard,
      editing: new EditingRepository(executor),
      wholeGraph: new WholeGraphRepository(reader),
      proposals: new ProposalRepository(executor),
    },
  };
}
