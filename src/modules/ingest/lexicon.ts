import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import {
  AGREEMENT_KINDS,
  DIRECTIONS,
  PARTNERSHIP_KINDS,
  PROGRAMME_KINDS,
  QUALIFIERS,
  SECTORS,
} from "../../domain/model";
import { PROJECT_ROOT } from "../../shared/paths";

/** The side a party takes in a programme; PARTNER for neither funding, running nor benefiting. */
const SIDE_ROLES = ["PARTY", "HOST", "VISITOR", "FUNDER", "RUNNER", "BENEFICIARY", "PARTNER"] as const;
const Roles = z.object({ vietnamese: z.enum(SIDE_ROLES), foreign: z.enum(SIDE_ROLES) }).strict();
const phrases = z.array(z.string().min(1)).default([]);

const Trigger = z
  .object({
    type: z.enum(["Agreement", "Delegation", "Programme", "Partnership"]),
    kind: z.enum([...AGREEMENT_KINDS, ...PROGRAMME_KINDS, ...PARTNERSHIP_KINDS]).optional(),
    direction: z.enum([...DIRECTIONS, "BOTH"]).optional(),
    vietnamese: z.enum(SIDE_ROLES).optional(),
    foreign: z.enum(SIDE_ROLES).optional(),
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
