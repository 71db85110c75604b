// Constraints and indexes of the knowledge graph. Applied at every start-up: each statement is
// idempotent (IF NOT EXISTS), so this file is the single, current description of the schema.
// Statements end with a semicolon at the end of a line.

// Every node is an Entity with a stable, readable id (e.g. "province:son-la"): lookups, the seed load
// and the GraphQL node(id) field all start from this index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// The same rule per label, so that a label-specific match such as (:Province {id: $id}) is index-backed.
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT foreign_locality_id IF NOT EXISTS FOR (n:ForeignLocality) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT locality_group_id IF NOT EXISTS FOR (n:LocalityGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT delegation_id IF NOT EXISTS FOR (n:Delegation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR (n:Partnership) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_document_id IF NOT EXISTS FOR (n:PolicyDocument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
// Any fact by id, whatever its type: the batched look-ups of figures and participants start here.
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE;
// One live fact per content (type, kind, participants, period, sources, name: src/records/content-key.ts),
// whatever its id: of concurrent identical creates, one commits and the others fail inside Neo4j.
// A retired fact gives its key up, so the fact can be entered again.
CREATE CONSTRAINT fact_content_key IF NOT EXISTS FOR (n:Fact) REQUIRE n.contentKey IS UNIQUE;

// Codes users look places up by.
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;
CREATE INDEX province_iso_code IF NOT EXISTS FOR (n:Province) ON (n.isoCode);
CREATE INDEX foreign_locality_iso_code IF NOT EXISTS FOR (n:ForeignLocality) ON (n.isoCode);
// One source per article file: two editors adding the same file concurrently cannot both commit.
// (Replaces the plain index of that name, which a uniqueness constraint cannot share a property with.)
DROP INDEX source_file_name IF EXISTS;
CREATE CONSTRAINT source_file_name_unique IF NOT EXISTS FOR (n:Source) REQUIRE n.fileName IS UNIQUE;

// Facts are filtered by kind and period.
CREATE INDEX fact_kind IF NOT EXISTS FOR (n:Fact) ON (n.kind);
CREATE INDEX fact_period_start IF NOT EXISTS FOR (n:Fact) ON (n.periodStart);

// Search across names and aliases. The standard-folding analyzer folds case and diacritics
// ("Sơn La" matches "son la", "Đôm" matches "dom"); searchText also holds each name's search key.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Province|Country|ForeignLocality|LocalityGroup|Organization|Programme|PolicyDocument)
ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// The audit trail: one Change per write, found from the entity it changed.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_entity IF NOT EXISTS FOR (n:Change) ON (n.entityId);

// Progress of batched imports, one node per set of files imported.
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (n:ImportRun) REQUIRE n.id IS UNIQUE;

// The ingest's review queue: proposed facts, apart from the facts (no Entity or Fact label). The
// fingerprint (source, kind, quote) is what makes a re-ingested article propose nothing twice.
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT proposal_fingerprint IF NOT EXISTS FOR (n:Proposal) REQUIRE n.fingerprint IS UNIQUE;
CREATE INDEX proposal_place IF NOT EXISTS FOR (n:Proposal) ON (n.placeId);
