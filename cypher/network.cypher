// The partner network: a place's facts and partners, shared partners, paths and rankings.
// Batched by root ($roots) so that a list of provinces asking for their partners is one round trip.
//
// Sides: a Vietnamese root (a province, or a Vietnamese organisation) acts through ACTOR, and its
// partners are the PARTNER participants of its facts; a foreign root is a PARTNER, and its partners
// are the Vietnamese ACTOR participants, counted at the province a Vietnamese organisation is BASED_IN.
// `$rollUp` adds the facts of everything that counts for the root (filters.cypher's roll-up, read
// downwards): a province's bodies (BASED_IN); a foreign place's parts and bodies, transitively (a
// country's provinces, their cities, its groups of localities, its embassies: PART_OF, BASED_IN);
// Vietnam's provinces and their bodies. `$rollUpMerged` adds the facts of the units MERGED_INTO the
// root (the 2025 reform).
// Pages are keyset pages over (key, id): $afterKey/$afterId come from the cursor, $limit is first + 1.

// :fragment fact-filter
// The shared fact conditions (filters.cypher): kinds, period (undated facts only when asked), sources,
// participants, as of a day.
WHERE
// :include filters.cypher#fact-conditions

// :fragment counterpart-filter
WHERE ($countryCodes IS NULL OR counterpart.countryCode IN $countryCodes)
  AND ($counterpartTypes IS NULL OR any(label IN labels(counterpart) WHERE label IN $counterpartTypes))
  AND ($localityKinds IS NULL OR (counterpart:ForeignLocality AND counterpart.kind IN $localityKinds))
  AND ($roles IS NULL OR other.role IN $roles)

// :fragment counterpart
// A foreign root's counterpart is the Vietnamese participant, or the province a Vietnamese
// organisation is based in; a Vietnamese root's is the participant itself. The CASE looks up a
// seat only for a foreign root (a Vietnamese root's facts, the most numerous, need none).
WITH *, CASE
  WHEN ownSide = 'PARTNER'
  THEN coalesce(COLLECT { MATCH (participant)-[:BASED_IN]->(seat:Province) RETURN seat }[0], participant)
  ELSE participant
END AS counterpart

// :fragment vietnam-provinces-facts
// Vietnam with $rollUp: its provinces' facts and their bodies' (its own are the branch before).
WITH root WHERE ownSide = 'ACTOR' AND root:Country AND $rollUp
MATCH (root)<-[:PART_OF]-(:Province)<-[:BASED_IN*0..1]-(:Entity)<-[:ACTOR]-(fact:Fact)

// :fragment foreign-parts-facts
// A foreign unit's facts, with $rollUp those of its parts and bodies, transitively.
MATCH (unit)<-[:PART_OF|BASED_IN*0..3]-(body)<-[:PARTNER]-(fact:Fact)
WHERE $rollUp OR body = unit

// :fragment own-facts
// Each root's facts through its own side, with $rollUp those of what counts for it (see Sides), and
// with $rollUpMerged those of the units merged into it.
// A branch per side, each expanding one relationship type: the planner cannot narrow
// `[own:ACTOR|PARTNER] WHERE type(own) = ownSide` to one type, and reads both (a fifth more hits).
// The Vietnamese branch walks one BASED_IN step, all a province needs (the most asked roots); the
// foreign one walks up to three steps (a body in a city of a province of a country); Vietnam, the
// one Vietnamese country, has a branch of its own for its provinces.
CALL (root, ownSide) {
  WITH root WHERE ownSide = 'ACTOR'
  MATCH (root)<-[:MERGED_INTO*0..1]-(unit)
  WHERE unit = root OR $rollUpMerged
  MATCH (unit)<-[:BASED_IN*0..1]-(body)<-[:ACTOR]-(fact:Fact)
  WHERE $rollUp OR body = unit
  RETURN fact
  UNION ALL
  // :include vietnam-provinces-facts
  RETURN fact
  UNION ALL
  WITH root WHERE ownSide = 'PARTNER'
  MATCH (root)<-[:MERGED_INTO*0..1]-(unit)
  WHERE unit = root OR $rollUpMerged
  // :include foreign-parts-facts
  RETURN fact
}

// :fragment facts-and-counterparts
// For each root: its facts (in own-facts' branches, rolled up as it says), filtered, and for each
// the participant on the other side. A branch per side, each expanding the other side's one
// relationship type from the facts the filter kept (expanding both types and keeping the other's
// reads twice the rows).
CALL (root, ownSide) {
  WITH root WHERE ownSide = 'ACTOR'
  MATCH (root)<-[:MERGED_INTO*0..1]-(unit)
  WHERE unit = root OR $rollUpMerged
  MATCH (unit)<-[:BASED_IN*0..1]-(body)<-[:ACTOR]-(fact:Fact)
  WHERE $rollUp OR body = unit
  WITH fact
  // :include fact-filter
  MATCH (fact)-[other:PARTNER]->(participant)
  RETURN fact, other, participant
  UNION ALL
  // :include vietnam-provinces-facts
  WITH fact
  // :include fact-filter
  MATCH (fact)-[other:PARTNER]->(participant)
  RETURN fact, other, participant
  UNION ALL
  WITH root WHERE ownSide = 'PARTNER'
  MATCH (root)<-[:MERGED_INTO*0..1]-(unit)
  WHERE unit = root OR $rollUpMerged
  // :include foreign-parts-facts
  WITH fact
  // :include fact-filter
  MATCH (fact)-[other:ACTOR]->(participant)
  RETURN fact, other, participant
}
WITH root, ownSide, fact, other, participant
// :include counterpart
WITH root, fact, other, counterpart

// :fragment counterpart-level
// $level rolls each counterpart up after the filter (the roll-ups of whole-graph.cypher, along
// PART_OF): PROVINCE_ABROAD a city abroad to its province abroad; COUNTRY a place or group of
// localities abroad (or a Vietnamese province) to its country, and an organisation to the country it
// is based in (BASED_IN, directly or through its city). A participant with no place above it at that
// level (an international organisation, a country) stays itself. PLACE: no roll-up.
WITH fact, other, CASE $level
  WHEN 'COUNTRY'
  THEN coalesce(COLLECT { MATCH (counterpart)-[:PART_OF|BASED_IN*1..3]->(country:Country) RETURN country }[0],
                counterpart)
  WHEN 'PROVINCE_ABROAD'
  THEN coalesce(COLLECT { MATCH (counterpart:ForeignLocality)-[:PART_OF]->(above:ForeignLocality) RETURN above }[0],
                counterpart)
  ELSE counterpart
END AS counterpart

// :fragment root-side
UNWIND $roots AS rootId
MATCH (root:Entity {id: rootId})
WITH rootId, root, CASE WHEN root:Province OR root.countryCode = 'VN' THEN 'ACTOR' ELSE 'PARTNER' END AS ownSide

// :fragment page-in-order
// A page's facts by id and roles by name (as `ordered`), sorted once the page is cut: sorting every
// fact of a busy province before grouping them cost a sixth of a page's time (docs/benchmarks.md).
WITH *, [partner IN page | partner {.*,
  facts: COLLECT { UNWIND partner.facts AS fact WITH fact ORDER BY fact.id RETURN fact },
  roles: COLLECT { UNWIND partner.roles AS role WITH role ORDER BY role RETURN role }}] AS ordered

// :name partners-of
// The partners of each root with the facts that tie them, sorted by number of facts (desc) or id.
// :include root-side
CALL (root, ownSide) {
  // :include facts-and-counterparts
  // :include counterpart-filter
  // :include counterpart-level
  WITH counterpart, collect(DISTINCT fact) AS facts, collect(DISTINCT other.role) AS roles
  WITH counterpart, counterpart.id AS id, facts, roles,
       CASE $sort WHEN 'FACT_COUNT' THEN -size(facts) ELSE 0 END AS key
  ORDER BY key, id
  RETURN collect({id: id, key: key, roles: roles, node: counterpart, facts: facts}) AS partners
}
WITH rootId, size(partners) AS totalCount,
     [partner IN partners WHERE $afterId IS NULL OR partner.key > $afterKey
        OR (partner.key = $afterKey AND partner.id > $afterId)][0..$limit] AS page
// :include page-in-order
// The nodes ride along, so that the request's entity loader needs no second round trip for the
// partners it shows, nor for their facts when asked; a fact two partners share is sent once (the
// driver's decoding of nodes is much of a large page's cost; see entities.cypher).
RETURN rootId AS id, totalCount,
       [partner IN ordered | partner {.id, .key, .roles, .node, factIds: [fact IN partner.facts | fact.id]}] AS page,
       CASE WHEN $withFactNodes THEN COLLECT { UNWIND ordered AS partner UNWIND partner.facts AS fact RETURN DISTINCT fact }
            ELSE [] END AS nodes;

// :fragment root-facts
// Each root's facts through its own side, filtered: all it takes part in (a delegation count without
// a named partner too), or with a counterpart filter those with a counterpart that matches it. The
// counterpart is only checked for existence, never expanded into rows, and only when a filter asks.
// :include own-facts
WITH DISTINCT ownSide, fact
// :include fact-filter
  AND (($countryCodes IS NULL AND $counterpartTypes IS NULL AND $localityKinds IS NULL AND $roles IS NULL)
    OR EXISTS {
      MATCH (fact)-[other:ACTOR|PARTNER]->(participant)
      WHERE type(other) <> ownSide
      // :include counterpart
      // :include counterpart-filter
    })

// :fragment fact-key
// A fact's place in a list: by period start, oldest or newest first, undated last. The start is read
// once: each `fact.periodStart` in the CASE would read the property again.
WITH fact, fact.periodStart AS start
WITH fact,
     CASE
       WHEN start IS NULL THEN 99999999
       WHEN $sort = 'NEWEST_FIRST' THEN -(start.year * 10000 + start.month * 100 + start.day)
       ELSE start.year * 10000 + start.month * 100 + start.day
     END AS key

// :name facts-of
// The facts of each root (with a counterpart filter, only those with a matching counterpart),
// sorted by period start (undated last) then id. One pass reads the root's facts, keyed: the total is
// their number, the page the top $limit after the cursor (a top-k in memory, not a sort of the nodes).
// :include root-side
CALL (root, ownSide) {
  // :include root-facts
  // :include fact-key
  WITH collect({key: key, fact: fact}) AS keyed
  CALL (keyed) {
    UNWIND keyed AS item
    WITH item.key AS key, item.fact AS fact, item.fact.id AS id
    WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND id > $afterId)
    WITH key, fact, id ORDER BY key, id LIMIT $limit
    // The node rides along, priming the request's entity loader (see partners-of).
    RETURN collect({id: id, key: key, node: fact}) AS page
  }
  RETURN size(keyed) AS totalCount, page
}
RETURN rootId AS id, totalCount, page;

// :fragment root-live-facts
// :include own-facts
WITH fact
WHERE fact.retiredOn IS NULL

// :name facts-of-unfiltered
// facts-of with no filter at all, the most asked form (a province's facts, a page deep into them),
// the same answer in the shape that measured fastest: a count, then a top-k over the streamed facts.
// At 1M relationships it takes half the time of facts-of, which checks every optional filter on
// every fact. test/modules/network holds the two to the same answers.
// :include root-side
CALL (root, ownSide) {
  // Counted only when the client selects totalCount: counting reads every fact of the root.
  WITH root, ownSide WHERE $countTotal
  // :include root-live-facts
  RETURN count(DISTINCT fact) AS totalCount
}
CALL (root, ownSide) {
  // :include root-live-facts
  WITH DISTINCT fact
  // :include fact-key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND fact.id > $afterId)
  WITH fact, key ORDER BY key, fact.id LIMIT $limit
  // The node rides along, priming the request's entity loader (see partners-of).
  RETURN collect({id: fact.id, key: key, node: fact}) AS page
}
RETURN rootId AS id, totalCount, page;

// :name shared-partners
// Partners that every one of the roots has, with each root's facts tying it to that partner.
// :include root-side
CALL (root, ownSide) {
  // :include facts-and-counterparts
  // :include counterpart-filter
  // :include counterpart-level
  WITH counterpart, fact ORDER BY fact.id
  RETURN counterpart.id AS partnerId, collect(DISTINCT fact.id) AS factIds
}
WITH partnerId, rootId, factIds ORDER BY partnerId, rootId
WITH partnerId, collect({root: rootId, factIds: factIds}) AS ties
WHERE size(ties) = size($roots)
RETURN partnerId, ties
ORDER BY partnerId
LIMIT $first;

// :name paths-between
// The shortest chains of facts between two entities: through fact participation (ACTOR, PARTNER),
// organisations' seats, group memberships (inferred) and the 2025 mergers; never through a shared
// country, which would join everything in two steps. The first $first by the ids along them, among
// the first 1,000 the search finds: two active provinces are joined by hundreds of thousands of
// equally short chains (every shared partner, every pair of their facts), and sorting them all took
// seconds where the search alone takes a fraction of one. Below 1,000 chains the answer is exact.
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH path = allShortestPaths((from)-[:ACTOR|PARTNER|BASED_IN|MEMBER_OF|MERGED_INTO*..8]-(to))
WITH path LIMIT 1000
// Outside the pattern's WHERE: a path predicate there makes Neo4j fall back to an exhaustive search.
WITH path WHERE length(path) <= $maxLength
// The nodes ride along, priming the request's entity loader (see partners-of).
RETURN [node IN nodes(path) | node.id] AS nodeIds, nodes(path) AS nodes,
       [rel IN relationships(path) | {type: type(rel), from: startNode(rel).id, to: endNode(rel).id,
         role: rel.role, certainty: rel.certainty}] AS steps
ORDER BY nodeIds
LIMIT $first;

// :name rankings
// Entities of one kind ranked by how many facts tie them to the other side (with $rollUp, those of
// their places and bodies too, down to a body in a city of a province abroad, as own-facts walks);
// the filter's counterpart conditions look at the participant on that other side, as everywhere.
MATCH (entity:$($type))
WITH entity, CASE WHEN entity:Province OR entity.countryCode = 'VN' THEN 'ACTOR' ELSE 'PARTNER' END AS ownSide
CALL (entity, ownSide) {
  MATCH (entity)<-[:PART_OF|BASED_IN*0..3]-(self)<-[own:ACTOR|PARTNER]-(fact:Fact)-[other:ACTOR|PARTNER]->(counterpart)
  WHERE type(own) = ownSide AND type(other) <> ownSide AND ($rollUp OR self = entity)
  WITH fact, other, counterpart
  // :include fact-filter
  WITH fact, other, counterpart
  // :include counterpart-filter
  RETURN count(DISTINCT fact) AS facts, count(DISTINCT counterpart) AS counterparts
}
WITH entity, facts, counterparts
WHERE facts > 0
RETURN entity.id AS id, facts, counterparts
ORDER BY facts DESC, counterparts DESC, id
LIMIT $first;

// Field fragments of the compiled read path (src/compiler): `this` is the parent node, `row` what
// the fragment answers (see src/compiler/field-table.ts). A page is first + 1 items ($limit).

// :fragment this-side
// The parent as a root, with the side it acts through (see root-side).
WITH this AS root, CASE WHEN this:Province OR this.countryCode = 'VN' THEN 'ACTOR' ELSE 'PARTNER' END AS ownSide

// :fragment partners-page
// A page of the root's partners, as partners-of, each item {key, id, node: {partner, facts, roles}}.
CALL (root, ownSide) {
  // :include facts-and-counterparts
  // :include counterpart-filter
  // :include counterpart-level
  WITH counterpart, collect(DISTINCT fact) AS facts, collect(DISTINCT other.role) AS roles
  WITH counterpart, counterpart.id AS id, facts, roles,
       CASE $sort WHEN 'FACT_COUNT' THEN -size(facts) ELSE 0 END AS key
  ORDER BY key, id
  RETURN collect({key: key, id: id, partner: counterpart, facts: facts, roles: roles}) AS partners
}
WITH size(partners) AS totalCount,
     [partner IN partners WHERE $afterId IS NULL OR partner.key > $afterKey
        OR (partner.key = $afterKey AND partner.id > $afterId)][0..$limit] AS page
// :include page-in-order
RETURN {totalCount: totalCount,
        page: [partner IN ordered | {key: partner.key, id: partner.id,
                                  node: {partner: partner.partner, facts: partner.facts, roles: partner.roles}}]} AS row

// :field Query.partners
MATCH (this:Entity {id: $of})
// :include this-side
// :include partners-page

// :field Participant.partners
// :include this-side
// :include partners-page

// :field Participant.facts
// A page of the root's facts, as facts-of, each item {key, id, node: fact}.
// :include this-side
CALL (root, ownSide) {
  // :include root-facts
  // :include fact-key
  WITH collect({key: key, fact: fact}) AS keyed
  CALL (keyed) {
    UNWIND keyed AS item
    WITH item.key AS key, item.fact AS fact, item.fact.id AS id
    WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND id > $afterId)
    WITH key, fact, id ORDER BY key, id LIMIT $limit
    RETURN collect({key: key, id: id, node: fact}) AS page
  }
  RETURN size(keyed) AS totalCount, page
}
RETURN {totalCount: totalCount, page: page} AS row

// :field Participant.facts-unfiltered
// As facts-of-unfiltered: counted only when totalCount is selected.
// :include this-side
CALL (root, ownSide) {
  WITH root, ownSide WHERE $countTotal
  // :include root-live-facts
  RETURN count(DISTINCT fact) AS totalCount
}
CALL (root, ownSide) {
  // :include root-live-facts
  WITH DISTINCT fact
  // :include fact-key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND fact.id > $afterId)
  WITH fact, key ORDER BY key, fact.id LIMIT $limit
  RETURN collect({key: key, id: fact.id, node: fact}) AS page
}
RETURN {totalCount: totalCount, page: page} AS row

// :field Query.sharedPartners
// As shared-partners, each {partner, ties: [{of, facts}]}.
// :include root-side
CALL (root, ownSide) {
  // :include facts-and-counterparts
  // :include counterpart-filter
  // :include counterpart-level
  WITH counterpart, fact ORDER BY fact.id
  RETURN counterpart, collect(DISTINCT fact) AS facts
}
WITH counterpart, rootId, root, facts ORDER BY counterpart.id, rootId
WITH counterpart, collect({of: root, facts: facts}) AS ties
WHERE size(ties) = size($roots)
WITH counterpart, ties ORDER BY counterpart.id LIMIT $first
RETURN collect({partner: counterpart, ties: ties}) AS row

// :field Query.paths
// As paths-between, each {nodes, steps}.
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH path = allShortestPaths((from)-[:ACTOR|PARTNER|BASED_IN|MEMBER_OF|MERGED_INTO*..8]-(to))
WITH path LIMIT 1000
WITH path WHERE length(path) <= $maxLength
WITH path, [node IN nodes(path) | node.id] AS nodeIds ORDER BY nodeIds LIMIT $first
RETURN collect({nodes: nodes(path),
                steps: [rel IN relationships(path) | {type: type(rel), from: startNode(rel).id, to: endNode(rel).id,
                        role: rel.role, certainty: rel.certainty}]}) AS row

// :field Query.rankings
// As rankings, each {entity, factCount, counterpartCount}.
MATCH (entity:$($type))
WITH entity, CASE WHEN entity:Province OR entity.countryCode = 'VN' THEN 'ACTOR' ELSE 'PARTNER' END AS ownSide
CALL (entity, ownSide) {
  MATCH (entity)<-[:PART_OF|BASED_IN*0..3]-(self)<-[own:ACTOR|PARTNER]-(fact:Fact)-[other:ACTOR|PARTNER]->(counterpart)
  WHERE type(own) = ownSide AND type(other) <> ownSide AND ($rollUp OR self = entity)
  WITH fact, other, counterpart
  // :include fact-filter
  WITH fact, other, counterpart
  // :include counterpart-filter
  RETURN count(DISTINCT fact) AS facts, count(DISTINCT counterpart) AS counterparts
}
WITH entity, facts, counterparts
WHERE facts > 0
WITH entity, facts, counterparts ORDER BY facts DESC, counterparts DESC, entity.id LIMIT $first
RETURN collect({entity: entity, factCount: facts, counterpartCount: counterparts}) AS row
