import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../shared/paths";
import { printGraphQLSchema } from "./schema";

/** `npm run schema:emit`: writes schema/schema.graphql, the committed contract clients build against. */
const file = join(PROJECT_ROOT, "schema", "schema.graphql");
writeFileSync(file, printGraphQLSchema());
console.log(`wrote ${file}`);
