import type { Neo4jExecutor } from "../db/executor";
import { DatabaseInfoRepository } from "../modules/database-info/database-info.repository";

/** What every resolver of one request sees. Built anew per request, so nothing leaks between requests. */
export interface Context {
  repositories: {
    databaseInfo: DatabaseInfoRepository;
  };
}

export function createContext(executor: Neo4jExecutor): Context {
  return {
    repositories: {
      databaseInfo: new DatabaseInfoRepository(executor),
    },
  };
}
