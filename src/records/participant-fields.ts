import type { Direction, FactType, ParticipantRole } from "../domain/model";
import type { NodeFactRecord } from "./record-format";

/**
 * The one table of which fields of a fact record name its participants, and in which role. The
 * reference checks, the plan (ACTOR/PARTNER links with their roles), the CSV columns that hold lists,
 * the mutations' role rules, content keys and generated ids all read it; a change to the model is
 * made here.
 */

type FactOfType<T extends FactType> = Extract<NodeFactRecord, { type: T }>;

export interface ParticipantField<T extends FactType = FactType> {
  field: T extends FactType ? keyof FactOfType<T> & string : never;
  /** The role, or, for a delegation, the role by its direction. */
  role: ParticipantRole | Readonly<Record<Direction, ParticipantRole>>;
  /** Which side the field holds; absent: either (an agreement's parties are both sides). */
  side?: "vietnamese" | "foreign";
  /** The field holds one id, not a list. */
  single?: true;
}

/** In the order a generated id looks for the fact's first participant (the Vietnamese actor first). */
export const PARTICIPANT_FIELDS: { readonly [T in FactType]: ReadonlyArray<ParticipantField<T>> } = {
  Agreement: [{ field: "parties", role: "PARTY" }],
  Delegation: [
    // The Vietnamese side hosts an incoming delegation and sends an outgoing one.
    { field: "vietnameseSide", role: { INCOMING: "HOST", OUTGOING: "SENDER" }, side: "vietnamese" },
    { field: "foreignSide", role: { INCOMING: "VISITOR", OUTGOING: "HOST" }, side: "foreign" },
  ],
  Programme: [
    { field: "runBy", role: "RUNNER" },
    { field: "fundedBy", role: "FUNDER" },
    { field: "beneficiaries", role: "BENEFICIARY" },
    { field: "partners", role: "PARTICIPANT" },
  ],
  Partnership: [
    { field: "from", role: "PARTY", single: true },
    { field: "to", role: "PARTY" },
  ],
};

/** Every field name, of any fact type, that holds a list of participants (a CSV cell of ids split by ";"). */
export const PARTICIPANT_LIST_FIELDS: ReadonlySet<string> = new Set(
  (Object.keys(PARTICIPANT_FIELDS) as FactType[]).flatMap((type) =>
    participantFields(type)
      .filter((field) => !field.single)
      .map((field) => field.field as string),
  ),
);

export interface Participation {
  id: string;
  role: ParticipantRole;
  /** The field's path in the record, e.g. "foreignSide.1" or "from". */
  path: string;
}

/** The fields of a fact's type, typed loosely for code that handles every type alike. */
export function participantFields(type: FactType): ReadonlyArray<ParticipantField> {
  return PARTICIPANT_FIELDS[type] as ReadonlyArray<ParticipantField>;
}

/** Each participant a fact names, in each role it names it, in table order. */
export function participations(fact: NodeFactRecord): Participation[] {
  const record = fact as unknown as Record<string, unknown>;
  const direction = fact.type === "Delegation" ? fact.direction : null;
  return participantFields(fact.type).flatMap(({ field, role, single }) => {
    const value = record[field];
    const ids = single ? (typeof value === "string" ? [value] : []) : ((value as string[] | undefined) ?? []);
    const resolved = roleOf(role, direction);
    return ids.map((id, index) => ({ id, role: resolved, path: single ? field : `${field}.${index}` }));
  });
}

/**
 * The field of a fact type that holds participants in a role (a programme's FUNDER: fundedBy), for
 * code that knows the role and builds the record (the ingest's extraction).
 */
export function fieldOfRole<T extends FactType>(
  type: T,
  role: ParticipantRole,
): ParticipantField<T>["field"] {
  const found = PARTICIPANT_FIELDS[type].find((field) => field.role === role);
  if (!found) {
    throw new Error(`A ${type} has no participants in the role ${role}`);
  }
  return found.field;
}

/** Every place or organisation a fact names, once each. */
export function factParticipants(fact: NodeFactRecord): string[] {
  return [...new Set(participations(fact).map((participation) => participation.id))];
}

/**
 * The roles a participant may take in a fact of a type, as the table's fields give them: a
 * Vietnamese province hosts an incoming delegation; an agreement's parties are PARTY on either side.
 */
export function participantRoles(
  factType: string,
  direction: string | null,
  vietnamese: boolean,
): ParticipantRole[] {
  const fields = (PARTICIPANT_FIELDS as Record<string, ReadonlyArray<ParticipantField> | undefined>)[
    factType
  ];
  const side = vietnamese ? "vietnamese" : "foreign";
  const roles = (fields ?? [])
    .filter((field) => field.side === undefined || field.side === side)
    .map((field) => roleOf(field.role, direction));
  return [...new Set(roles)];
}

function roleOf(role: ParticipantField["role"], direction: string | null): ParticipantRole {
  if (typeof role === "string") {
    return role;
  }
  return direction === "INCOMING" ? role.INCOMING : role.OUTGOING;
}
