import { registerEnumType } from "type-graphql";

/** What the full-text index covers (cypher/schema.cypher, entity_names). */
export const SearchableType = {
  Province: "Province",
  Country: "Country",
  ForeignLocality: "ForeignLocality",
  LocalityGroup: "LocalityGroup",
  Organization: "Organization",
  Programme: "Programme",
  PolicyDocument: "PolicyDocument",
} as const;
registerEnumType(SearchableType, { name: "SearchableType", description: "The kinds of node search covers." });
