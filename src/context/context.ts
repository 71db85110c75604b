import { CountingReader, type ReadExecutor } from "../db/executor";
import { DashboardRepository } from "../modules/dashboard/dashboard.repository";
import { DatabaseInfoRepository } from "../modules/database-info/database-info.repository";
import { EntityRepository } from "../modules/entities/entity.repository";
import { NetworkRepository } from "../modules/network/network.repository";
import { LookupRepository } from "../modules/participants/lookup.repository";
import { SearchRepository } from "../modules/search/search.repository";
import { createLoaders, type Loaders } from "./loaders";

/**
 * What every resolver of one request sees. Built anew per request: loaders cache per request only,
 * and the reader counts this request's round trips.
 */
export interface Context {
  reader: CountingReader;
  loaders: Loaders;
  repositories: {
    databaseInfo: DatabaseInfoRepository;
    lookups: LookupRepository;
    network: NetworkRepository;
    search: SearchRepository;
    dashboard: DashboardRepository;
  };
}

export function createContext(
  executor: ReadExecutor & ConstructorParameters<typeof DatabaseInfoRepository>[0],
): Context {
  const reader = new CountingReader(executor);
  const lookups = new LookupRepository(reader);
  const network = new NetworkRepository(reader);
  return {
    reader,
    loaders: createLoaders(new EntityRepository(reader), network, lookups),
    repositories: {
      databaseInfo: new DatabaseInfoRepository(executor),
      lookups,
      network,
      search: new SearchRepository(reader),
      dashboard: new DashboardRepository(reader),
    },
  };
}
