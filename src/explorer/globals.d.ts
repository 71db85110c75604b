/** Replaced at build time (tools/explorer/build.ts) by the example operations of schema/operations. */
declare const __EXAMPLE_TABS__: { query: string; variables: string }[];
