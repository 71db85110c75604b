import { fuzzRequests, sendFuzz } from "../../bench/fuzz-requests";
import { useHttpServer } from "../support/http-server";
import { useTestDatabaseConnection } from "../support/test-neo4j";

describe("fuzzed requests", () => {
  const db = useTestDatabaseConnection();
  const http = useHttpServer(db, {
    auth: {
      jwtSecret: "a-test-secret-that-is-at-least-32-characters-long",
      readRequiresToken: false,
      tokenMaxAgeSeconds: 3600,
    },
  });

  it("never draw a 500 or INTERNAL_SERVER_ERROR, and every error is JSON in the GraphQL shape", async () => {
    const outcome = await sendFuzz(http.server.url, fuzzRequests(240, 7), 4);
    expect(outcome.failures).toEqual([]);
    expect(outcome).toMatchObject({ requests: 240, serverErrors: 0, internalErrors: 0, nonJsonErrors: 0 });
  });
});
