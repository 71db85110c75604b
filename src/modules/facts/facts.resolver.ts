import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context";
import { loadEntity } from "../../context/load";
import type { EvidenceValue, FactEntity, ParticipationValue } from "../../domain/entities";
import { ParticipantRole } from "../../graphql/enums";
import { Participant } from "../participants/participant.type";
import { Citation, Evidence } from "../sources/sources.types";
import { Fact, Participation } from "./facts.types";
import { Figure } from "./provenance.type";

/** Provenance and participants of every fact, declared on the Fact interface. */
@Resolver(() => Fact)
export class FactResolver {
  @FieldResolver(() => [Evidence], {
    description: "The sources that state it, each with the verbatim quote.",
  })
  sources(@Root() fact: FactEntity, @Ctx() ctx: Context) {
    return ctx.loaders.evidence.load(fact.id);
  }

  @FieldResolver(() => [Figure], {
    description: "Its quantities: delegations, people, classes, trainees, money, …",
  })
  figures(@Root() fact: FactEntity, @Ctx() ctx: Context) {
    return ctx.loaders.figures.load(fact.id);
  }

  @FieldResolver(() => [Participation], { description: "Who takes part, on which side, in which role." })
  async participants(
    @Root() fact: FactEntity,
    @Ctx() ctx: Context,
    @Arg("roles", () => [ParticipantRole], { nullable: true, description: "Only these roles." })
    roles?: string[],
  ) {
    const participations = await ctx.loaders.participations.load(fact.id);
    return participations.filter((participation) => !roles || roles.includes(participation.role));
  }

  @FieldResolver(() => [Participation], {
    description: "The Vietnamese side (provinces, Vietnamese organisations).",
  })
  async actors(@Root() fact: FactEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.participations.load(fact.id)).filter(
      (participation) => participation.side === "ACTOR",
    );
  }

  @FieldResolver(() => [Participation], {
    description: "The foreign side (countries, localities, groups, organisations).",
  })
  async partners(@Root() fact: FactEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.participations.load(fact.id)).filter(
      (participation) => participation.side === "PARTNER",
    );
  }

  @FieldResolver(() => [Citation], { description: "Policy documents it cites." })
  citations(@Root() fact: FactEntity, @Ctx() ctx: Context) {
    return ctx.loaders.citationsBy.load(fact.id);
  }
}

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Participant)
  participant(@Root() participation: ParticipationValue, @Ctx() ctx: Context) {
    return loadEntity(ctx, participation.participantId);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver()
  source(@Root() evidence: EvidenceValue, @Ctx() ctx: Context) {
    return loadEntity(ctx, evidence.sourceId, "Source");
  }
}
