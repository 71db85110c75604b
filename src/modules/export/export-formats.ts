import { csvEdges, csvNodes } from "./csv.writer";
import type { ExportedGraph } from "./exported-graph";
import { graphml } from "./graphml.writer";
import { jsonDump } from "./json.writer";

/** What each export format is as one file: its writer, media type and file name ending. */
export interface ExportFormat {
  write: (graph: ExportedGraph) => AsyncIterable<string>;
  contentType: string;
  fileSuffix: string;
}

export const EXPORT_FORMATS = {
  graphml: { write: graphml, contentType: "application/graphml+xml; charset=utf-8", fileSuffix: ".graphml" },
  "csv-nodes": {
    write: csvNodes,
    contentType: "text/csv; charset=utf-8; header=present",
    fileSuffix: "-nodes.csv",
  },
  "csv-edges": {
    write: csvEdges,
    contentType: "text/csv; charset=utf-8; header=present",
    fileSuffix: "-edges.csv",
  },
  json: { write: jsonDump, contentType: "application/json; charset=utf-8", fileSuffix: ".json" },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];
