import { createHash } from "node:crypto";
import { factParticipants } from "./participant-fields";
import type { NodeFactRecord } from "./record-format";

/**
 * What makes two fact records the same fact, whatever their ids: type, kind, participants, period,
 * evidence (sources and quotes) and the name it goes by. (Two facts one article states in different
 * sentences are two facts; the editing checks also refuse a fact sharing only a source, but only the
 * exact restatement can be a constraint.) Stored on every fact under a uniqueness constraint, so two
 * concurrent writers of one fact cannot both commit (the losing transaction fails inside Neo4j).
 */
export function factContentKey(fact: NodeFactRecord): string {
  const identity = [
    fact.type,
    fact.type === "Delegation" ? fact.direction : fact.kind,
    sortedUnique(factParticipants(fact)),
    fact.period?.start ?? null,
    fact.period?.end ?? null,
    sortedUnique(fact.evidence.map((evidence) => JSON.stringify([evidence.source, evidence.quote]))),
    nameOf(fact),
  ];
  return createHash("sha256").update(JSON.stringify(identity)).digest("hex");
}

/** The name a source gives the fact, where its type has one: two named agreements are two facts. */
function nameOf(fact: NodeFactRecord): string | null {
  switch (fact.type) {
    case "Agreement":
      return fact.title ?? null;
    case "Programme":
      return fact.name ?? null;
    case "Delegation":
      return fact.partOf ?? null;
    case "Partnership":
      return null;
  }
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
