// Batched look-ups behind the per-request DataLoaders (src/context/loaders.ts): each takes a list of
// ids and answers for all of them in one round trip, starting from the Entity id index.
//
// Some bring the nodes at their other end along (`nodes`): the request's entity loader keeps them, so
// showing a quote's article, a participant or a group's member costs no further round trip. Those
// answer in one record, `rows` and `nodes`, with each node once however many rows name it: the driver
// spends far more time decoding a node than Neo4j spends finding it, and the same province or article
// stands behind many facts (participations of 50 facts: 74 ms sent once per row, 26 ms once each).

// :name entities-by-id
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n AS node;

// :name evidence-of
// The quotes that state a fact, organisation or document (EVIDENCED_BY), oldest source first.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[evidence:EVIDENCED_BY]->(source:Source)
WITH id, evidence, source ORDER BY id, source.id, evidence.key
RETURN collect({id: id, sourceId: source.id, quote: evidence.quote}) AS rows, collect(DISTINCT source) AS nodes;

// :name figures-of
UNWIND $ids AS id
MATCH (:Fact {id: id})-[:HAS_FIGURE]->(figure:Figure)
RETURN id, figure.measure AS measure, figure.value AS value, figure.unit AS unit,
       figure.qualifier AS qualifier, figure.text AS text, figure.direction AS direction, figure.nature AS nature
ORDER BY id, figure.id;

// :name participations-of
// With the participants come their countries, which a list of partners nearly always shows.
UNWIND $ids AS id
MATCH (:Fact {id: id})-[participation:ACTOR|PARTNER]->(participant:Entity)
WITH id, type(participation) AS side, participation.role AS role, participant
ORDER BY id, side, role, participant.id
WITH collect({id: id, side: side, role: role, participantId: participant.id}) AS rows,
     collect(DISTINCT participant) AS participants
RETURN rows, participants + COLLECT {
  UNWIND participants AS participant
  MATCH (country:Country {code: participant.countryCode})
  RETURN DISTINCT country
} AS nodes;

// :name parent-of
// The place an entity is part of (a locality's province or country) or an organisation's seat.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:PART_OF|BASED_IN]->(parent:Entity)
WHERE NOT parent:Fact
RETURN id, parent.id AS parentId;

// :name mergers-from
// What a unit became in the 2025 reform.
UNWIND $ids AS id
MATCH (:Province {id: id})-[merger:MERGED_INTO]->(successor:Province)
RETURN id, id AS fromId, successor.id AS toId, merger.effectiveOn AS effectiveOn, merger.basis AS basis;

// :name mergers-into
// The units a province was formed from.
UNWIND $ids AS id
MATCH (:Province {id: id})<-[merger:MERGED_INTO]-(unit:Province)
RETURN id, unit.id AS fromId, id AS toId, merger.effectiveOn AS effectiveOn, merger.basis AS basis
ORDER BY id, fromId;

// :name members-of-groups
UNWIND $ids AS id
MATCH (:LocalityGroup {id: id})<-[membership:MEMBER_OF]-(locality:ForeignLocality)
WITH id, membership, locality ORDER BY id, locality.id
RETURN collect({id: id, localityId: locality.id, groupId: id, certainty: membership.certainty,
                basis: membership.basis}) AS rows,
       collect(DISTINCT locality) AS nodes;

// :name groups-of-localities
UNWIND $ids AS id
MATCH (:ForeignLocality {id: id})-[membership:MEMBER_OF]->(group:LocalityGroup)
WITH id, membership, group ORDER BY id, group.id
RETURN collect({id: id, localityId: id, groupId: group.id, certainty: membership.certainty,
                basis: membership.basis}) AS rows,
       collect(DISTINCT group) AS nodes;

// :name stated-counts-of
// The member counts articles state for a group ("08 tỉnh Bắc Lào"), each with its quote.
UNWIND $ids AS id
MATCH (:LocalityGroup {id: id})-[stated:EVIDENCED_BY]->(source:Source)
WHERE stated.statedCount IS NOT NULL
RETURN id, stated.statedCount AS count, stated.statedCountText AS text, source.id AS sourceId, stated.quote AS quote
ORDER BY id, sourceId, count;

// :name citations-of-documents
UNWIND $ids AS id
MATCH (citing:Entity)-[cites:CITES]->(:PolicyDocument {id: id})
RETURN id, citing.id AS citingId, id AS documentId, cites.certainty AS certainty,
       cites.sources AS sources, cites.quotes AS quotes
ORDER BY id, citingId;

// :name citations-by
UNWIND $ids AS id
MATCH (:Entity {id: id})-[cites:CITES]->(document:PolicyDocument)
RETURN id, id AS citingId, document.id AS documentId, cites.certainty AS certainty,
       cites.sources AS sources, cites.quotes AS quotes
ORDER BY id, documentId;
