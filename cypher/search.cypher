// :name search
// One ranked list across places, organisations, programmes and documents from the full-text index
// entity_names (standard-folding analyzer: case and diacritics ignored). $query is the user's text
// with Lucene's special characters escaped; each word may also match as a prefix, so typing works.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE node.retiredOn IS NULL AND ($types IS NULL OR any(label IN labels(node) WHERE label IN $types))
RETURN node, score
ORDER BY score DESC, node.id
LIMIT $limit;
