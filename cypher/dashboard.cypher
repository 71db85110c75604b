// Aggregates for dashboards: counts of facts grouped by one dimension, delegation flows, and money
// per currency. $scope (a province id, optional) limits them to the facts that province acts in,
// with $rollUpMerged adding the units merged into it in 2025.

// :fragment live-fact
// Live facts, or with $asOf those of that day (see network.cypher's fact-filter).
(CASE WHEN $asOf IS NULL THEN fact.retiredOn IS NULL
        ELSE coalesce(fact.recordedOn <= date($asOf), true) AND coalesce(fact.retiredOn > date($asOf), true) END)

// :fragment scoped-facts
CALL () {
  MATCH (scope:Province {id: $scope})<-[:MERGED_INTO*0..1]-(unit)
  WHERE unit = scope OR $rollUpMerged
  MATCH (unit)<-[:BASED_IN*0..1]-()<-[:ACTOR]-(fact:Fact)
  RETURN DISTINCT fact
  UNION
  // The check comes before the MATCH so that a scoped question never scans every fact.
  WITH $scope AS scope
  WHERE scope IS NULL
  MATCH (fact:Fact)
  RETURN fact
}
WITH fact
WHERE
// :include live-fact
  AND ($factTypes IS NULL OR fact.factType IN $factTypes)
  AND ($kinds IS NULL OR fact.kind IN $kinds)
  AND ($sectors IS NULL OR any(sector IN fact.sectors WHERE sector IN $sectors))
  AND ($certainty IS NULL OR fact.certainty IN $certainty)
  AND ($status IS NULL OR fact.status IN $status)
  AND ($from IS NULL OR coalesce(fact.periodEnd, fact.periodStart) >= date($from))
  AND ($to IS NULL OR coalesce(fact.periodStart, fact.periodEnd) <= date($to))
  AND ($countryCodes IS NULL OR EXISTS { (fact)-[:PARTNER]->(partner) WHERE partner.countryCode IN $countryCodes })

// :fragment bucket
// A grouping's buckets, counted inside its own branch: one aggregation over every branch's rows
// together cost a third more.
WITH key, count(DISTINCT fact) AS count, collect(DISTINCT CASE WHEN $withFacts THEN fact.id END) AS unsorted
RETURN key, count, unsorted

// :name fact-buckets
// One row per bucket of each grouping in $groupings: the facts are read once for all of them (a chart
// by country beside one by year is one pass). A fact counts once in every bucket it belongs to (a fact
// with partners in two countries counts for both; a period spanning 2017 and 2018 counts in both
// years). Each grouping is a branch of its own, taken only when asked: one CASE computing any
// grouping's keys per fact, with a subquery in each arm, took more than twice as long. The ids of a
// bucket's facts (by id, at most $maxFacts, a page's most) are listed only when the client asks for
// them ($withFacts): sorting every fact of a large province by id is most of the cost otherwise.
// :include scoped-facts
WITH collect(fact) AS facts
UNWIND $groupings AS groupBy
CALL (facts, groupBy) {
  WITH facts WHERE groupBy = 'COUNTRY'
  UNWIND facts AS fact
  MATCH (fact)-[:PARTNER]->(partner)
  WHERE partner.countryCode IS NOT NULL
  WITH partner.countryCode AS key, fact
  // :include bucket
  UNION ALL
  WITH facts WHERE groupBy = 'YEAR'
  UNWIND facts AS fact
  WITH fact, fact.periodStart AS start
  WHERE start IS NOT NULL
  UNWIND range(start.year, coalesce(fact.periodEnd, start).year) AS year
  WITH toString(year) AS key, fact
  // :include bucket
  UNION ALL
  WITH facts WHERE groupBy = 'SECTOR'
  UNWIND facts AS fact
  UNWIND coalesce(fact.sectors, []) AS key
  WITH key, fact
  // :include bucket
  UNION ALL
  WITH facts WHERE groupBy = 'FACT_TYPE'
  UNWIND facts AS fact
  WITH fact.factType AS key, fact
  // :include bucket
  UNION ALL
  WITH facts WHERE groupBy = 'FACT_KIND'
  UNWIND facts AS fact
  WITH fact.kind AS key, fact
  // :include bucket
  UNION ALL
  WITH facts WHERE groupBy = 'PROVINCE'
  UNWIND facts AS fact
  MATCH (fact)-[:ACTOR]->()-[:BASED_IN*0..1]->(province:Province)
  WITH province.id AS key, fact
  // :include bucket
}
OPTIONAL MATCH (country:Country {code: key})
OPTIONAL MATCH (province:Province {id: key})
RETURN groupBy, key, coalesce(country.nameEn, province.nameVi, key) AS label, count,
       COLLECT { UNWIND unsorted AS id WITH id ORDER BY id LIMIT $maxFacts RETURN id } AS factIds
ORDER BY groupBy, count DESC, key;

// :name delegation-records
// Every delegation record of the province in the period, with its partner countries, figures and
// the total it is a share of.
MATCH (scope:Province {id: $scope})<-[:MERGED_INTO*0..1]-(unit)
WHERE unit = scope OR $rollUpMerged
MATCH (unit)<-[:BASED_IN*0..1]-()<-[:ACTOR]-(delegation:Delegation)
WITH DISTINCT delegation
WITH delegation, delegation AS fact
WHERE
// :include live-fact
  AND ($from IS NULL OR coalesce(delegation.periodEnd, delegation.periodStart) >= date($from))
  AND ($to IS NULL OR coalesce(delegation.periodStart, delegation.periodEnd) <= date($to))
OPTIONAL MATCH (delegation)-[:PART_OF]->(total:Delegation)
RETURN delegation.id AS id,
       delegation.direction AS direction,
       [(delegation)-[:PARTNER]->(partner) WHERE partner.countryCode IS NOT NULL | partner.countryCode] AS countryCodes,
       total.id AS shareOf,
       [(delegation)-[:HAS_FIGURE]->(figure:Figure) | figure {.measure, .value, .unit, .qualifier, .text}] AS figures
ORDER BY direction, id;

// :name money-totals
// Money per currency, nature, direction and qualifier: a pledge never adds to a disbursement, a
// year's flow never to a stock, money given never to money received, an exact sum never absorbs a
// lower bound or an estimate, and currencies are never added together.
// :include scoped-facts
MATCH (fact)-[:HAS_FIGURE]->(money:Figure)
WHERE money.unit =~ '[A-Z]{3}'
WITH fact, money ORDER BY fact.id
RETURN money.unit AS currency, money.nature AS nature, money.direction AS direction,
       money.qualifier AS qualifier, sum(money.value) AS total, collect(DISTINCT fact.id) AS factIds
ORDER BY currency, nature, direction, qualifier;
