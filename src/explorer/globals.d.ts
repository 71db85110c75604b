/** Replaced at build time (tools/explorer/build.ts) by the example operations of schema/operations. */
declare const __EXAMPLE_TABS__: { query: string; variables: string }[];

/** Replaced at build time by seeds/gazetteer/coordinates.yaml: each place's point and its source. */
declare const __PLACE_COORDINATES__: Record<string, { lat: number; lon: number; source: string } | undefined>;
/** Replaced at build time (tools/explorer/build.ts) by the values of the schema's enums the pages list. */
declare const __SCHEMA_ENUMS__: { FactKind: string[]; Sector: string[] };
