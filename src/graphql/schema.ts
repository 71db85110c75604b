import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { authChecker } from "../auth/access";
import { ReadCompiler } from "../compiler/compile";
import { withCompiledReads } from "../compiler/compiled-reads";
import { DASHBOARD_FIELDS } from "../modules/dashboard/dashboard.fields";
import {
  DashboardResolver,
  DelegationFlowResolver,
  MoneyTotalResolver,
} from "../modules/dashboard/dashboard.resolver";
import { DatabaseInfoResolver } from "../modules/database-info/database-info.resolver";
import { EditingResolver } from "../modules/editing/editing.resolver";
import { FACT_FIELDS } from "../modules/facts/facts.fields";
import { EvidenceResolver, FactResolver, ParticipationResolver } from "../modules/facts/facts.resolver";
import { ProposalResolver, ProposedFactResolver } from "../modules/ingest/proposals.resolver";
import { NETWORK_FIELDS } from "../modules/network/network.fields";
import {
  NetworkResolver,
  PathResolver,
  RankingResolver,
  SharedPartnerResolver,
  SharedPartnerTieResolver,
} from "../modules/network/network.resolver";
import { NodeResolver } from "../modules/node/node.resolver";
import { PARTICIPANT_FIELDS } from "../modules/participants/participants.fields";
import {
  CountryResolver,
  ForeignLocalityResolver,
  GroupMembershipResolver,
  LocalityGroupResolver,
  MergerResolver,
  OrganizationResolver,
  ParticipantResolver,
  ProvinceResolver,
} from "../modules/participants/participants.resolver";
import { SearchResolver } from "../modules/search/search.resolver";
import { SOURCE_FIELDS } from "../modules/sources/sources.fields";
import {
  CitationResolver,
  LocalityGroupCountsResolver,
  PolicyDocumentResolver,
  SourceResolver,
  StatedCountResolver,
} from "../modules/sources/sources.resolver";
import { WholeGraphResolver } from "../modules/whole-graph/whole-graph.resolver";

/** The field tables of the compiled read path, one per module. */
export const FIELD_TABLES = [
  PARTICIPANT_FIELDS,
  NETWORK_FIELDS,
  FACT_FIELDS,
  SOURCE_FIELDS,
  DASHBOARD_FIELDS,
];

/**
 * The whole GraphQL schema, built from the resolver classes (code first), with the compiled read
 * path in front of the resolvers of what the field tables cover (src/compiler).
 */
export function buildGraphQLSchema(): GraphQLSchema {
  const schema = buildResolverSchema();
  return withCompiledReads(schema, new ReadCompiler(schema, FIELD_TABLES));
}

function buildResolverSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [
      NodeResolver,
      ParticipantResolver,
      ProvinceResolver,
      CountryResolver,
      ForeignLocalityResolver,
      LocalityGroupResolver,
      LocalityGroupCountsResolver,
      OrganizationResolver,
      MergerResolver,
      GroupMembershipResolver,
      FactResolver,
      ParticipationResolver,
      EvidenceResolver,
      SourceResolver,
      PolicyDocumentResolver,
      CitationResolver,
      StatedCountResolver,
      SearchResolver,
      NetworkResolver,
      SharedPartnerResolver,
      SharedPartnerTieResolver,
      PathResolver,
      RankingResolver,
      DashboardResolver,
      DelegationFlowResolver,
      MoneyTotalResolver,
      DatabaseInfoResolver,
      EditingResolver,
      WholeGraphResolver,
      ProposalResolver,
      ProposedFactResolver,
    ],
    authChecker,
    validate: false,
  });
}

/** The schema as SDL, sorted so that a diff shows only real changes. */
export function printGraphQLSchema(): string {
  const header =
    "# Emitted from the code by `npm run schema:emit`; do not edit. A test fails when it is stale.\n\n";
  return `${header}${printSchema(lexicographicSortSchema(buildGraphQLSchema()))}\n`;
}
