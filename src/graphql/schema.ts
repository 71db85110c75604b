import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { authChecker } from "../auth/access";
import {
  DashboardResolver,
  DelegationFlowResolver,
  MoneyTotalResolver,
} from "../modules/dashboard/dashboard.resolver";
import { DatabaseInfoResolver } from "../modules/database-info/database-info.resolver";
import { EditingResolver } from "../modules/editing/editing.resolver";
import { EvidenceResolver, FactResolver, ParticipationResolver } from "../modules/facts/facts.resolver";
import { ProposalResolver } from "../modules/ingest/proposals.resolver";
import {
  NetworkResolver,
  PathResolver,
  RankingResolver,
  SharedPartnerResolver,
  SharedPartnerTieResolver,
} from "../modules/network/network.resolver";
import { NodeResolver } from "../modules/node/node.resolver";
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
import {
  CitationResolver,
  LocalityGroupCountsResolver,
  PolicyDocumentResolver,
  SourceResolver,
  StatedCountResolver,
} from "../modules/sources/sources.resolver";
import { WholeGraphResolver } from "../modules/whole-graph/whole-graph.resolver";

/** The whole GraphQL schema, built from the resolver classes (code first). */
export function buildGraphQLSchema(): GraphQLSchema {
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
