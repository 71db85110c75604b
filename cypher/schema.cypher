// Constraints and indexes of the knowledge graph. Applied at every start-up: each statement is
// idempotent (IF NOT EXISTS), so this file is the single, current description of the schema.
// Statements end with a semicolon at the end of a line.

// Every node has a stable, human-readable id (e.g. "province:son-la"); lookups start from it.
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT foreign_locality_id IF NOT EXISTS FOR (n:ForeignLocality) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT locality_group_id IF NOT EXISTS FOR (n:LocalityGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT delegation_id IF NOT EXISTS FOR (n:Delegation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_document_id IF NOT EXISTS FOR (n:PolicyDocument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
