// Writes by editors and admins (src/modules/editing). Each mutation runs these in one write
// transaction: it fully happens, with its audit record, or not at all.

// :name closest-matches
// Candidates for an unknown id, by its words allowing a typo ("province:son-lla" -> "son~1 lla~1");
// the repository ranks them by edit distance.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE node.retiredOn IS NULL
RETURN node.id AS id, coalesce(node.nameEn, node.name, node.id) AS name, node.searchKeys AS searchKeys
ORDER BY score DESC, id
LIMIT 20;

// :name existing-fact
MATCH (fact:Fact {id: $id})
RETURN fact.factType AS type, fact.retiredOn IS NOT NULL AS retired;

// :name claim-fact
// A new fact claims its id and content key with CREATE, not MERGE: when a concurrent writer holds
// either, the uniqueness constraints (fact_id, fact_content_key) fail this transaction. The seed
// load's merge-nodes then writes the rest of the record onto this node.
CREATE (fact:Entity:Fact {id: $id, contentKey: $contentKey});

// :name claim-entity
// The same for a place, organisation or source (entity_id, source_file_name_unique).
CREATE (entity:Entity {id: $id})
SET entity:$($labels), entity.fileName = $fileName;

// :name lock-fact
// Takes the fact's write lock before reading its version, so concurrent changes of one fact run one
// after the other: the second reads the first's version. (Reading first, as `SET v = v + 1` does,
// lets two writers share a read lock and deadlock upgrading it.)
MATCH (fact:Fact {id: $id})
SET fact._lock = true
REMOVE fact._lock
WITH fact
SET fact.version = coalesce(fact.version, 1) + 1
RETURN fact.factType AS type, fact.version - 1 AS version;

// :name holder-of-identity
// Which record holds an id, a fact's content key or a source's file name that a write was refused for.
OPTIONAL MATCH (byKey:Fact {contentKey: $contentKey})
OPTIONAL MATCH (byFile:Source {fileName: $fileName})
OPTIONAL MATCH (byId:Entity {id: $id})
RETURN coalesce(byKey.id, byFile.id, byId.id) AS id;

// :name duplicate-fact
// The duplicate rule: another live fact of the same type and kind, with the same participants and
// period, stated by one of the same sources.
MATCH (source:Source)<-[:EVIDENCED_BY]-(fact:Fact)
WHERE source.id IN $sources AND fact.id <> $id AND fact.retiredOn IS NULL
  AND fact.factType = $type AND fact.kind = $kind
  AND coalesce(toString(fact.periodStart), '') = coalesce($start, '')
  AND coalesce(toString(fact.periodEnd), '') = coalesce($end, '')
WITH DISTINCT fact, [(fact)-[:ACTOR|PARTNER]->(participant) | participant.id] AS participants
WHERE size(participants) = size($participants)
  AND all(participant IN participants WHERE participant IN $participants)
RETURN fact.id AS id
ORDER BY id
LIMIT 1;

// :name clear-fact-figures
// Before an update rewrites a fact: its figures go (the audit record keeps the old version).
MATCH (:Fact {id: $id})-[:HAS_FIGURE]->(figure:Figure)
DETACH DELETE figure;

// :name clear-fact-links
MATCH (:Fact {id: $id})-[link:ACTOR|PARTNER|EVIDENCED_BY|PART_OF]->()
DELETE link;

// :name record-change
// The audit trail: who, when, why, and the record as it became.
MATCH (entity:Entity {id: $entityId})
CREATE (change:Change {id: randomUUID(), at: datetime(), by: $by, role: $role, action: $action,
        reason: $reason, entityId: $entityId, record: $record})-[:CHANGED]->(entity)
RETURN change.id AS id;

// :name retire
// Retired, not deleted: past answers stay reproducible, and history shows when and why. A fact gives
// up its content key, so the same fact may be entered again.
// The lock comes before the check, so of two concurrent retires the second finds it retired.
MATCH (entity:Entity {id: $id})
SET entity._lock = true
REMOVE entity._lock
WITH entity
WHERE entity.retiredOn IS NULL
SET entity.retiredOn = date(), entity.retiredBy = $by, entity.retiredReason = $reason,
    entity.version = CASE WHEN entity:Fact THEN coalesce(entity.version, 1) + 1 END
REMOVE entity.contentKey
RETURN entity.id AS id;

// :name history
MATCH (change:Change)-[:CHANGED]->(:Entity {id: $id})
RETURN change
ORDER BY change.at, change.id;

// :name places-to-merge
MATCH (place:Entity)
WHERE place.id IN [$keep, $merge]
RETURN place.id AS id, [label IN labels(place) WHERE label <> 'Entity'][0] AS type,
       place.nameEn AS nameEn, place.nameVi AS nameVi, place.aliases AS aliases, place.retiredOn IS NOT NULL AS retired;

// :name move-outgoing-relationships
// The merged place's ties become the kept one's (same type, key and properties); its audit trail stays.
MATCH (merged:Entity {id: $merge})-[link]->(other)
WHERE other.id <> $keep
WITH link, other, type(link) AS type, properties(link) AS props
MATCH (kept:Entity {id: $keep})
MERGE (kept)-[moved:$(type) {key: coalesce(props.key, '')}]->(other)
SET moved += props
DELETE link
RETURN count(moved) AS moved;

// :name move-incoming-relationships
MATCH (other)-[link]->(merged:Entity {id: $merge})
WHERE other.id <> $keep AND NOT other:Change
WITH link, other, type(link) AS type, properties(link) AS props
MATCH (kept:Entity {id: $keep})
MERGE (other)-[moved:$(type) {key: coalesce(props.key, '')}]->(kept)
SET moved += props
DELETE link
RETURN count(moved) AS moved;

// :name finish-merge
// The kept place takes the merged one's names as aliases; the merged one is retired, pointing to it.
MATCH (kept:Entity {id: $keep}), (merged:Entity {id: $merge})
SET kept.aliases = $aliases, kept.searchKeys = $searchKeys, kept.searchText = $searchText,
    merged.retiredOn = date(), merged.retiredBy = $by, merged.retiredReason = $reason
MERGE (merged)-[:SAME_AS]->(kept);

// :name fact-and-place-to-link
// What linking needs to check: the fact (type, direction, live), the place (kind, side, live), and
// whether it already takes part in that role.
OPTIONAL MATCH (fact:Fact {id: $fact})
OPTIONAL MATCH (place:Entity {id: $place})
RETURN fact.factType AS factType, fact.direction AS direction, fact.retiredOn IS NOT NULL AS factRetired,
       [label IN labels(place) WHERE label <> 'Entity'][0] AS placeType,
       place.countryCode AS countryCode, place.retiredOn IS NOT NULL AS placeRetired,
       EXISTS { (fact)-[link:ACTOR|PARTNER]->(place) WHERE link.role = $role } AS linked;

// :name link-participant
// The same relationship a seed record's field makes (planFact): keyed by role, so one link per role.
MATCH (fact:Fact {id: $fact}), (place:Entity {id: $place})
MERGE (fact)-[link:$($side) {key: $role}]->(place)
SET link.role = $role;
