// Aggregates for dashboards: counts of facts grouped by one dimension, delegation flows, and money
// per currency. $scope (a province id, optional) limits them to the facts that province acts in,
// with $rollUpMerged adding the units merged into it in 2025.

// :fragment scope-facts
// The scope's facts (with $rollUp those of the bodies based in it), or every fact without a scope.
CALL () {
  MATCH (scope:Province {id: $scope})<-[:MERGED_INTO*0..1]-(unit)
  WHERE unit = scope OR $rollUpMerged
  MATCH (unit)<-[:BASED_IN*0..1]-(body)<-[:ACTOR]-(fact:Fact)
  WHERE $rollUp OR body = unit
  RETURN DISTINCT fact
  UNION
  // The check comes before the MATCH so that a scoped question never scans every fact.
  WITH $scope AS scope
  WHERE scope IS NULL
  MATCH (fact:Fact)
  RETURN fact
}

// :fragment fact-filter
// The shared fact conditions (filters.cypher); the counterpart conditions look at the partners (the
// other side from the Vietnamese actors, scoped or not), as a province's facts field does.
WITH fact
WHERE
// :include filters.cypher#fact-conditions
  AND (($countryCodes IS NULL AND $counterpartTypes IS NULL AND $localityKinds IS NULL AND $roles IS NULL)
    OR EXISTS {
      MATCH (fact)-[other:PARTNER]->(partner)
      WHERE ($countryCodes IS NULL OR partner.countryCode IN $countryCodes)
        AND ($counterpartTypes IS NULL OR any(label IN labels(partner) WHERE label IN $counterpartTypes))
        AND ($localityKinds IS NULL OR (partner:ForeignLocality AND partner.kind IN $localityKinds))
        AND ($roles IS NULL OR other.role IN $roles)
    })

// :fragment scoped-facts
// The scope's facts, filtered.
// :include scope-facts
// :include fact-filter

// :fragment bucket
// A grouping's buckets, counted inside its own branch: one aggregation over every branch's rows
// together cost a third more.
WITH key, count(DISTINCT fact) AS count, collect(DISTINCT CASE WHEN $withFacts THEN fact.id END) AS unsorted
RETURN key, count, unsorted

// :fragment grouped-buckets
// The buckets of each grouping in $groupings (see fact-buckets).
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
  WITH fact, coalesce(fact.periodStart, fact.periodEnd) AS start, coalesce(fact.periodEnd, fact.periodStart) AS end
  // Undated facts are a bucket of their own, never dropped (the filter's period.undated decides).
  UNWIND CASE WHEN start IS NULL THEN ['undated']
              ELSE [year IN range(start.year, end.year) | toString(year)] END AS key
  WITH key, fact
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
  MATCH (fact)-[:ACTOR]->(actor)-[:BASED_IN*0..1]->(province:Province)
  WHERE $rollUp OR actor = province
  WITH province.id AS key, fact
  // :include bucket
}

// :name fact-buckets
// One row per bucket of each grouping in $groupings: the facts are read once for all of them (a chart
// by country beside one by year is one pass). A fact counts once in every bucket it belongs to (a fact
// with partners in two countries counts for both; a period spanning 2017 and 2018 counts in both
// years). Each grouping is a branch of its own, taken only when asked: one CASE computing any
// grouping's keys per fact, with a subquery in each arm, took more than twice as long. The ids of a
// bucket's facts (by id, at most $maxFacts, a page's most) are listed only when the client asks for
// them ($withFacts): sorting every fact of a large province by id is most of the cost otherwise.
// :include scoped-facts
// :include grouped-buckets
OPTIONAL MATCH (country:Country {code: key})
OPTIONAL MATCH (province:Province {id: key})
RETURN groupBy, key, coalesce(country.nameEn, province.nameVi, key) AS label, count,
       COLLECT { UNWIND unsorted AS id WITH id ORDER BY id LIMIT $maxFacts RETURN id } AS factIds
ORDER BY groupBy, count DESC, key;

// :name delegation-records
// Every delegation record of the province in the period (undated ones as $undated says), with its
// partner countries, figures and the total it is a share of.
MATCH (scope:Province {id: $scope})<-[:MERGED_INTO*0..1]-(unit)
WHERE unit = scope OR $rollUpMerged
MATCH (unit)<-[:BASED_IN*0..1]-(body)<-[:ACTOR]-(delegation:Delegation)
WHERE $rollUp OR body = unit
WITH DISTINCT delegation
WITH delegation, delegation AS fact
WHERE
// :include filters.cypher#fact-conditions
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

// Field fragments of the compiled read path (src/compiler): `row` is what the field answers.

// :field Query.factCounts:scope
// The facts a chart counts, before its filter: a prelude of the root field (see field-table.ts),
// read once for the charts of one request that ask about the same scope.
// :include scope-facts
RETURN collect(fact) AS row

// :field Query.factCounts
// One grouping's buckets, as fact-buckets, each {key, label, value, factIds}; `this` is the scope's
// facts (Query.factCounts:scope).
UNWIND this AS fact
// :include fact-filter
// :include grouped-buckets
OPTIONAL MATCH (country:Country {code: key})
OPTIONAL MATCH (province:Province {id: key})
WITH key, coalesce(country.nameEn, province.nameVi, key) AS label, count,
     COLLECT { UNWIND unsorted AS id WITH id ORDER BY id LIMIT $maxFacts RETURN id } AS factIds
ORDER BY count DESC, key
RETURN collect({key: key, label: label, value: count, factIds: factIds}) AS row

// :field Bucket.facts
// The first of a bucket's facts, by id.
UNWIND this.factIds[0..$first] AS id
MATCH (fact:Fact {id: id})
RETURN collect(fact) AS row
