import { Command, Option } from "commander";
import { loadConfig } from "../config/config";
import { ROLES, type Role, signToken } from "./tokens";

/** `npm run token -- --sub alice --role editor`: prints a bearer token signed with AUTH_JWT_SECRET. */
const program = new Command("token")
  .description("Sign a bearer token for a user of this server (needs AUTH_JWT_SECRET)")
  .requiredOption("--sub <user>", "who the token is for (recorded in the audit trail)")
  .addOption(new Option("--role <role>", "what the user may do").choices(ROLES).makeOptionMandatory())
  .option("--expires <duration>", 'validity, e.g. "12h", "30d"', "30d")
  .action((options: { sub: string; role: Role; expires: string }) => {
    const secret = loadConfig().auth.jwtSecret;
    if (!secret) {
      throw new Error("AUTH_JWT_SECRET is not set: the server would accept no token.");
    }
    console.log(signToken({ id: options.sub, role: options.role }, secret, options.expires as "30d"));
  });

try {
  program.parse();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
