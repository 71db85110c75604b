import { PARTICIPANT_LIST_FIELDS } from "../../records/participant-fields";
import { FactRecord, LocalityRecord, OrganizationRecord, SourceRecord } from "../../records/record-format";
import { checked, type ReadEvent } from "./record-readers";

/**
 * The CSV form of the record format, for facts kept in a spreadsheet: one row per fact, or, with a
 * `record` column, per place abroad (`locality`) or organisation (`organization`). A column is
 * named by the field's path in the record format (`period.start`, `delegations.value`,
 * `evidence.0.quote`, `figures.1.unit`), numbers in a path being positions in a list. Columns
 * `source.*` name the article the row's fact comes from: rows of one article repeat its `source.id`,
 * and the first row that describes it (more than the id) defines it; a source already in the graph
 * needs only its id. docs/writing.md "Bulk import" documents it with a sample file. The file is read
 * as a stream, row by row (record-readers.ts).
 */

/** Fields that hold a list of ids or names: one cell, items separated by ";". */
const LIST_FIELDS = new Set(["aliases", "sectors", ...PARTICIPANT_LIST_FIELDS]);

/** Source fields the record format requires but allows empty. */
const SOURCE_DEFAULTS = { title: null, publisher: null, publishedOn: null, author: null, period: null };

/**
 * One CSV row's records: the source it defines (the first row that describes a source more than by
 * its id), and its fact, place abroad or organisation. `sources` remembers, per source id, the row
 * that defined it, so that a later row describing it otherwise is a problem.
 */
export function* csvRowRecords(
  path: string,
  row: Record<string, string>,
  rowNumber: number,
  sources: Map<string, { row: number; source: Record<string, unknown> }>,
): Generator<ReadEvent> {
  const { source = {}, ...fields } = unflatten(row);
  const sourceFields = source as Record<string, unknown>;
  const sourceId = typeof sourceFields.id === "string" ? sourceFields.id : undefined;
  const label = (id: unknown) => `row ${rowNumber}${typeof id === "string" ? ` (${id})` : ""}`;

  if (sourceId && Object.keys(sourceFields).length > 1) {
    const defined = sources.get(sourceId);
    if (!defined) {
      sources.set(sourceId, { row: rowNumber, source: sourceFields });
      for (const event of checked(path, label(sourceId), "source", SourceRecord, {
        ...SOURCE_DEFAULTS,
        ...withNullPeriod(sourceFields),
      })) {
        yield "problem" in event
          ? { problem: { ...event.problem, field: `source.${event.problem.field}` } }
          : event;
      }
    } else {
      for (const [field, value] of Object.entries(sourceFields)) {
        if (JSON.stringify(defined.source[field]) !== JSON.stringify(value)) {
          yield {
            problem: {
              file: path,
              record: label(fields.id),
              field: `source.${field}`,
              message: `differs from row ${defined.row}, which defines ${sourceId}`,
            },
          };
        }
      }
    }
  }

  const { record: kind = "fact", ...recordFields } = fields;
  // A quote's source is the row's source unless the cell says otherwise (places have no quotes).
  if (kind !== "locality") {
    const evidence = Array.isArray(recordFields.evidence) ? recordFields.evidence : [];
    recordFields.evidence = evidence.map((item) => ({ source: sourceId, ...(item as object) }));
  }
  const at = label(recordFields.id);
  if (kind === "fact") {
    yield* checked(path, at, "fact", FactRecord, withNullPeriod(recordFields));
  } else if (kind === "locality") {
    yield* checked(path, at, "locality", LocalityRecord, { isoCode: null, partOf: null, ...recordFields });
  } else if (kind === "organization") {
    yield* checked(path, at, "organization", OrganizationRecord, { country: null, ...recordFields });
  } else {
    yield {
      problem: {
        file: path,
        record: at,
        field: "record",
        message: `must be fact, locality or organization, not "${String(kind)}"`,
      },
    };
  }
}

/** A row as a record: dotted columns become nested fields, empty cells are left out. */
function unflatten(row: Record<string, string>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(row)) {
    if (cell === "") continue;
    const path = column.split(".");
    const field = path[path.length - 1] as string;
    let target: Record<string, unknown> | unknown[] = record;
    path.slice(0, -1).forEach((key, i) => {
      const nextIsIndex = /^\d+$/.test(path[i + 1] as string);
      const container = target as Record<string, unknown>;
      container[key] ??= nextIsIndex ? [] : {};
      target = container[key] as Record<string, unknown>;
    });
    (target as Record<string, unknown>)[field] = cellValue(field, cell);
  }
  return record;
}

function cellValue(field: string, cell: string): unknown {
  if (LIST_FIELDS.has(field)) {
    return cell
      .split(";")
      .map((item) => item.trim())
      .filter((item) => item !== "");
  }
  // Figures and counts: a number as the record format has it; anything else is left for the schema to refuse.
  if (field === "value" && cell.trim() !== "" && Number.isFinite(Number(cell))) {
    return Number(cell);
  }
  return cell;
}

/** A period given by some of its columns: the others are empty (null), as the record format writes them. */
function withNullPeriod(record: Record<string, unknown>): Record<string, unknown> {
  const period = record.period as Record<string, unknown> | undefined;
  return period ? { ...record, period: { start: null, end: null, ...period } } : record;
}
