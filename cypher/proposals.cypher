// The ingest's review queue (src/modules/ingest). Proposals carry the Proposal label only, never
// Entity or Fact, so no answer about facts, search or export can meet them.

// :name source-exists
MATCH (source:Source {id: $id})
RETURN source.id AS id;

// :name known-fingerprints
// Which of an article's proposals are already queued, accepted or rejected.
UNWIND $fingerprints AS fingerprint
MATCH (proposal:Proposal {fingerprint: fingerprint})
RETURN proposal.fingerprint AS fingerprint;

// :name create-proposals
UNWIND $rows AS row
MATCH (source:Source {id: row.sourceId})
CREATE (proposal:Proposal {id: row.id, fingerprint: row.fingerprint, status: 'PROPOSED',
        sourceId: row.sourceId, factType: row.factType, kind: row.kind, record: row.record,
        quote: row.quote, quoteStart: row.quoteStart, quoteEnd: row.quoteEnd, cue: row.cue,
        confidence: row.confidence, placeId: row.placeId, createdAt: datetime(), createdMs: row.createdMs,
        createdBy: $by})
CREATE (proposal)-[:PROPOSED_FROM]->(source)
RETURN count(proposal) AS created;

// :name proposals-page
// Keyset page, oldest first: (createdMs, id) after the cursor's.
MATCH (proposal:Proposal)
WHERE ($status IS NULL OR proposal.status = $status)
  AND ($source IS NULL OR proposal.sourceId = $source)
  AND ($afterKey IS NULL OR proposal.createdMs > $afterKey
       OR (proposal.createdMs = $afterKey AND proposal.id > $afterId))
RETURN proposal {.*, createdAt: toString(proposal.createdAt), reviewedAt: toString(proposal.reviewedAt)} AS proposal
ORDER BY proposal.createdMs, proposal.id
LIMIT toInteger($limit);

// :name proposal-for-review
MATCH (proposal:Proposal {id: $id})
RETURN proposal {.*, createdAt: toString(proposal.createdAt), reviewedAt: toString(proposal.reviewedAt)} AS proposal;

// :name mark-accepted
// $factId: the fact it became, or the place, for a proposed place.
MATCH (proposal:Proposal {id: $id}), (fact:Entity {id: $factId})
SET proposal.status = 'ACCEPTED', proposal.reviewedAt = datetime(), proposal.reviewedBy = $by,
    proposal.reviewReason = $reason, proposal.factId = $factId, proposal.acceptedRecord = $record
CREATE (proposal)-[:BECAME]->(fact)
RETURN proposal {.*, createdAt: toString(proposal.createdAt), reviewedAt: toString(proposal.reviewedAt)} AS proposal;

// :name proposed-places
// The places among a fact's ids that are not in the graph but wait in the queue (the oldest
// proposal of each, when two articles proposed the same place).
UNWIND $ids AS id
CALL (id) {
  MATCH (proposal:Proposal {placeId: id, status: 'PROPOSED'})
  WHERE NOT EXISTS { MATCH (:Entity {id: id}) }
  RETURN proposal ORDER BY proposal.createdMs, proposal.id LIMIT 1
}
RETURN proposal {.*, createdAt: toString(proposal.createdAt), reviewedAt: toString(proposal.reviewedAt)} AS proposal;

// :name mark-rejected
MATCH (proposal:Proposal {id: $id})
WHERE proposal.status = 'PROPOSED'
SET proposal.status = 'REJECTED', proposal.reviewedAt = datetime(), proposal.reviewedBy = $by,
    proposal.reviewReason = $reason
RETURN proposal {.*, createdAt: toString(proposal.createdAt), reviewedAt: toString(proposal.reviewedAt)} AS proposal;

// :name set-article-text
// The article's plain text, which every proposal's quoteStart/quoteEnd point into.
MATCH (source:Source {id: $id})
SET source.articleText = $text
RETURN source.id AS id;

// :name proposal-article
MATCH (source:Source {id: $id})
RETURN source.id AS id, source.title AS title, source.url AS url, source.articleText AS text;
