// Research questions the graph answers in one statement each. Each is an integration test
// (test/seed/questions.int.test.ts) and can be pasted into Neo4j Browser with its parameters.
//
// The model in one breath: a fact (:Fact:Agreement|Delegation|Programme|Partnership) points to its
// Vietnamese side with ACTOR and to its foreign side with PARTNER, each with a role; it is
// EVIDENCED_BY one or more (:Source) with the verbatim quote on the relationship; figures hang off
// it with HAS_FIGURE. An organisation is BASED_IN its place, so `-[:BASED_IN*0..1]->` lets a fact of
// a provincial body count for its province.

// :name places-a-province-trains-cadres-from
// "All Lao provinces Sơn La trains cadres from." Training programmes whose beneficiaries lie in the
// given country: a province named directly, or a group the article names with a count but no members.
// Group members are reference data, returned with their INFERRED certainty and basis.
MATCH (:Province {id: $province})<-[:ACTOR]-(training:Programme {kind: 'TRAINING'})
      -[:PARTNER {role: 'BENEFICIARY'}]->(beneficiary)
WHERE beneficiary.countryCode = $country AND NOT beneficiary:Country
OPTIONAL MATCH (beneficiary)-[stated:EVIDENCED_BY]->(countSource:Source)
  WHERE stated.statedCount IS NOT NULL
OPTIONAL MATCH (member:ForeignLocality)-[membership:MEMBER_OF]->(beneficiary)
RETURN beneficiary.id AS beneficiary,
       [label IN labels(beneficiary) WHERE label <> 'Entity'][0] AS beneficiaryKind,
       collect(DISTINCT training.id) AS trainings,
       collect(DISTINCT CASE WHEN stated IS NOT NULL
         THEN {count: stated.statedCount, text: stated.statedCountText, quote: stated.quote, source: countSource.fileName} END) AS statedCounts,
       collect(DISTINCT CASE WHEN member IS NOT NULL
         THEN {id: member.id, name: member.nameEn, certainty: membership.certainty, basis: membership.basis} END) AS members
ORDER BY beneficiary;

// :name vietnamese-provinces-working-with-a-locality
// "Which Vietnamese provinces work with Yunnan, through which mechanism, on which sectors."
MATCH (:ForeignLocality {id: $locality})<-[:BASED_IN*0..1]-()<-[:PARTNER]-(fact:Fact)
      -[:ACTOR]->()-[:BASED_IN*0..1]->(province:Province)
RETURN province.id AS province,
       province.nameVi AS nameVi,
       collect(DISTINCT {fact: fact.id, type: fact.factType, kind: fact.kind, sectors: fact.sectors}) AS mechanisms
ORDER BY province;

// :name delegation-flows-of-a-province
// "Sơn La's delegations in and out, with Laos's share, in 2017 to April 2018." Delegation records
// whose period overlaps [$from, $to]; a record that is a share of another (PART_OF) gives its share.
MATCH (:Province {id: $province})<-[:ACTOR]-(delegation:Delegation)
WHERE delegation.periodStart <= date($to) AND delegation.periodEnd >= date($from)
OPTIONAL MATCH (delegation)-[:PART_OF]->(total:Delegation)
OPTIONAL MATCH (delegation)-[:HAS_FIGURE]->(count:Figure {measure: 'delegations'})
OPTIONAL MATCH (delegation)-[:HAS_FIGURE]->(people:Figure {measure: 'people'})
OPTIONAL MATCH (total)-[:HAS_FIGURE]->(totalCount:Figure {measure: 'delegations'})
OPTIONAL MATCH (total)-[:HAS_FIGURE]->(totalPeople:Figure {measure: 'people'})
RETURN delegation.id AS delegation,
       delegation.direction AS direction,
       [(delegation)-[:PARTNER]->(partner) | partner.id] AS partners,
       total.id AS shareOf,
       count.value AS delegations,
       people.value AS people,
       people.unit AS peopleUnit,
       CASE WHEN totalCount IS NULL THEN null ELSE toFloat(count.value) / totalCount.value END AS shareOfDelegations,
       CASE WHEN totalPeople IS NULL THEN null ELSE toFloat(people.value) / totalPeople.value END AS shareOfPeople
ORDER BY direction, shareOf IS NOT NULL, delegation;

// :name foreign-partners-of-a-province
// "Every foreign partner of a province, with the sources that state each tie."
MATCH (:Province {id: $province})<-[:BASED_IN*0..1]-()<-[:ACTOR]-(fact:Fact)-[:PARTNER]->(partner)
MATCH (fact)-[evidence:EVIDENCED_BY]->(source:Source)
RETURN partner.id AS partner,
       [label IN labels(partner) WHERE label <> 'Entity'][0] AS partnerKind,
       collect(DISTINCT {fact: fact.id, certainty: fact.certainty, source: source.fileName, quote: evidence.quote}) AS ties
ORDER BY partner;

// :name facts-rolled-up-to-a-successor
// "Facts of a province rolled up to its successor after the 2025 merger": the unit itself and every
// unit MERGED_INTO it, each with the facts it acted in and the date it merged.
MATCH (successor:Province {id: $province})<-[merger:MERGED_INTO*0..1]-(unit:Province)
MATCH (unit)<-[:BASED_IN*0..1]-()<-[:ACTOR]-(fact:Fact)
RETURN unit.id AS unit,
       CASE WHEN size(merger) = 0 THEN null ELSE merger[0].effectiveOn END AS mergedOn,
       count(DISTINCT fact) AS facts,
       collect(DISTINCT fact.factType) AS factTypes
ORDER BY unit;

// :name what-a-unit-became
// "What did Long An become, and when?"
MATCH (unit:Province {id: $province})
OPTIONAL MATCH (unit)-[merger:MERGED_INTO]->(successor:Province)
OPTIONAL MATCH (sibling:Province)-[:MERGED_INTO]->(successor)
RETURN unit.id AS unit, successor.id AS successor, successor.nameVi AS successorName,
       merger.effectiveOn AS effectiveOn, merger.basis AS basis,
       collect(sibling.id) AS mergedWith;

// :name policy-documents-cited
// "Which policy documents do provinces cite, and where?" One node per document, however many
// articles cite it.
MATCH (citing)-[cites:CITES]->(document:PolicyDocument)
MATCH (citing)-[:BASED_IN*0..1]->(province:Province)
RETURN document.id AS document, document.number AS number,
       collect(DISTINCT province.id) AS provinces,
       count(cites) AS citations
ORDER BY citations DESC, document;

// :name money-of-a-province-by-currency
// "How much money is recorded for a province's facts, per currency and qualifier?" Sums never mix
// currencies, and a lower bound ("trên 17 tỉ") is never added to an exact figure.
MATCH (:Province {id: $province})<-[:BASED_IN*0..1]-()-[:ACTOR|PARTNER]-(fact:Fact)-[:HAS_FIGURE]->(money:Figure)
WHERE money.unit IN ['VND', 'USD', 'EUR', 'JPY', 'KRW', 'CNY', 'AUD']
RETURN money.unit AS currency, money.qualifier AS qualifier,
       sum(money.value) AS total, count(DISTINCT fact) AS facts,
       collect(DISTINCT money.text) AS asWritten
ORDER BY currency, qualifier;

// :name provinces-sharing-foreign-partners
// "Which foreign partners do two provinces share?"
MATCH (:Province {id: $first})<-[:BASED_IN*0..1]-()<-[:ACTOR]-(:Fact)-[:PARTNER]->(partner)
MATCH (:Province {id: $second})<-[:BASED_IN*0..1]-()<-[:ACTOR]-(:Fact)-[:PARTNER]->(partner)
RETURN DISTINCT partner.id AS partner
ORDER BY partner;

// :name facts-without-provenance
// The integrity rule researchers rely on: every fact has a source, a quote and a certainty; an
// INFERRED fact says why. Returns the facts that break it (none, in a sound graph).
MATCH (fact:Fact)
WHERE fact.certainty IS NULL
   OR (fact.certainty = 'INFERRED' AND fact.inference IS NULL)
   OR NOT EXISTS { (fact)-[evidence:EVIDENCED_BY]->(:Source) WHERE size(evidence.quote) > 0 }
RETURN fact.id AS fact
ORDER BY fact;

// :name citations-without-provenance
// The same rule for facts stored as relationships: citations and group memberships.
MATCH ()-[fact:CITES|MEMBER_OF]->()
WHERE fact.certainty IS NULL
   OR (fact:CITES AND (size(fact.quotes) = 0 OR size(fact.sources) <> size(fact.quotes)))
   OR (fact:MEMBER_OF AND fact.basis IS NULL)
RETURN type(fact) AS type, fact.key AS key;

// :name places-matching-a-name
// "Which place is 'Luong Pha Bang'?" Full-text search over names, aliases and search keys, folding
// case and diacritics, so users may type without them or with the articles' spellings.
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN node.id AS id, [label IN labels(node) WHERE label <> 'Entity'][0] AS kind, score
ORDER BY score DESC, id
LIMIT 5;
