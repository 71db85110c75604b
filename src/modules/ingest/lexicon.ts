import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import {
  AGREEMENT_KINDS,
  DIRECTIONS,
  MONEY_DIRECTIONS,
  MONEY_NATURES,
  PARTICIPANT_ROLES,
  PARTNERSHIP_KINDS,
  PROGRAMME_KINDS,
  QUALIFIERS,
  SECTORS,
} from "../../domain/model";
import { participantRoles } from "../../records/participant-fields";
import { PROJECT_ROOT } from "../../shared/paths";

/** The role a side takes in a programme: one that a programme record's fields hold. */
const PROGRAMME_ROLES = participantRoles("Programme", null, true);
const SideRole = z.enum(PARTICIPANT_ROLES).refine((role) => PROGRAMME_ROLES.includes(role), {
  message: `a programme's role is one of ${PROGRAMME_ROLES.join(", ")}`,
});
const Roles = z.object({ vietnamese: SideRole, foreign: SideRole }).strict();
const phrases = z.array(z.string().min(1)).default([]);

const Trigger = z
  .object({
    type: z.enum(["Agreement", "Delegation", "Programme", "Partnership"]),
    kind: z.enum([...AGREEMENT_KINDS, ...PROGRAMME_KINDS, ...PARTNERSHIP_KINDS]).optional(),
    direction: z.enum([...DIRECTIONS, "BOTH"]).optional(),
    vietnamese: SideRole.optional(),
    foreign: SideRole.optional(),
    foreignBefore: Roles.optional(),
    foreignAfter: Roles.optional(),
    vi: phrases,
    en: phrases,
  })
  .strict()
  .refine((trigger) => (trigger.type === "Delegation") === (trigger.direction !== undefined), {
    message: "a Delegation trigger needs a direction, and only it",
  })
  .refine((trigger) => trigger.type === "Delegation" || trigger.kind !== undefined, {
    message: "needs the record kind",
  });
export type Trigger = z.infer<typeof Trigger>;

const byLanguage = z.object({ vi: phrases, en: phrases }).strict();

export const LexiconFile = z
  .object({
    triggers: z.array(Trigger).min(1),
    plans: byLanguage,
    negations: byLanguage,
    anaphora: byLanguage,
    qualifiers: z.partialRecord(z.enum(QUALIFIERS), phrases),
    scales: z.array(z.object({ words: phrases, factor: z.number().positive() }).strict()),
    units: z.array(z.object({ words: phrases, unit: z.string().min(1) }).strict()),
    sectors: z.partialRecord(z.enum(SECTORS), phrases),
    money: z
      .object({
        directions: z.partialRecord(z.enum(MONEY_DIRECTIONS), phrases),
        natures: z.partialRecord(z.enum(MONEY_NATURES), phrases),
        // What an amount is when its sentence has no cue; an editor reviews every proposal.
        defaultDirection: z.enum(MONEY_DIRECTIONS),
        defaultNature: z.enum(MONEY_NATURES),
        plannedNature: z.enum(MONEY_NATURES),
      })
      .strict(),
  })
  .strict();
export type Lexicon = z.infer<typeof LexiconFile>;

export const LEXICON_FILE = join(PROJECT_ROOT, "seeds", "lexicon", "ingest.yaml");

export function readLexicon(path = LEXICON_FILE): Lexicon {
  const parsed = LexiconFile.safeParse(parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`${path}: ${problems.join("; ")}`);
  }
  return parsed.data;
}
