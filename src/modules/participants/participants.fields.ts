import type { Arguments, FieldSpec, FieldTable } from "../../compiler/field-table";
import { pageRequest } from "../../shared/pagination";

/** Places and organisations in the compiled read path (fragments in cypher/lookups.cypher, fields.cypher). */

const nonEmpty = (values: unknown) => (Array.isArray(values) && values.length > 0 ? values : null);

/**
 * A look-up by exactly one of id or code (anything else is the resolver's to refuse or decide: a
 * name two units share is AMBIGUOUS there).
 */
function lookUp(type: string): FieldSpec {
  const given = (args: Arguments) =>
    ["id", "code", "name"].filter((key) => args[key] !== undefined && args[key] !== null);
  return {
    fragment: (args) => `lookup-by-${given(args)[0] ?? "id"}`,
    returns: "one",
    params: (args) =>
      given(args).length === 1 && args.name === undefined
        ? {
            type,
            id: args.id ?? null,
            code: args.code ?? null,
          }
        : null,
  };
}

export const PARTICIPANT_FIELDS: FieldTable = {
  Query: {
    province: lookUp("Province"),
    country: lookUp("Country"),
    foreignLocality: lookUp("ForeignLocality"),
    localityGroup: lookUp("LocalityGroup"),
    organization: lookUp("Organization"),
    provinces: {
      fragment: "Query.provinces",
      returns: "page",
      list: () => "Province",
      params: (args, selected) => {
        const page = pageRequest(
          "Province",
          args.first as number | undefined,
          args.after as string | undefined,
        );
        return {
          countryCodes: null,
          kinds: nonEmpty(args.kinds),
          eras: nonEmpty(args.eras),
          partOf: null,
          afterId: page.afterId,
          limit: page.first + 1,
          countTotal: selected("totalCount"),
        };
      },
    },
  },
  Node: { id: { value: "this.id" } },
  Participant: {
    nameEn: { value: "this.nameEn" },
    nameVi: { value: "this.nameVi" },
    aliases: { value: "coalesce(this.aliases, [])" },
    countryCode: { value: "this.countryCode" },
    country: { fragment: "Participant.country", returns: "one" },
  },
  Province: {
    // A province is Vietnamese by definition; the graph stores no countryCode on it.
    countryCode: { value: "'VN'" },
    kind: { value: "this.kind" },
    era: { value: "this.era" },
    isoCode: { value: "this.isoCode" },
    officialCode: { value: "this.officialCode" },
    seat: { value: "this.seat" },
    note: { value: "this.note" },
    validFrom: { value: "toString(this.validFrom)" },
    validUntil: { value: "toString(this.validUntil)" },
    mergedInto: { fragment: "Province.mergedInto", returns: "one" },
    mergedFrom: { fragment: "Province.mergedFrom", returns: "list" },
  },
  Merger: {
    from: { object: "this.from" },
    into: { object: "this.into" },
    effectiveOn: { value: "toString(this.effectiveOn)" },
    basis: { value: "this.basis" },
  },
  Country: {
    code: { value: "this.code" },
    alpha3: { value: "this.alpha3" },
    officialNameVi: { value: "this.officialNameVi" },
    officialNameEn: { value: "this.officialNameEn" },
  },
  ForeignLocality: {
    kind: { value: "this.kind" },
    isoCode: { value: "this.isoCode" },
    nameLocal: { value: "this.nameLocal" },
    note: { value: "this.note" },
    groups: { fragment: "ForeignLocality.groups", returns: "list" },
  },
  LocalityGroup: {
    membershipNote: { value: "this.membershipNote" },
    members: { fragment: "LocalityGroup.members", returns: "list" },
    statedCounts: { fragment: "LocalityGroup.statedCounts", returns: "list" },
  },
  Organization: { kind: { value: "this.kind" } },
  GroupMembership: {
    locality: { object: "this.locality" },
    group: { object: "this.group" },
    certainty: { value: "this.certainty" },
    basis: { value: "this.basis" },
  },
};
