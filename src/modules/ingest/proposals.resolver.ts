import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { redactEditors } from "../../auth/access";
import type { Context } from "../../context/context";
import { pageRequest, toConnection } from "../../shared/pagination";
import { ProposalArgs, ProposedFact, ProposedFactConnection, ReviewArticle } from "./proposals.types";

/** The cursor tag of the review queue. */
const PROPOSALS_LIST = "proposals";

/** The review queue for editors: list proposals, accept one (it becomes a fact) or reject it. */
@Resolver()
export class ProposalResolver {
  @Authorized("editor")
  @Query(() => ProposedFactConnection, { description: "Facts the ingest proposed, oldest first (editor)." })
  async proposals(@Ctx() ctx: Context, @Args() args: ProposalArgs) {
    const page = await ctx.repositories.proposals.page(
      { status: args.status ?? null, source: args.source ?? null },
      pageRequest(PROPOSALS_LIST, args.first, args.after, false),
    );
    return toConnection(page, PROPOSALS_LIST);
  }

  @Authorized("editor")
  @Query(() => ReviewArticle, {
    nullable: true,
    description:
      "An ingested article's text, for reviewing its proposals (editor); null when no such source.",
  })
  proposalArticle(@Ctx() ctx: Context, @Arg("source", () => ID) source: string) {
    return ctx.repositories.proposals.article(source);
  }

  @Authorized("editor")
  @Mutation(() => ProposedFact, {
    description:
      "Accepts a proposal (editor): its record, with `edits` laid over its fields, is written as a fact with its quote and audit record, in one transaction.",
  })
  acceptProposal(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("edits", () => GraphQLJSONObject, {
      nullable: true,
      description: 'Fields of the record to change, e.g. {"foreignSide": ["locality:la-oudomxay"]}.',
    })
    edits: Record<string, unknown> | null,
    @Arg("reason", { description: "Why: recorded in the audit trail." }) reason: string,
  ) {
    return ctx.repositories.proposals.accept(id, edits ?? {}, currentUser(ctx), reason);
  }

  @Authorized("editor")
  @Mutation(() => ProposedFact, {
    description: "Rejects a proposal (editor); re-ingesting will not propose it again.",
  })
  rejectProposal(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("reason") reason: string) {
    return ctx.repositories.proposals.reject(id, currentUser(ctx), reason);
  }
}

/**
 * Who reviewed a proposal is a token's subject: for editors only, as a change's author is. The queue
 * is an editor's already; this holds wherever a proposal is reached.
 */
@Resolver(() => ProposedFact)
export class ProposedFactResolver {
  @FieldResolver(() => String, { nullable: true })
  reviewedBy(@Root() proposal: ProposedFact, @Ctx() ctx: Context): string | null {
    return redactEditors(proposal, ctx.user).reviewedBy;
  }
}

function currentUser(ctx: Context) {
  if (!ctx.user) {
    // @Authorized has run: a mutation without a user never gets here.
    throw new Error("No user on an authorized request");
  }
  return ctx.user;
}
