import { csvEdges, csvNodes } from "./csv.writer";
import type { ExportedGraph } from "./exported-graph";
import { graphml } from "./graphml.writer";
import { jsonDump } from "./json.writer";

/** What each export format is as one file: its writer, media type and file name ending. */
export interface ExportFormat {
  write: (graph: ExportedGraph) => AsyncIterable<string>;
  contentType: string;
  fileSuffix: string;
  /**
   * A whole-graph export also carries the audit trail (Change and ImportRun nodes): the JSON dump,
   * so that a restore keeps history. Gephi and spreadsheets get the knowledge graph alone.
   */
  history: boolean;
}

export const EXPORT_FORMATS = {
  graphml: {
    write: graphml,
    contentType: "application/graphml+xml; charset=utf-8",
    fileSuffix: ".graphml",
    history: false,
  },
  "csv-nodes": {
    write: csvNodes,
    contentType: "text/csv; charset=utf-8; header=present",
    fileSuffix: "-nodes.csv",
    history: false,
  },
  "csv-edges": {
    write: csvEdges,
    contentType: "text/csv; charset=utf-8; header=present",
    fileSuffix: "-edges.csv",
    history: false,
  },
  json: {
    write: jsonDump,
    contentType: "application/json; charset=utf-8",
    fileSuffix: ".json",
    history: true,
  },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];
