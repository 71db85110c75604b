import type { FieldTable } from "../../compiler/field-table";

/** Sources and quotes in the compiled read path. */
export const SOURCE_FIELDS: FieldTable = {
  Evidence: {
    quote: { value: "this.quote" },
    source: { object: "this.source" },
  },
  Source: {
    fileName: { value: "this.fileName" },
    title: { value: "this.title" },
    publisher: { value: "this.publisher" },
    publishedOn: { value: "toString(this.publishedOn)" },
    author: { value: "this.author" },
    url: { value: "this.url" },
    period: { object: "this", when: "this.periodPrecision IS NOT NULL" },
  },
  StatedCount: {
    count: { value: "this.count" },
    text: { value: "this.text" },
    evidence: { object: "this.evidence" },
  },
};
