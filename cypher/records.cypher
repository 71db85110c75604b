// Writing records (src/records): what the ids a write names are, and the rows of a plan
// (src/records/graph-plan.ts). Every node carries the label Entity with a unique id (constraint
// entity_id), so every statement starts from that index, and MERGE makes a second load change nothing.

// :name references
// What each referenced id names (null type: nothing).
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, [label IN labels(n) WHERE label <> 'Entity' AND label <> 'Fact'][0] AS type,
       n.countryCode AS countryCode, n.retiredOn IS NOT NULL AS retired;

// :name existing-ids
// Which of the ids a write is about to write are already in the graph: the others are CREATEd.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN collect(id) AS ids;

// :name create-nodes
// Nodes the graph does not hold yet, all of one set of labels: CREATE, no look-up. A concurrent
// writer of the same id fails on the constraint entity_id instead of creating a second node.
// A version is a whole number; toInteger, because a dump's JSON numbers arrive as floats.
UNWIND $rows AS row
CREATE (n:$($labels))
SET n = row.props
SET n.recordedOn = CASE WHEN n:Fact THEN coalesce(row.props.recordedOn, date()) END,
    n.version = CASE WHEN n:Fact THEN toInteger(coalesce(row.props.version, 1)) END
RETURN count(n) AS written;

// :name merge-nodes
// Nodes that may be in the graph already (a reload, an update, a dump restored over its graph).
// SET n = row.props replaces the record's properties, so a field removed from a seed file disappears
// too. What the graph knows of the record's life survives a reload: when a fact was first recorded
// (the `asOf` filter reads it), its version (1 for a fact never changed), and whether it was retired
// (a re-import must not bring it back).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH row, n, n {.recordedOn, .version, .retiredOn, .retiredBy, .retiredReason} AS life
SET n = row.props
SET n:$(row.labels)
SET n.retiredOn = coalesce(row.props.retiredOn, life.retiredOn),
    n.retiredBy = coalesce(row.props.retiredBy, life.retiredBy),
    n.retiredReason = coalesce(row.props.retiredReason, life.retiredReason),
    n.recordedOn = CASE WHEN n:Fact THEN coalesce(row.props.recordedOn, life.recordedOn, date()) END,
    n.version = CASE WHEN n:Fact THEN toInteger(coalesce(life.version, row.props.version, 1)) END
// A record the graph retired, reloaded from a file that does not say so (a seed or import), stays
// without its content key; a dump that carries the retirement keeps what it says.
SET n.contentKey = CASE WHEN life.retiredOn IS NULL OR row.props.retiredOn IS NOT NULL THEN row.props.contentKey END
RETURN count(n) AS written;

// :name create-relationships
// Relationships of one type from or to a node this write created: they cannot exist yet.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
RETURN count(r) AS written;

// :name merge-relationships
// Relationships of one type between nodes that were there before: they may exist already. `key`
// tells apart parallel relationships of one type (e.g. two quotes from the same source).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$($type) {key: row.key}]->(b)
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
