// Questions across the whole graph: every fact that matches a filter (Query.facts), grouped counts
// for charts (Query.factStats), and the id checks behind NOT_FOUND.
//
// Roll-ups (documented in docs/querying.md): a participant counts for the places above it, so that
// asking for a country finds the facts of its provinces, cities and groups, and asking for a province
// finds those of the Vietnamese bodies based in it. The steps are BASED_IN (a body to its seat),
// PART_OF (a city to its province abroad, a place or group to its country) and, with $rollUpMerged,
// MERGED_INTO (a pre-2025 province to today's unit). $rollUp false: only the participant itself.

// :fragment matching-facts
// The shared fact conditions (filters.cypher), then the participants' side: with no asking
// participant, $countryCodes and $roles look at the participants on either side.
MATCH (fact:Fact)
WHERE
// :include filters.cypher#fact-conditions
  AND ($countryCodes IS NULL OR EXISTS {
    MATCH (fact)-[link:ACTOR|PARTNER]->(participant:Entity)
    WHERE coalesce(participant.countryCode, CASE WHEN participant:Province THEN 'VN' END) IN $countryCodes
      AND ($roles IS NULL OR link.role IN $roles)
  })
  AND ($roles IS NULL OR EXISTS { (fact)-[link:ACTOR|PARTNER]->() WHERE link.role IN $roles })

// :name facts-page
// One keyset page of the matching facts by period start (oldest or newest first, undated last) or by
// id, then id; the total only when the client selects it (counting reads every matching fact).
CALL () {
  WITH 1 AS counted WHERE $countTotal
  // :include matching-facts
  RETURN count(fact) AS totalCount
}
CALL () {
  // :include matching-facts
  WITH fact, fact.periodStart AS start
  WITH fact,
       CASE
         WHEN $sort = 'ID' THEN 0
         WHEN start IS NULL THEN 99999999
         WHEN $sort = 'NEWEST_FIRST' THEN -(start.year * 10000 + start.month * 100 + start.day)
         ELSE start.year * 10000 + start.month * 100 + start.day
       END AS key
  WHERE $afterId IS NULL OR key > $afterKey OR (key = $afterKey AND fact.id > $afterId)
  WITH fact, key ORDER BY key, fact.id LIMIT $limit
  // The node rides along, priming the request's entity loader.
  RETURN collect({id: fact.id, key: key, node: fact}) AS page
}
RETURN totalCount, page;

// :name fact-stats
// The matching facts grouped by one or two dimensions ($dimensions), with every measure per bucket.
// A fact counts once in each bucket it belongs to: a fact with partners in two countries counts for
// both, a period spanning 2017 and 2018 in both years. A fact with no key for a dimension (no date,
// no sector, no foreign country) falls in that dimension's null bucket, which is reported, not
// dropped. Provinces are the Vietnamese provinces acting in a fact, with $rollUp a body counted at
// its seat (and, with $rollUpMerged, a merged unit at today's unit); countries are the partners'
// countries.
// :include matching-facts
WITH fact,
     COLLECT {
       MATCH (fact)-[:ACTOR]->(actor:Entity)-[:BASED_IN*0..1]->(province:Province)
       WHERE $rollUp OR actor = province
       OPTIONAL MATCH (province)-[:MERGED_INTO]->(successor:Province)
       RETURN DISTINCT CASE WHEN $rollUpMerged AND successor IS NOT NULL THEN successor.id ELSE province.id END
     } AS provinces,
     COLLECT { MATCH (fact)-[:PARTNER]->(partner:Entity) RETURN DISTINCT partner.id } AS partners,
     COLLECT {
       MATCH (fact)-[:PARTNER]->(partner:Entity)
       WHERE partner.countryCode IS NOT NULL AND partner.countryCode <> 'VN'
       RETURN DISTINCT partner.countryCode
     } AS countries,
     COLLECT { MATCH (fact)-[:EVIDENCED_BY]->(source:Source) RETURN DISTINCT source.id } AS sources,
     COLLECT { MATCH (fact)-[:HAS_FIGURE]->(figure:Figure) RETURN figure {.unit, .value} } AS figures,
     CASE WHEN fact.periodStart IS NULL THEN []
          ELSE [year IN range(fact.periodStart.year, coalesce(fact.periodEnd, fact.periodStart).year) | toString(year)]
     END AS years
WITH fact, provinces, partners, countries, figures,
     [dimension IN $dimensions |
       CASE dimension
         WHEN 'COUNTRY' THEN countries
         WHEN 'PROVINCE' THEN provinces
         WHEN 'PARTNER' THEN partners
         WHEN 'YEAR' THEN years
         WHEN 'KIND' THEN [fact.kind]
         WHEN 'SECTOR' THEN coalesce(fact.sectors, [])
         WHEN 'CERTAINTY' THEN [fact.certainty]
         WHEN 'SOURCE' THEN sources
       END] AS keyLists
// An empty key list becomes the null bucket, so that no fact silently leaves the chart.
UNWIND CASE WHEN size(keyLists[0]) = 0 THEN [null] ELSE keyLists[0] END AS first
UNWIND CASE WHEN size($dimensions) < 2 THEN [null]
            WHEN size(keyLists[1]) = 0 THEN [null] ELSE keyLists[1] END AS second
WITH first, second,
     collect({id: fact.id, provinces: provinces, partners: partners, countries: countries, figures: figures}) AS rows
RETURN first, second, size(rows) AS facts,
       size(COLLECT { UNWIND rows AS row UNWIND row.provinces AS id RETURN DISTINCT id }) AS provinces,
       size(COLLECT { UNWIND rows AS row UNWIND row.partners AS id RETURN DISTINCT id }) AS partners,
       size(COLLECT { UNWIND rows AS row UNWIND row.countries AS code RETURN DISTINCT code }) AS countries,
       COLLECT {
         UNWIND rows AS row
         UNWIND row.figures AS figure
         WITH figure.unit AS unit, sum(figure.value) AS total, count(DISTINCT row.id) AS factCount
         RETURN {unit: unit, total: total, facts: factCount} ORDER BY unit
       } AS sums,
       [row IN rows | row.id][0..$maxFacts] AS factIds;

// :name labels-of
// Readable labels for bucket keys: a country by its code, anything else by its id; a Vietnamese
// province by its Vietnamese name, a foreign place by its English one.
UNWIND $keys AS key
OPTIONAL MATCH (country:Country {code: key})
OPTIONAL MATCH (entity:Entity {id: key})
WITH key, coalesce(country, entity) AS node
WHERE node IS NOT NULL
RETURN key, coalesce(CASE WHEN node:Province THEN node.nameVi END, node.nameEn, node.nameVi, node.title,
                     node.fileName, key) AS label;

// :name ids-found
// Which of the ids name an entity, and of which type.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [label IN labels(n) WHERE label <> 'Entity' AND label <> 'Fact'][0] AS type;

// :name ids-with-prefix
// The ids a mistyped one may have meant: those of the same kind ("province:", "country:", …).
MATCH (n:Entity)
WHERE n.id STARTS WITH $prefix AND n.retiredOn IS NULL
RETURN n.id AS id;

// :name country-codes
MATCH (country:Country)
RETURN country.code AS code;
