// The benchmark's questions written by hand against the driver: the limit for our layer. Each is one
// statement that starts from an index and returns the whole answer, shaped as the GraphQL answers are.
// Facts count for a province when it or a body based in it acts in them (as the API counts them).

// :name mission
// The Lao provinces (and groups) Sơn La trains cadres from, with the facts and their sources: the
// first $first partners by number of facts, as our API's page of partners lists them, and how many
// there are (the totalCount ours selects).
MATCH (:Province {id: $of})<-[:BASED_IN*0..1]-()<-[:ACTOR]-(fact:Programme)
WHERE fact.kind IN $kinds AND fact.retiredOn IS NULL
MATCH (fact)-[:PARTNER]->(partner)
WHERE partner.countryCode IN $countries
WITH partner, fact ORDER BY fact.id
WITH partner, collect(DISTINCT fact) AS facts
ORDER BY size(facts) DESC, partner.id
WITH collect({partner: partner, facts: facts}) AS partners
UNWIND partners[0..$first] AS row
WITH size(partners) AS totalCount, row.partner AS partner, row.facts AS facts
RETURN totalCount, partner {
  .id, .nameEn, labels: labels(partner),
  members: [(partner)<-[membership:MEMBER_OF]-(locality:ForeignLocality) |
            {certainty: membership.certainty, basis: membership.basis, id: locality.id, nameEn: locality.nameEn}],
  facts: [fact IN facts | {
    id: fact.id, kind: fact.kind, start: toString(fact.periodStart), end: toString(fact.periodEnd),
    sources: [(fact)-[evidence:EVIDENCED_BY]->(source:Source) |
              {quote: evidence.quote, id: source.id, fileName: source.fileName}]
  }]
} AS partner;

// :name fixed
// A fixed-size page: the province's first $first partners by number of facts, with their facts and
// quotes.
MATCH (:Province {id: $of})<-[:BASED_IN*0..1]-()<-[:ACTOR]-(fact:Fact)
WHERE fact.retiredOn IS NULL
MATCH (fact)-[:PARTNER]->(partner)
WITH partner, fact ORDER BY fact.id
WITH partner, collect(DISTINCT fact) AS facts
ORDER BY size(facts) DESC, partner.id
LIMIT $first
RETURN partner {
  .id, .nameEn,
  facts: [fact IN facts | {
    id: fact.id, kind: fact.kind,
    sources: [(fact)-[evidence:EVIDENCED_BY]->(source:Source) |
              {quote: evidence.quote, id: source.id, fileName: source.fileName}]
  }]
} AS partner;

// :name nested
// The first provinces by id, each with its first facts (oldest first), their partners with their
// country, and their sources.
MATCH (province:Province)
WHERE province.retiredOn IS NULL
WITH province ORDER BY province.id LIMIT $provinces
CALL (province) {
  MATCH (province)<-[:BASED_IN*0..1]-()<-[:ACTOR]-(fact:Fact)
  WHERE fact.retiredOn IS NULL
  WITH DISTINCT fact ORDER BY fact.periodStart, fact.id LIMIT $facts
  RETURN collect({
    id: fact.id,
    partners: [(fact)-[:PARTNER]->(partner) |
               {id: partner.id,
                country: COLLECT { MATCH (country:Country {code: partner.countryCode}) RETURN country {.id, .code, .nameEn} }[0]}],
    sources: [(fact)-[evidence:EVIDENCED_BY]->(source:Source) |
              {quote: evidence.quote, id: source.id, fileName: source.fileName}]
  }) AS facts
}
RETURN province.id AS id, facts;

// :name dashboard
// A province's facts counted by partner country and by year.
MATCH (:Province {id: $province})<-[:BASED_IN*0..1]-()<-[:ACTOR]-(fact:Fact)
WHERE fact.retiredOn IS NULL
WITH DISTINCT fact
WITH collect(fact) AS facts
CALL (facts) {
  UNWIND facts AS fact
  MATCH (fact)-[:PARTNER]->(partner)
  WHERE partner.countryCode IS NOT NULL
  WITH partner.countryCode AS key, count(DISTINCT fact) AS value
  OPTIONAL MATCH (country:Country {code: key})
  WITH key, coalesce(country.nameEn, key) AS label, value ORDER BY value DESC, key
  RETURN collect({key: key, label: label, value: value}) AS byCountry
}
CALL (facts) {
  UNWIND facts AS fact
  WITH fact WHERE fact.periodStart IS NOT NULL
  UNWIND range(fact.periodStart.year, coalesce(fact.periodEnd, fact.periodStart).year) AS year
  WITH toString(year) AS key, count(DISTINCT fact) AS value ORDER BY value DESC, key
  RETURN collect({key: key, label: key, value: value}) AS byYear
}
RETURN byCountry, byYear;

// :name search
// Foreign localities by name from the full-text index, best first.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE node:ForeignLocality AND node.retiredOn IS NULL
RETURN node {.id, .nameEn, .countryCode, score: score} AS hit
ORDER BY score DESC, node.id
LIMIT $limit;

// :name path
// The shortest chains of facts between two entities, bounded: the first $first by their ids among the
// first 1,000 the search finds, as our API picks them (sorting every shortest chain of two active
// provinces takes seconds).
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH path = allShortestPaths((from)-[:ACTOR|PARTNER|BASED_IN|MEMBER_OF|MERGED_INTO*..8]-(to))
WITH path LIMIT 1000
WITH path WHERE length(path) <= $maxLength
WITH path, [node IN nodes(path) | node.id] AS nodeIds
RETURN length(path) AS length, nodeIds,
       [rel IN relationships(path) | {type: type(rel), from: startNode(rel).id, to: endNode(rel).id, role: rel.role}] AS steps
ORDER BY nodeIds
LIMIT $first;

// :name page
// One keyset page deep into a province's facts (oldest first), with the total.
MATCH (province:Province {id: $province})
CALL (province) {
  MATCH (province)<-[:BASED_IN*0..1]-()<-[:ACTOR]-(fact:Fact)
  WHERE fact.retiredOn IS NULL
  RETURN count(DISTINCT fact) AS totalCount
}
CALL (province) {
  MATCH (province)<-[:BASED_IN*0..1]-()<-[:ACTOR]-(fact:Fact)
  WHERE fact.retiredOn IS NULL
  WITH DISTINCT fact
  WITH fact, coalesce(fact.periodStart.year * 10000 + fact.periodStart.month * 100 + fact.periodStart.day, 99999999) AS key
  WHERE key > $afterKey OR (key = $afterKey AND fact.id > $afterId)
  WITH fact ORDER BY key, fact.id LIMIT $limit
  RETURN collect(fact {.id, .factType}) AS page
}
RETURN totalCount, page;

// :name deep-item
// The item a deep page starts after: the province's facts in page order, $depth (0 to 1) of the way in.
// The peer's list is the province's own ACTOR relationships in that order, a fact once per relationship
// (FUNDER and RUNNER are two), so the same item sits at another offset there: peerOffset.
MATCH (province:Province {id: $province})<-[:BASED_IN*0..1]-()<-[:ACTOR]-(fact:Fact)
WHERE fact.retiredOn IS NULL
WITH DISTINCT province, fact
WITH province, fact,
     coalesce(fact.periodStart.year * 10000 + fact.periodStart.month * 100 + fact.periodStart.day, 99999999) AS key
ORDER BY key, fact.id
WITH province, collect({key: key, id: fact.id}) AS items
WITH province, items, toInteger(size(items) * $depth) AS offset
WITH province, offset, items[offset] AS item
CALL (province, item) {
  MATCH (province)<-[actor:ACTOR]-(fact:Fact)
  WITH actor, fact,
       coalesce(fact.periodStart.year * 10000 + fact.periodStart.month * 100 + fact.periodStart.day, 99999999) AS key
  WHERE key < item.key OR (key = item.key AND fact.id <= item.id)
  RETURN count(actor) - 1 AS peerOffset
}
RETURN peerOffset, item;
