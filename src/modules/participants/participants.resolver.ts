import type { GraphQLResolveInfo } from "graphql";
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context";
import { entityConnection, loadEntity } from "../../context/load";
import type {
  CountryEntity,
  Entity,
  EntityType,
  ForeignLocalityEntity,
  LocalityGroupEntity,
  MembershipValue,
  MergerValue,
  ParticipantEntity,
  ProvinceEntity,
} from "../../domain/entities";
import { searchKey } from "../../domain/names";
import { LocalityKind, OrganizationKind, ProvinceEra, ProvinceKind } from "../../graphql/enums";
import { CountryCodeScalar } from "../../graphql/scalars";
import { selects } from "../../graphql/selection";
import { AppError, ErrorCode } from "../../shared/errors";
import { ConnectionType, PageArgs, pageRequest, toConnection } from "../../shared/pagination";
import { filterIds } from "../facts/fact-filter.input";
import {
  connectionArgs,
  FactArgs,
  FactConnection,
  PartnerArgs,
  PartnerConnection,
  participantFactsList,
  partnersList,
} from "../network/network.types";
import { Citation } from "../sources/sources.types";
import { checkIds, provenAnswer } from "../whole-graph/id-check";
import { Participant } from "./participant.type";
import {
  Country,
  ForeignLocality,
  GroupMembership,
  LocalityGroup,
  Merger,
  Organization,
  Province,
} from "./participants.types";

/**
 * Places and organisations: look-ups by id, code or any name, filtered lists, and the fields every
 * participant shares (its country, the place it belongs to, its facts and partners).
 */

const ProvinceConnection = ConnectionType(Province, "Province");
const CountryConnection = ConnectionType(Country, "Country");
const ForeignLocalityConnection = ConnectionType(ForeignLocality, "ForeignLocality");
const OrganizationConnection = ConnectionType(Organization, "Organization");

@ArgsType()
class ProvinceListArgs extends PageArgs {
  @Field(() => [ProvinceEra], {
    nullable: true,
    description: "Only these eras, e.g. [POST_2025, BOTH] for today's 34.",
  })
  eras?: Array<keyof typeof ProvinceEra>;

  @Field(() => [ProvinceKind], {
    nullable: true,
    description: "Only provinces or only centrally-run cities.",
  })
  kinds?: Array<keyof typeof ProvinceKind>;
}

@ArgsType()
class LocalityListArgs extends PageArgs {
  @Field(() => [CountryCodeScalar], { nullable: true, description: "Only localities of these countries." })
  countries?: string[];

  @Field(() => [LocalityKind], { nullable: true, description: "Only these kinds of locality." })
  kinds?: Array<keyof typeof LocalityKind>;
}

@ArgsType()
class OrganizationListArgs extends PageArgs {
  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: "Only organisations of these countries.",
  })
  countries?: string[];

  @Field(() => [OrganizationKind], { nullable: true, description: "Only these kinds of organisation." })
  kinds?: Array<keyof typeof OrganizationKind>;
}

@ArgsType()
class NameKeyArgs {
  @Field(() => ID, { nullable: true, description: "Its global id." })
  id?: string;

  @Field({ nullable: true, description: "Any of its names or aliases; case and diacritics do not matter." })
  name?: string;
}

@ArgsType()
class KeyArgs extends NameKeyArgs {
  @Field({
    nullable: true,
    description: "An ISO 3166 code (or, for a province, the statistics office's code).",
  })
  code?: string;
}

@ArgsType()
class ProvinceKeyArgs extends KeyArgs {
  @Field(() => ProvinceEra, {
    nullable: true,
    description:
      'With `name`: the side of the 2025 reform, when a name fits two units ("An Giang" before and after). Without it such a name is AMBIGUOUS.',
  })
  era?: keyof typeof ProvinceEra;
}

/**
 * Finds one entity by exactly one of id, code or name: an id naming nothing is NOT_FOUND; a name that
 * is the name of two units (one before the 2025 reform, one after) is AMBIGUOUS unless `era` chooses.
 */
async function lookUp(
  ctx: Context,
  type: EntityType,
  keys: { id?: string | null; code?: string | null; name?: string | null },
  era?: string | null,
): Promise<Entity | null> {
  const given = Object.entries(keys).filter(([, value]) => value !== undefined && value !== null);
  if (given.length !== 1) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Give exactly one of the arguments ${Object.keys(keys)
        .map((key) => `"${key}"`)
        .join(", ")}.`,
      { details: { argument: Object.keys(keys).join("|") } },
    );
  }
  if (keys.id) {
    const found = await loadEntity(ctx, keys.id, type);
    if (!found) await checkIds(ctx.reader, [{ argument: "id", ids: [keys.id], types: [type] }]);
    return found;
  }
  if (keys.code) return ctx.repositories.lookups.byCode(type, keys.code);
  const name = keys.name ?? "";
  const matches = await ctx.repositories.lookups.byName(type, name, 10);
  const inEra = era
    ? matches.filter((match) => "era" in match && [era, "BOTH"].includes(match.era))
    : matches;
  // Units whose own name (not an alias) is the one asked: the pre- and post-2025 "An Giang".
  const named = inEra.filter(
    (match) =>
      "nameEn" in match &&
      [match.nameVi, match.nameEn].some((own) => own && searchKey(own) === searchKey(name)),
  );
  if (named.length > 1) {
    const candidates = named.map((match) => ({ id: match.id, era: "era" in match ? match.era : null }));
    throw new AppError(
      ErrorCode.AMBIGUOUS,
      `Argument "name": "${name}" names ${named.length} units: ${candidates
        .map((candidate) => `${candidate.id} (${candidate.era})`)
        .join(", ")}; give "era" or "id".`,
      { details: { argument: "name", candidates } },
    );
  }
  return named[0] ?? inEra[0] ?? null;
}

async function list(
  ctx: Context,
  info: GraphQLResolveInfo,
  type: EntityType,
  args: PageArgs,
  filter: Parameters<Context["repositories"]["lookups"]["list"]>[1],
) {
  const page = pageRequest(type, args.first, args.after, selects(info, "totalCount"));
  return toConnection(await ctx.repositories.lookups.list(type, filter, page), type);
}

/** Fields every participant has; declared on the interface, so every implementation gets them. */
@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Country, { nullable: true, description: "Its country (a country: itself)." })
  country(@Root() participant: ParticipantEntity, @Ctx() ctx: Context) {
    return participant.countryCode
      ? loadEntity<CountryEntity>(ctx, `country:${participant.countryCode}`, "Country")
      : null;
  }

  @FieldResolver(() => Participant, {
    nullable: true,
    description:
      "The place it is part of (a locality's province or country) or, for an organisation, based in.",
  })
  async partOf(@Root() participant: ParticipantEntity, @Ctx() ctx: Context) {
    const [parentId] = await ctx.loaders.parents.load(participant.id);
    return parentId ? loadEntity(ctx, parentId) : null;
  }

  @FieldResolver(() => FactConnection, {
    description:
      "The facts it takes part in, with their sources; unless filter.rollUp is false, also those of what counts for it (a province's bodies; a country's provinces, cities, groups and organisations).",
  })
  async facts(
    @Root() participant: ParticipantEntity,
    @Args() args: FactArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const list = participantFactsList(args.orderBy);
    const page = await ctx.loaders.facts.load({
      root: participant.id,
      args: connectionArgs(args, info, list),
    });
    return entityConnection(ctx, await provenFilterIds(ctx, page, args), list);
  }

  @FieldResolver(() => PartnerConnection, {
    description: "Its counterparts across facts (as Query.partners), each with the facts that tie them.",
  })
  async partners(
    @Root() participant: ParticipantEntity,
    @Args() args: PartnerArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const list = partnersList(args.orderBy);
    const page = await ctx.loaders.partners.load({
      root: participant.id,
      args: connectionArgs(args, info, list),
    });
    return toConnection(await provenFilterIds(ctx, page, args), list);
  }
}

/** An empty page, once the ids its filter names are known to exist (else NOT_FOUND naming the argument). */
function provenFilterIds<T extends { items: unknown[] }>(
  ctx: Context,
  page: T,
  args: FactArgs | PartnerArgs,
) {
  return provenAnswer(ctx.reader, page, (found) => found.items.length === 0, filterIds(args.filter));
}

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => Province, {
    nullable: true,
    description:
      'A province by id ("province:son-la"), code (ISO "VN-05" or statistics office "14") or any name or alias ("son la").',
  })
  province(@Ctx() ctx: Context, @Args() keys: ProvinceKeyArgs) {
    return lookUp(ctx, "Province", { id: keys.id, code: keys.code, name: keys.name }, keys.era);
  }

  @Query(() => ProvinceConnection, {
    description: "Provincial units, by id; all 86 (63 before the reform, 34 after) by default.",
  })
  provinces(@Ctx() ctx: Context, @Args() args: ProvinceListArgs, @Info() info: GraphQLResolveInfo) {
    return list(ctx, info, "Province", args, { eras: args.eras, kinds: args.kinds });
  }

  @FieldResolver(() => Merger, {
    nullable: true,
    description: "What the unit became in the 2025 reform (null if unchanged or new).",
  })
  async mergedInto(@Root() province: ProvinceEntity, @Ctx() ctx: Context) {
    const [merger] = await ctx.loaders.mergersFrom.load(province.id);
    return merger ?? null;
  }

  @FieldResolver(() => [Merger], { description: "The units it was formed from in the 2025 reform." })
  mergedFrom(@Root() province: ProvinceEntity, @Ctx() ctx: Context) {
    return ctx.loaders.mergersInto.load(province.id);
  }

  @FieldResolver(() => [Citation], { description: "The policy documents it cites, with quotes." })
  citations(@Root() province: ProvinceEntity, @Ctx() ctx: Context) {
    return ctx.loaders.citationsBy.load(province.id);
  }
}

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, {
    name: "country",
    nullable: true,
    description: 'A country by id ("country:LA"), ISO code ("LA") or any name ("Lào").',
  })
  countryByKey(@Ctx() ctx: Context, @Args() keys: KeyArgs) {
    return lookUp(ctx, "Country", { id: keys.id, code: keys.code, name: keys.name });
  }

  @Query(() => CountryConnection, { description: "Countries, by id." })
  countries(@Ctx() ctx: Context, @Args() args: PageArgs, @Info() info: GraphQLResolveInfo) {
    return list(ctx, info, "Country", args, {});
  }

  @FieldResolver(() => ForeignLocalityConnection, { description: "Its provinces, states and cities, by id." })
  localities(
    @Root() country: CountryEntity,
    @Ctx() ctx: Context,
    @Args() args: LocalityListArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return list(ctx, info, "ForeignLocality", args, { partOf: country.id, kinds: args.kinds });
  }
}

@Resolver(() => ForeignLocality)
export class ForeignLocalityResolver {
  @Query(() => ForeignLocality, {
    nullable: true,
    description:
      'A foreign locality by id, ISO 3166-2 code ("LA-LP") or any name or alias ("Luông Pha Bang", "Pray Veng").',
  })
  foreignLocality(@Ctx() ctx: Context, @Args() keys: KeyArgs) {
    return lookUp(ctx, "ForeignLocality", { id: keys.id, code: keys.code, name: keys.name });
  }

  @Query(() => ForeignLocalityConnection, { description: "Foreign localities, by id." })
  foreignLocalities(@Ctx() ctx: Context, @Args() args: LocalityListArgs, @Info() info: GraphQLResolveInfo) {
    return list(ctx, info, "ForeignLocality", args, { countryCodes: args.countries, kinds: args.kinds });
  }

  @FieldResolver(() => [GroupMembership], {
    description: "The groups it is counted in (reference data, INFERRED).",
  })
  groups(@Root() locality: ForeignLocalityEntity, @Ctx() ctx: Context) {
    return ctx.loaders.localityGroups.load(locality.id);
  }
}

@Resolver(() => LocalityGroup)
export class LocalityGroupResolver {
  @Query(() => LocalityGroup, { nullable: true, description: 'A group by id or any name ("Bắc Lào").' })
  localityGroup(@Ctx() ctx: Context, @Args() keys: NameKeyArgs) {
    return lookUp(ctx, "LocalityGroup", { id: keys.id, name: keys.name });
  }

  @FieldResolver(() => [GroupMembership], {
    description: "Its members: reference data, each INFERRED with its basis.",
  })
  members(@Root() group: LocalityGroupEntity, @Ctx() ctx: Context) {
    return ctx.loaders.groupMembers.load(group.id);
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'An organisation by id or any name ("JICA").' })
  organization(@Ctx() ctx: Context, @Args() keys: NameKeyArgs) {
    return lookUp(ctx, "Organization", { id: keys.id, name: keys.name });
  }

  @Query(() => OrganizationConnection, { description: "Organisations, by id." })
  organizations(@Ctx() ctx: Context, @Args() args: OrganizationListArgs, @Info() info: GraphQLResolveInfo) {
    return list(ctx, info, "Organization", args, { countryCodes: args.countries, kinds: args.kinds });
  }
}

@Resolver(() => Merger)
export class MergerResolver {
  @FieldResolver(() => Province)
  from(@Root() merger: MergerValue, @Ctx() ctx: Context) {
    return loadEntity(ctx, merger.fromId, "Province");
  }

  @FieldResolver(() => Province)
  into(@Root() merger: MergerValue, @Ctx() ctx: Context) {
    return loadEntity(ctx, merger.toId, "Province");
  }
}

@Resolver(() => GroupMembership)
export class GroupMembershipResolver {
  @FieldResolver(() => ForeignLocality)
  locality(@Root() membership: MembershipValue, @Ctx() ctx: Context) {
    return loadEntity(ctx, membership.localityId, "ForeignLocality");
  }

  @FieldResolver(() => LocalityGroup)
  group(@Root() membership: MembershipValue, @Ctx() ctx: Context) {
    return loadEntity(ctx, membership.groupId, "LocalityGroup");
  }
}
