// What the readiness probe and the circuit breaker's probe run: a real read of the graph (the
// count store, so constant time), which needs the database online, not only the server.

// :name ready
RETURN COUNT { MATCH (n) } AS nodes;
