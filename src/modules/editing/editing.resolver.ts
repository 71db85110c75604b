import { GraphQLDateTime } from "graphql-scalars";
import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { redactEditors } from "../../auth/access";
import type { Context } from "../../context/context";
import { loadEntity } from "../../context/load";
import { ParticipantRole } from "../../graphql/enums";
import type { NodeFactRecord } from "../../records/record-format";
import { LocalityRecord, OrganizationRecord, SourceRecord } from "../../records/record-format";
import { Agreement, Delegation, Fact, Partnership, Programme } from "../facts/facts.types";
import { Node } from "../node/node.type";
import { ForeignLocality, Organization } from "../participants/participants.types";
import { Source } from "../sources/sources.types";
import type { NewEntity } from "./editing.repository";
import { ForeignLocalityInput, OrganizationInput, SourceInput } from "./entity.inputs";
import { AgreementInput, DelegationInput, PartnershipInput, ProgrammeInput } from "./fact.inputs";
import { toEntityPeriod, toEntityRecord, toFactRecord } from "./fact-record";

@ObjectType({ description: "One write in the audit trail: who, when, why, and the record as it became." })
export class Change {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLDateTime, { description: "When." })
  at!: string;

  @Field({ description: 'Who: the token\'s subject, or "redacted" unless the reader has a token.' })
  by!: string;

  @Field({ description: "Their role then." })
  role!: string;

  @Field({ description: "create, update, link, retire, merge, merged-into or import." })
  action!: string;

  @Field({ description: "Why, in the editor's words." })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: "The record as written (JSON, seed record format); null for retire.",
  })
  record!: string | null;
}

const reasonArg = { description: "Why: recorded in the audit trail." };
const expectedVersionArg = {
  nullable: true,
  description:
    "The `version` the change was made from: when the fact has changed since, nothing is written and the answer is CONFLICT. Without it the change applies to the current version.",
};

/**
 * Writes: editors add and change facts, admins also retire records. Each mutation is one
 * transaction with its audit record; the answer is the record as now stored.
 */
@Resolver()
export class EditingResolver {
  @Authorized("editor")
  @Mutation(() => Agreement, { description: "Adds an agreement (editor)." })
  async createAgreement(
    @Ctx() ctx: Context,
    @Arg("input") input: AgreementInput,
    @Arg("reason", reasonArg) reason: string,
  ) {
    return this.save(ctx, toFactRecord("Agreement", input), "create", reason);
  }

  @Authorized("editor")
  @Mutation(() => Delegation, { description: "Adds a delegation record (editor)." })
  async createDelegation(
    @Ctx() ctx: Context,
    @Arg("input") input: DelegationInput,
    @Arg("reason", reasonArg) reason: string,
  ) {
    return this.save(ctx, toFactRecord("Delegation", input), "create", reason);
  }

  @Authorized("editor")
  @Mutation(() => Programme, { description: "Adds a programme (editor)." })
  async createProgramme(
    @Ctx() ctx: Context,
    @Arg("input") input: ProgrammeInput,
    @Arg("reason", reasonArg) reason: string,
  ) {
    return this.save(ctx, toFactRecord("Programme", input), "create", reason);
  }

  @Authorized("editor")
  @Mutation(() => Partnership, { description: "Adds a standing partnership (editor)." })
  async createPartnership(
    @Ctx() ctx: Context,
    @Arg("input") input: PartnershipInput,
    @Arg("reason", reasonArg) reason: string,
  ) {
    return this.save(ctx, toFactRecord("Partnership", input), "create", reason);
  }

  @Authorized("editor")
  @Mutation(() => Delegation, {
    description: "Replaces a delegation record with the given version (editor).",
  })
  async updateDelegation(
    @Ctx() ctx: Context,
    @Arg("input") input: DelegationInput,
    @Arg("reason", reasonArg) reason: string,
    @Arg("expectedVersion", () => Int, expectedVersionArg) expectedVersion?: number,
  ) {
    return this.save(ctx, toFactRecord("Delegation", input), "update", reason, expectedVersion);
  }

  @Authorized("editor")
  @Mutation(() => Agreement, { description: "Replaces an agreement with the given version (editor)." })
  async updateAgreement(
    @Ctx() ctx: Context,
    @Arg("input") input: AgreementInput,
    @Arg("reason", reasonArg) reason: string,
    @Arg("expectedVersion", () => Int, expectedVersionArg) expectedVersion?: number,
  ) {
    return this.save(ctx, toFactRecord("Agreement", input), "update", reason, expectedVersion);
  }

  @Authorized("editor")
  @Mutation(() => Programme, { description: "Replaces a programme with the given version (editor)." })
  async updateProgramme(
    @Ctx() ctx: Context,
    @Arg("input") input: ProgrammeInput,
    @Arg("reason", reasonArg) reason: string,
    @Arg("expectedVersion", () => Int, expectedVersionArg) expectedVersion?: number,
  ) {
    return this.save(ctx, toFactRecord("Programme", input), "update", reason, expectedVersion);
  }

  @Authorized("editor")
  @Mutation(() => Partnership, { description: "Replaces a partnership with the given version (editor)." })
  async updatePartnership(
    @Ctx() ctx: Context,
    @Arg("input") input: PartnershipInput,
    @Arg("reason", reasonArg) reason: string,
    @Arg("expectedVersion", () => Int, expectedVersionArg) expectedVersion?: number,
  ) {
    return this.save(ctx, toFactRecord("Partnership", input), "update", reason, expectedVersion);
  }

  @Authorized("editor")
  @Mutation(() => ForeignLocality, {
    description: "Adds a province, state, prefecture or city abroad (editor).",
  })
  async createForeignLocality(
    @Ctx() ctx: Context,
    @Arg("input") input: ForeignLocalityInput,
    @Arg("reason", reasonArg) reason: string,
  ) {
    const record = toEntityRecord(LocalityRecord, input, {
      isoCode: input.isoCode ?? null,
      partOf: input.partOf ?? null,
    });
    return this.created(ctx, { kind: "locality", record }, reason);
  }

  @Authorized("editor")
  @Mutation(() => Organization, { description: "Adds an organisation (editor)." })
  async createOrganization(
    @Ctx() ctx: Context,
    @Arg("input") input: OrganizationInput,
    @Arg("reason", reasonArg) reason: string,
  ) {
    const record = toEntityRecord(OrganizationRecord, input, { country: input.country ?? null });
    return this.created(ctx, { kind: "organization", record }, reason);
  }

  @Authorized("editor")
  @Mutation(() => Source, { description: "Adds a source that facts can cite (editor)." })
  async createSource(
    @Ctx() ctx: Context,
    @Arg("input") input: SourceInput,
    @Arg("reason", reasonArg) reason: string,
  ) {
    const id = `source:${input.fileName.replace(/\.txt$/, "")}`;
    const record = toEntityRecord(SourceRecord, input, {
      id,
      publishedOn: input.publishedOn ? input.publishedOn.toISOString().slice(0, 10) : null,
      period: input.period ? toEntityPeriod(input.period) : null,
    });
    return this.created(ctx, { kind: "source", record }, reason);
  }

  @Authorized("editor")
  @Mutation(() => Fact, {
    description:
      "Links a fact to one more participant (editor), in a role its type allows: PARTY for agreements and partnerships; FUNDER, RUNNER, BENEFICIARY or PARTICIPANT for programmes; for a delegation, HOST, VISITOR or SENDER as its direction and the place's side say.",
  })
  async linkFactToPlace(
    @Ctx() ctx: Context,
    @Arg("fact", () => ID) fact: string,
    @Arg("place", () => ID, { description: "A province, country, locality, group or organisation." })
    place: string,
    @Arg("role", () => ParticipantRole) role: keyof typeof ParticipantRole,
    @Arg("reason", reasonArg) reason: string,
  ) {
    const id = await ctx.repositories.editing.linkFactToPlace(
      { fact, place, role },
      currentUser(ctx),
      reason,
    );
    return loadEntity(ctx, id);
  }

  @Authorized("admin")
  @Mutation(() => Node, {
    description:
      "Retires a record (admin): it leaves every answer but stays, with its history, for reproducibility.",
  })
  async retire(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("reason", reasonArg) reason: string,
  ) {
    const retiredId = await ctx.repositories.editing.retire(id, currentUser(ctx), reason);
    return loadEntity(ctx, retiredId);
  }

  @Authorized("admin")
  @Mutation(() => Node, {
    description:
      "Merges two records of one place or organisation (admin): `keep` takes the other's facts and names (as aliases); `merge` is retired, pointing to it. One transaction.",
  })
  async mergePlaces(
    @Ctx() ctx: Context,
    @Arg("keep", () => ID) keep: string,
    @Arg("merge", () => ID) merge: string,
    @Arg("reason", reasonArg) reason: string,
  ) {
    return loadEntity(ctx, await ctx.repositories.editing.mergePlaces(keep, merge, currentUser(ctx), reason));
  }

  @Query(() => [Change], { description: "What changed on a record, oldest first." })
  async history(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    const changes = await ctx.repositories.editing.history(id);
    // Editors' identities are for editors: an anonymous reader sees that a change was made, not by whom.
    return changes.map((change) => redactEditors(change, ctx.user));
  }

  private async created(ctx: Context, entity: NewEntity, reason: string) {
    return loadEntity(ctx, await ctx.repositories.editing.createEntity(entity, currentUser(ctx), reason));
  }

  private async save(
    ctx: Context,
    record: NodeFactRecord,
    mode: "create" | "update",
    reason: string,
    expectedVersion?: number | null,
  ) {
    const id = await ctx.repositories.editing.saveFact(
      record,
      mode,
      currentUser(ctx),
      reason,
      expectedVersion ?? undefined,
    );
    return loadEntity(ctx, id);
  }
}

function currentUser(ctx: Context) {
  if (!ctx.user) {
    // @Authorized has run: a mutation without a user never gets here.
    throw new Error("No user on an authorized request");
  }
  return ctx.user;
}
