import {
  factParticipants,
  fieldOfRole,
  PARTICIPANT_LIST_FIELDS,
  participantRoles,
  participations,
} from "../../src/records/participant-fields";
import { FactRecord, type NodeFactRecord } from "../../src/records/record-format";

const evidence = [{ source: "source:x", quote: "q" }];
const fact = (record: object) =>
  FactRecord.parse({ certainty: "STATED", evidence, ...record }) as NodeFactRecord;

describe("the table of participant fields", () => {
  it("gives a delegation's sides their roles by its direction", () => {
    const incoming = fact({
      id: "delegation:a",
      type: "Delegation",
      direction: "INCOMING",
      vietnameseSide: ["province:son-la"],
      foreignSide: ["locality:la-oudomxay", "country:LA"],
    });
    expect(participations(incoming)).toEqual([
      { id: "province:son-la", role: "HOST", path: "vietnameseSide.0" },
      { id: "locality:la-oudomxay", role: "VISITOR", path: "foreignSide.0" },
      { id: "country:LA", role: "VISITOR", path: "foreignSide.1" },
    ]);
    expect(participantRoles("Delegation", "OUTGOING", true)).toEqual(["SENDER"]);
    expect(participantRoles("Delegation", "OUTGOING", false)).toEqual(["HOST"]);
  });

  it("names a partnership's single `from` without an index, and each participant once", () => {
    const partnership = fact({
      id: "partnership:a",
      type: "Partnership",
      kind: "FRIENDSHIP",
      from: "province:son-la",
      to: ["locality:la-oudomxay", "province:son-la"],
    });
    expect(participations(partnership).map((p) => p.path)).toEqual(["from", "to.0", "to.1"]);
    expect(factParticipants(partnership)).toEqual(["province:son-la", "locality:la-oudomxay"]);
  });

  it("lets a programme's participant take any of its four roles, on either side", () => {
    expect(participantRoles("Programme", null, false)).toEqual([
      "RUNNER",
      "FUNDER",
      "BENEFICIARY",
      "PARTICIPANT",
    ]);
    expect(participantRoles("Agreement", null, true)).toEqual(["PARTY"]);
    expect(participantRoles("Citation", null, true)).toEqual([]);
  });

  it("names the field that holds a role's participants, for records built role by role", () => {
    expect(fieldOfRole("Programme", "FUNDER")).toBe("fundedBy");
    expect(fieldOfRole("Programme", "PARTICIPANT")).toBe("partners");
    expect(fieldOfRole("Agreement", "PARTY")).toBe("parties");
    expect(() => fieldOfRole("Agreement", "FUNDER")).toThrow(
      "A Agreement has no participants in the role FUNDER",
    );
  });

  it("lists the list fields a CSV cell splits at ';'", () => {
    expect([...PARTICIPANT_LIST_FIELDS].sort()).toEqual(
      [
        "beneficiaries",
        "foreignSide",
        "fundedBy",
        "parties",
        "partners",
        "runBy",
        "to",
        "vietnameseSide",
      ].sort(),
    );
  });
});
