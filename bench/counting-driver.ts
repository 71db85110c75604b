import type { Driver, ManagedTransaction, Session, Transaction } from "neo4j-driver";

/** Queries sent to Neo4j through a driver: each `run` is one round trip. */
export class QueryCounter {
  queries = 0;
}

/**
 * The driver as it is, except that every query any session or transaction runs is counted: one
 * measure of database round trips for all three ways, whatever each does inside (our executor's
 * read transactions, the raw handlers' sessions, @neo4j/graphql's own executor).
 */
export function countingDriver(driver: Driver, counter: QueryCounter): Driver {
  return new Proxy(driver, {
    get(target, property) {
      if (property === "session") {
        return (...args: Parameters<Driver["session"]>) => countingSession(target.session(...args), counter);
      }
      if (property === "executeQuery") {
        return (...args: Parameters<Driver["executeQuery"]>) => {
          counter.queries += 1;
          return target.executeQuery(...args);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function countingSession(session: Session, counter: QueryCounter): Session {
  return new Proxy(session, {
    get(target, property) {
      if (property === "run") {
        return (...args: Parameters<Session["run"]>) => {
          // Our server's health probe runs once a second whatever the requests: not theirs to count.
          if ((args[2]?.metadata as { operation?: string } | undefined)?.operation !== "probe") {
            counter.queries += 1;
          }
          return target.run(...args);
        };
      }
      if (property === "executeRead" || property === "executeWrite") {
        return <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: object) =>
          target[property]((tx) => work(countingTransaction(tx, counter)), config);
      }
      if (property === "beginTransaction") {
        return (...args: Parameters<Session["beginTransaction"]>) =>
          countingTransaction(target.beginTransaction(...args), counter);
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function countingTransaction<T extends ManagedTransaction | Transaction>(tx: T, counter: QueryCounter): T {
  return new Proxy(tx, {
    get(target, property) {
      if (property === "run") {
        return (...args: Parameters<T["run"]>) => {
          counter.queries += 1;
          return (target.run as (...a: Parameters<T["run"]>) => ReturnType<T["run"]>)(...args);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
