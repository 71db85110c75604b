// A participant's country is the Country its countryCode names, as in our API: the graph has no
// relationship for it (a city is PART_OF its province, not of its country).
const COUNTRY_BY_CODE = `@cypher(
      statement: "MATCH (country:Country {code: this.countryCode}) RETURN country"
      columnName: "country"
    )`;

/**
 * The knowledge model as `@neo4j/graphql` type definitions: the peer we compare with. It maps the same
 * nodes and relationships (README "The knowledge model"); what its generated API cannot ask (grouped
 * counts, full-text search with our ranking, bounded paths, a country by code) is a `@cypher` field,
 * as its manual advises.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Country @node(labels: ["Country", "Entity"]) {
    id: ID!
    code: String!
    nameEn: String
    nameVi: String
  }

  type Province @node(labels: ["Province", "Entity"]) {
    id: ID!
    nameVi: String
    nameEn: String
    era: String
    facts: [Fact!]! @relationship(type: "ACTOR", direction: IN, properties: "Participation")
  }

  type ForeignLocality @node(labels: ["ForeignLocality", "Entity"]) {
    id: ID!
    nameEn: String
    countryCode: String
    country: Country ${COUNTRY_BY_CODE}
  }

  type LocalityGroup @node(labels: ["LocalityGroup", "Entity"]) {
    id: ID!
    nameEn: String
    countryCode: String
    country: Country ${COUNTRY_BY_CODE}
    members: [ForeignLocality!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Membership")
  }

  type Organization @node(labels: ["Organization", "Entity"]) {
    id: ID!
    nameEn: String
    kind: String
    countryCode: String
    country: Country ${COUNTRY_BY_CODE}
  }

  type Source @node(labels: ["Source", "Entity"]) {
    id: ID!
    fileName: String
    title: String
  }

  type Fact @node(labels: ["Fact", "Entity"]) {
    id: ID!
    factType: String
    kind: String
    certainty: String
    retiredOn: Date
    periodStart: Date
    periodEnd: Date
    provinces: [Province!]! @relationship(type: "ACTOR", direction: OUT, properties: "Participation")
    localities: [ForeignLocality!]! @relationship(type: "PARTNER", direction: OUT, properties: "Participation")
    groups: [LocalityGroup!]! @relationship(type: "PARTNER", direction: OUT, properties: "Participation")
    countries: [Country!]! @relationship(type: "PARTNER", direction: OUT, properties: "Participation")
    organizations: [Organization!]! @relationship(type: "PARTNER", direction: OUT, properties: "Participation")
    sources: [Source!]! @relationship(type: "EVIDENCED_BY", direction: OUT, properties: "Evidence")
  }

  type Participation @relationshipProperties {
    role: String
  }

  type Evidence @relationshipProperties {
    quote: String
  }

  type Membership @relationshipProperties {
    certainty: String
    basis: String
  }

  type Bucket {
    key: String!
    label: String!
    value: Int!
  }

  type FactCharts {
    byCountry: [Bucket!]!
    byYear: [Bucket!]!
  }

  type PathStep {
    type: String!
    from: String!
    to: String!
    role: String
  }

  type PathResult {
    length: Int!
    nodeIds: [String!]!
    steps: [PathStep!]!
  }

  type Query {
    factCounts(province: ID!, groupBy: String!): [Bucket!]!
      @cypher(
        statement: """
        MATCH (:Province {id: $province})<-[:BASED_IN*0..1]-()<-[:ACTOR]-(fact:Fact)
        WHERE fact.retiredOn IS NULL
        WITH DISTINCT fact
        CALL (fact) {
          WITH fact WHERE $groupBy = 'COUNTRY'
          MATCH (fact)-[:PARTNER]->(partner) WHERE partner.countryCode IS NOT NULL
          RETURN DISTINCT partner.countryCode AS key
          UNION
          WITH fact WHERE $groupBy = 'YEAR' AND fact.periodStart IS NOT NULL
          UNWIND range(fact.periodStart.year, coalesce(fact.periodEnd, fact.periodStart).year) AS year
          RETURN toString(year) AS key
        }
        WITH key, count(fact) AS value
        OPTIONAL MATCH (country:Country {code: key})
        RETURN {key: key, label: coalesce(country.nameEn, key), value: value} AS bucket
        ORDER BY value DESC, key
        """
        columnName: "bucket"
      )
    factCharts(province: ID!): FactCharts!
      @cypher(
        statement: """
        MATCH (:Province {id: $province})<-[:BASED_IN*0..1]-()<-[:ACTOR]-(fact:Fact)
        WHERE fact.retiredOn IS NULL
        WITH collect(DISTINCT fact) AS facts
        CALL (facts) {
          UNWIND facts AS fact
          MATCH (fact)-[:PARTNER]->(partner) WHERE partner.countryCode IS NOT NULL
          WITH DISTINCT fact, partner.countryCode AS key
          WITH key, count(fact) AS value
          OPTIONAL MATCH (country:Country {code: key})
          WITH key, coalesce(country.nameEn, key) AS label, value ORDER BY value DESC, key
          RETURN collect({key: key, label: label, value: value}) AS byCountry
        }
        CALL (facts) {
          UNWIND facts AS fact
          WITH fact WHERE fact.periodStart IS NOT NULL
          UNWIND range(fact.periodStart.year, coalesce(fact.periodEnd, fact.periodStart).year) AS year
          WITH DISTINCT fact, toString(year) AS key
          WITH key, count(fact) AS value ORDER BY value DESC, key
          RETURN collect({key: key, label: key, value: value}) AS byYear
        }
        RETURN {byCountry: byCountry, byYear: byYear} AS charts
        """
        columnName: "charts"
      )
    searchLocalities(phrase: String!, limit: Int!): [ForeignLocality!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node, score
        WHERE node:ForeignLocality AND node.retiredOn IS NULL
        RETURN node ORDER BY score DESC, node.id LIMIT $limit
        """
        columnName: "node"
      )
    paths(from: ID!, to: ID!, maxLength: Int!, first: Int!): [PathResult!]!
      @cypher(
        statement: """
        MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
        MATCH path = allShortestPaths((a)-[:ACTOR|PARTNER|BASED_IN|MEMBER_OF|MERGED_INTO*..8]-(b))
        WITH path LIMIT 1000
        WITH path WHERE length(path) <= $maxLength
        WITH path, [node IN nodes(path) | node.id] AS nodeIds
        RETURN {length: length(path), nodeIds: nodeIds,
                steps: [rel IN relationships(path) |
                        {type: type(rel), from: startNode(rel).id, to: endNode(rel).id, role: rel.role}]} AS result
        ORDER BY nodeIds
        LIMIT $first
        """
        columnName: "result"
      )
  }
`;
