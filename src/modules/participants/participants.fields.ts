import type { FieldTable } from "../../compiler/field-table";
import { pageRequest } from "../../shared/pagination";

/** Places and organisations in the compiled read path (fragments in cypher/lookups.cypher, fields.cypher). */

const nonEmpty = (values: unknown) => (Array.isArray(values) && values.length > 0 ? values : null);

export const PARTICIPANT_FIELDS: FieldTable = {
  Query: {
    province: {
      fragment: "Query.province",
      returns: "one",
      // By id only; a code or a name is looked up as before.
      params: (args) => (args.id && !args.code && !args.name ? { id: args.id } : null),
    },
    provinces: {
      fragment: "Query.provinces",
      returns: "page",
      params: (args, selected) => {
        const page = pageRequest(args.first as number | undefined, args.after as string | undefined);
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
