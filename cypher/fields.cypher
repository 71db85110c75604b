// Field fragments of the compiled read path (src/compiler): each answers one field under its
// parent `this` and ends with `RETURN ... AS row` (see src/compiler/field-table.ts). The orders are
// those of the batched look-ups in entities.cypher, so that both paths answer alike.

// :field Participant.country
// A country's own code, a province's VN.
WITH CASE WHEN this:Province THEN 'VN' ELSE this.countryCode END AS code
MATCH (row:Entity {id: 'country:' + code})
WHERE row:Country
RETURN row

// :field Fact.sources
// The quotes that state a fact, oldest source first, each {quote, source}.
MATCH (this)-[evidence:EVIDENCED_BY]->(source:Source)
WITH evidence, source ORDER BY source.id, evidence.key
RETURN collect({quote: evidence.quote, source: source}) AS row

// :field Fact.figures
MATCH (this)-[:HAS_FIGURE]->(figure:Figure)
WITH figure ORDER BY figure.id
RETURN collect(figure) AS row

// :field Fact.participants
// Who takes part, each {side, role, participant}, optionally only some roles.
MATCH (this)-[participation:ACTOR|PARTNER]->(participant:Entity)
WITH type(participation) AS side, participation.role AS role, participant
WHERE ($sides IS NULL OR side IN $sides) AND ($roles IS NULL OR role IN $roles)
WITH side, role, participant ORDER BY side, role, participant.id
RETURN collect({side: side, role: role, participant: participant}) AS row

// :field LocalityGroup.members
MATCH (this)<-[membership:MEMBER_OF]-(locality:ForeignLocality)
WITH this, membership, locality ORDER BY locality.id
RETURN collect({locality: locality, group: this, certainty: membership.certainty, basis: membership.basis}) AS row

// :field ForeignLocality.groups
MATCH (this)-[membership:MEMBER_OF]->(group:LocalityGroup)
WITH this, membership, group ORDER BY group.id
RETURN collect({locality: this, group: group, certainty: membership.certainty, basis: membership.basis}) AS row

// :field LocalityGroup.statedCounts
// The member counts articles state for a group, each with its quote.
MATCH (this)-[stated:EVIDENCED_BY]->(source:Source)
WHERE stated.statedCount IS NOT NULL
WITH stated, source ORDER BY source.id, stated.statedCount
RETURN collect({count: stated.statedCount, text: stated.statedCountText,
                evidence: {quote: stated.quote, source: source}}) AS row

// :field Province.mergedInto
// What the unit became in the 2025 reform.
MATCH (this)-[merger:MERGED_INTO]->(successor:Province)
RETURN {from: this, into: successor, effectiveOn: merger.effectiveOn, basis: merger.basis} AS row

// :field Province.mergedFrom
// The units it was formed from, by id.
MATCH (this)<-[merger:MERGED_INTO]-(unit:Province)
WITH this, merger, unit ORDER BY unit.id
RETURN collect({from: unit, into: this, effectiveOn: merger.effectiveOn, basis: merger.basis}) AS row
