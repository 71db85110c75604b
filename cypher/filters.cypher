// The fact filter every fact-reading field shares (src/domain/filters.ts gives its parameters):
// conditions on a `fact`, included after a WHERE as `// :include filters.cypher#fact-conditions`.
// Every parameter is optional: a null one lets everything through. The conditions on the other side
// of a fact (a counterpart's country, type, role) depend on who asks and stay in each file.

// :fragment fact-conditions
// $factLabel: the one fact type the filter's types and kinds leave (src/domain/filters.ts), written
// in as a label, which Neo4j checks before reading a fact's properties.
// Live facts, or with $asOf those of the graph as it stood at the end of that day (a fact recorded
// before this bookkeeping began, without recordedOn, counts as recorded from the start). A dated
// fact matches a period when its period overlaps it; an undated one only when $undated is 'INCLUDE'
// or 'ONLY' ($period is null when the filter says nothing of periods: every fact passes). $participants: facts any of them takes part in, on either side, in any of $roles; with
// $rollUp a participant counts for the places above it (BASED_IN: a body to its seat, PART_OF: a city
// to its province abroad, a place or group to its country) and with $rollUpMerged a pre-2025
// province for today's unit (MERGED_INTO).
($factLabel IS NULL OR fact:$($factLabel))
  AND (CASE WHEN $asOf IS NULL THEN fact.retiredOn IS NULL
      ELSE coalesce(fact.recordedOn <= date($asOf), true) AND coalesce(fact.retiredOn > date($asOf), true) END)
  AND ($factTypes IS NULL OR fact.factType IN $factTypes)
  AND ($kinds IS NULL OR fact.kind IN $kinds)
  AND ($sectors IS NULL OR any(sector IN fact.sectors WHERE sector IN $sectors))
  AND ($certainty IS NULL OR fact.certainty IN $certainty)
  AND ($status IS NULL OR fact.status IN $status)
  AND ($period IS NULL OR CASE WHEN fact.periodStart IS NULL AND fact.periodEnd IS NULL THEN $undated <> 'EXCLUDE'
       ELSE $undated <> 'ONLY'
         AND ($from IS NULL OR coalesce(fact.periodEnd, fact.periodStart) >= date($from))
         AND ($to IS NULL OR coalesce(fact.periodStart, fact.periodEnd) <= date($to)) END)
  AND ($sources IS NULL OR EXISTS { (fact)-[:EVIDENCED_BY]->(source:Source) WHERE source.id IN $sources })
  AND ($participants IS NULL OR EXISTS {
    MATCH (fact)-[link:ACTOR|PARTNER]->(:Entity)-[up:BASED_IN|PART_OF|MERGED_INTO*0..4]->(place:Entity)
    WHERE place.id IN $participants
      AND ($roles IS NULL OR link.role IN $roles)
      AND all(step IN up WHERE CASE type(step) WHEN 'MERGED_INTO' THEN $rollUpMerged ELSE $rollUp END)
  })
