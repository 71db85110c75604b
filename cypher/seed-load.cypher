// The seed load: rows prepared by src/seed/graph-plan.ts, written in one transaction.
// Every node carries the label Entity with a unique id (constraint entity_id), so both statements
// start from that index, and MERGE makes a second load change nothing.

// :name merge-nodes
// SET n = row.props replaces all properties, so a field removed from a seed file disappears too.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.labels)
RETURN count(n) AS written;

// :name merge-relationships
// `key` tells apart parallel relationships of one type (e.g. two quotes from the same source).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r = row.props
RETURN count(r) AS written;

// :name count-by-label
MATCH (n:Entity)
UNWIND labels(n) AS label
WITH label WHERE label <> 'Entity'
RETURN label, count(*) AS count
ORDER BY label;

// :name count-by-relationship-type
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type;

// :name database-has-data
RETURN EXISTS { MATCH (n) } AS hasData;
