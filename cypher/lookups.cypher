// Look-ups and lists of places, organisations, documents and sources. $type is one of the node
// labels (Province, Country, ForeignLocality, LocalityGroup, Organization, PolicyDocument, Source),
// checked against that list before it reaches Cypher.

// :name entity-by-code
// ISO 3166-1/3166-2 code, or the statistics office's province code.
MATCH (n:$($type))
WHERE (n.isoCode = $code OR n.code = $code OR n.officialCode = $code) AND n.retiredOn IS NULL
RETURN n AS node
ORDER BY CASE n.era WHEN 'PRE_2025' THEN 1 ELSE 0 END, n.id
LIMIT 1;

// :name entities-by-name
// Any name or alias, compared by search key (no case, no diacritics). Where a merged unit kept its
// name ("Tây Ninh"), today's unit comes first.
MATCH (n:$($type))
WHERE $key IN n.searchKeys AND n.retiredOn IS NULL
RETURN n AS node
ORDER BY CASE n.era WHEN 'PRE_2025' THEN 1 ELSE 0 END, CASE WHEN $key IN [n.nameVi, n.nameEn] THEN 0 ELSE 1 END, n.id
LIMIT $limit;

// :fragment list-filter
// Retired records (merged duplicates) leave lists; node(id) still finds them.
WHERE n.retiredOn IS NULL
  AND ($countryCodes IS NULL OR n.countryCode IN $countryCodes)
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($eras IS NULL OR n.era IN $eras)
  AND ($partOf IS NULL OR EXISTS { (n)-[:PART_OF*1..2]->(:Entity {id: $partOf}) })

// :name entities-of-type
// One keyset page of a type, by id, with the total that matches the filter (when asked for).
CALL () {
  WITH 1 AS counted WHERE $countTotal
  MATCH (n:$($type))
  // :include list-filter
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:$($type))
  // :include list-filter
    AND ($afterId IS NULL OR n.id > $afterId)
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect(n) AS page
}
RETURN totalCount, page;

// :name facts-of-sources
// The facts each source states, by id: a source's page of evidence.
UNWIND $roots AS rootId
CALL (rootId) {
  MATCH (:Source {id: rootId})<-[:EVIDENCED_BY]-(fact:Fact)
  WHERE fact.retiredOn IS NULL
  WITH DISTINCT fact.id AS id ORDER BY id
  RETURN collect({id: id, key: 0}) AS facts
}
RETURN rootId AS id, size(facts) AS totalCount,
       [item IN facts WHERE $afterId IS NULL OR item.id > $afterId][0..$limit] AS page;

// :field Query.provinces
// entities-of-type for provinces, in the compiled read path (src/compiler): items {key, id, node}.
CALL () {
  WITH 1 AS counted WHERE $countTotal
  MATCH (n:Province)
  // :include list-filter
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Province)
  // :include list-filter
    AND ($afterId IS NULL OR n.id > $afterId)
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect({key: 0, id: n.id, node: n}) AS page
}
RETURN {totalCount: totalCount, page: page} AS row

// :field lookup-by-id
// Query.province, country, foreignLocality, localityGroup, organization by key, compiled:
// as node(id), an id of another type answers nothing.
MATCH (row:Entity {id: $id})
WHERE $type IN labels(row)
RETURN row

// :field lookup-by-code
// As entity-by-code.
MATCH (row:$($type))
WHERE (row.isoCode = $code OR row.code = $code OR row.officialCode = $code) AND row.retiredOn IS NULL
RETURN row
ORDER BY CASE row.era WHEN 'PRE_2025' THEN 1 ELSE 0 END, row.id
LIMIT 1
