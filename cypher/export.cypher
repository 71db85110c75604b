// Export (src/modules/export): the whole graph, or the part a filter selects, as property types, nodes
// and relationships. Every statement includes the same selection, so the three agree.
//
// `$whole` is true when no filter is given: every Entity node, retired records included (they carry
// retiredOn), so that the dump restores the graph, and with `$history` the audit trail too (Change
// nodes, CHANGED to what they changed, and ImportRun progress records). Otherwise, like every answer of the API, only facts
// not retired, and each given filter applies:
//   $province: the facts the province acts in (ACTOR), also through an organisation BASED_IN it, and
//     with $rollUpMerged those of the units MERGED_INTO it (as in cypher/network.cypher);
//   $country: the facts with a PARTNER whose countryCode is $country;
//   $from, $to: the facts whose period overlaps [from, to]; an undated fact never matches.
// A filtered export holds those facts with what each needs to be read (participants, figures, cited
// documents), the province asked for with the documents it cites, and every Source that evidences
// any of them. A relationship is exported only when both its ends are.

// :fragment selected-nodes
CALL () {
  MATCH (n:Entity)
  WHERE $whole
  RETURN n
  UNION
  MATCH (n:Change|ImportRun)
  WHERE $whole AND $history
  RETURN n
  UNION
  CALL () {
    MATCH (fact:Fact)
    WHERE NOT $whole
      AND fact.retiredOn IS NULL
      AND ($province IS NULL OR EXISTS {
        MATCH (root:Province {id: $province})<-[:MERGED_INTO*0..1]-(unit)<-[:BASED_IN*0..1]-()<-[:ACTOR]-(fact)
        WHERE unit = root OR $rollUpMerged
      })
      AND ($country IS NULL OR EXISTS {
        MATCH (fact)-[:PARTNER]->(partner)
        WHERE partner.countryCode = $country
      })
      AND ($from IS NULL OR coalesce(fact.periodEnd, fact.periodStart) >= date($from))
      AND ($to IS NULL OR coalesce(fact.periodStart, fact.periodEnd) <= date($to))
    MATCH (fact)-[:ACTOR|PARTNER|HAS_FIGURE|CITES*0..1]->(core)
    RETURN core
    UNION
    MATCH (root:Province {id: $province})<-[:MERGED_INTO*0..1]-(unit)
    WHERE NOT $whole AND (unit = root OR $rollUpMerged)
    MATCH (unit)-[:CITES*0..1]->(core)
    RETURN core
  }
  // The provenance of what was selected: the Sources its evidence and its citations name.
  CALL (core) {
    RETURN core AS n
    UNION
    MATCH (core)-[:EVIDENCED_BY]->(n:Source)
    RETURN n
    UNION
    MATCH (core)-[citation:CITES]->()
    UNWIND citation.sources AS sourceId
    MATCH (n:Source {id: sourceId})
    RETURN n
  }
  RETURN n
}

// :fragment selected-relationships
// :include selected-nodes
WITH collect(n) AS selected
UNWIND selected AS a
MATCH (a)-[r]->(b)
WHERE b IN selected

// :name node-property-types
// Every property key of the selected nodes with the value types it holds (e.g. "DATE NOT NULL"), so
// that GraphML and CSV can declare their attributes and columns before the first node.
// :include selected-nodes
UNWIND keys(n) AS key
RETURN key, collect(DISTINCT valueType(n[key])) AS types
ORDER BY key;

// :name relationship-property-types
// :include selected-relationships
UNWIND keys(r) AS key
RETURN key, collect(DISTINCT valueType(r[key])) AS types
ORDER BY key;

// :name nodes
// `evidence` is the node's provenance, [source id, quote] pairs, for the formats that flatten it into
// columns; the JSON dump carries the EVIDENCED_BY relationships themselves.
// :include selected-nodes
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
       [(n)-[e:EVIDENCED_BY]->(source:Source) | [source.id, e.quote]] AS evidence
ORDER BY id;

// :name relationships
// A relationship's provenance: its own quote (EVIDENCED_BY) or citations (CITES), else, for what a
// fact states (its participants, figures, the total it is a share of), the fact's evidence.
// :include selected-relationships
RETURN type(r) AS type, a.id AS fromId, b.id AS toId, coalesce(r.key, '') AS key,
       properties(r) AS properties,
       CASE
         WHEN r:EVIDENCED_BY THEN [[b.id, r.quote]]
         WHEN r:CITES THEN [i IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[i], r.quotes[i]]]
         WHEN a:Fact THEN [(a)-[e:EVIDENCED_BY]->(source:Source) | [source.id, e.quote]]
         ELSE []
       END AS evidence
ORDER BY type, fromId, toId, key;
