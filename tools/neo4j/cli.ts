import { Command } from "commander";
import { loadConfig } from "../../src/config/config";
import { LocalNeo4j } from "./launcher";

/** `npm run db:start | db:stop | db:status`: the built-in local Neo4j, by hand. */

function localNeo4j(): LocalNeo4j {
  return new LocalNeo4j(loadConfig().localNeo4j);
}

const program = new Command("db")
  .description("Start, stop or inspect the built-in local Neo4j (Community, Bolt on 127.0.0.1)")
  .showHelpAfterError();

program
  .command("start")
  .description("start Neo4j (fetching it from Maven Central on first use) and wait until Bolt answers")
  .action(async () => {
    const neo4j = localNeo4j();
    const { uri, started } = await neo4j.start((line) => console.log(line));
    console.log(started ? `Neo4j is running at ${uri}` : `Neo4j was already running at ${uri}`);
  });

program
  .command("stop")
  .description("stop Neo4j cleanly (checkpoint, then exit)")
  .action(async () => {
    const stopped = await localNeo4j().stop();
    console.log(stopped ? "Neo4j stopped" : "Neo4j was not running");
  });

program
  .command("status")
  .description("say whether Neo4j is running, and where")
  .action(async () => {
    const status = await localNeo4j().status();
    console.log(status.running ? `running at ${status.uri} (pid ${status.pid})` : "not running");
    process.exitCode = status.running ? 0 : 3;
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
