import { ConfigError, loadConfig } from "../../src/config/config";

describe("loadConfig", () => {
  it("runs the built-in local Neo4j on loopback when NEO4J_URI is not set", () => {
    const config = loadConfig({});
    expect(config.externalNeo4j).toBe(false);
    expect(config.neo4j.uri).toBe("bolt://127.0.0.1:7687");
    expect(config.neo4j.database).toBe("neo4j");
    expect(config.http).toMatchObject({
      host: "127.0.0.1",
      port: 4000,
      development: false,
      introspection: true,
    });
    expect(config.localNeo4j).toMatchObject({ port: 7687, dataDir: ".neo4j/data", heap: "1g" });
  });

  it("points the local URI at LOCAL_NEO4J_PORT", () => {
    expect(loadConfig({ LOCAL_NEO4J_PORT: "7999" }).neo4j.uri).toBe("bolt://127.0.0.1:7999");
  });

  it("uses the user's own Neo4j, database and credentials when NEO4J_URI is set", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://abcd.databases.neo4j.io",
      NEO4J_USERNAME: "reader",
      NEO4J_PASSWORD: "secret",
      NEO4J_DATABASE: "relations",
    });
    expect(config.externalNeo4j).toBe(true);
    expect(config.neo4j).toMatchObject({
      uri: "neo4j+s://abcd.databases.neo4j.io",
      username: "reader",
      password: "secret",
      database: "relations",
    });
  });

  it("bounds maintenance (schema, seed load) apart from requests: 10 minutes unless NEO4J_MAINTENANCE_TIMEOUT_MS says", () => {
    expect(loadConfig({ NEO4J_TRANSACTION_TIMEOUT_MS: "1000" }).neo4j).toMatchObject({
      transactionTimeoutMs: 1000,
      maintenanceTimeoutMs: 600_000,
    });
    expect(loadConfig({ NEO4J_MAINTENANCE_TIMEOUT_MS: "60000" }).neo4j.maintenanceTimeoutMs).toBe(60_000);
    expect(() => loadConfig({ NEO4J_MAINTENANCE_TIMEOUT_MS: "0" })).toThrow(/NEO4J_MAINTENANCE_TIMEOUT_MS/);
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ NEO4J_URI: "", PORT: "" }).externalNeo4j).toBe(false);
  });

  it.each([
    ["NEO4J_URI", "http://localhost:7474", /NEO4J_URI: must be a URI with one of the schemes bolt, bolt\+s/],
    ["NEO4J_URI", "localhost:7687", /NEO4J_URI/],
    ["PORT", "70000", /PORT/],
    ["PORT", "http", /PORT/],
    ["LOCAL_NEO4J_HEAP", "lots", /LOCAL_NEO4J_HEAP: must be a JVM size/],
    ["NEO4J_DATABASE", "Bad Name!", /NEO4J_DATABASE/],
    ["LOG_LEVEL", "loud", /LOG_LEVEL/],
    ["AUTH_JWT_SECRET", "short", /AUTH_JWT_SECRET: must be at least 32 characters/],
    ["AUTH_READ_REQUIRES_TOKEN", "yes", /AUTH_READ_REQUIRES_TOKEN/],
  ])("rejects %s=%s with a message naming the variable", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it("trusts no proxy unless TRUST_PROXY names them or their hop count", () => {
    expect(loadConfig({}).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "false" }).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "1" }).http.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).http.trustProxy).toEqual([
      "loopback",
      "10.0.0.0/8",
    ]);
  });

  it("refuses TRUST_PROXY=true, which would let any client choose its address", () => {
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
  });
});
