import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { buildSchema, isEnumType } from "graphql";
import { parse } from "yaml";
import { readExampleOperations } from "../../src/docs/example-operations";
import { EXPLORER_ASSETS_DIR } from "../../src/http/explorer.router";
import { PROJECT_ROOT } from "../../src/shared/paths";

/**
 * `npm run build` (and so `npm start` and `npm test`) bundles the browser pages into dist/explorer:
 * GraphiQL, the network explorer and the review page, with every library inside, so they work with no network but
 * the server's own. The README's example operations are bundled into GraphiQL as its tabs.
 */
export const EXPLORER_SOURCE_DIR = join(PROJECT_ROOT, "src", "explorer");

export interface ExampleTab {
  query: string;
  /** JSON, as GraphiQL's variables editor shows it; empty when the operation takes none. */
  variables: string;
}

export function exampleTabs(): ExampleTab[] {
  return readExampleOperations().map(({ text, variables }) => ({
    query: text,
    variables: Object.keys(variables).length > 0 ? JSON.stringify(variables, null, 2) : "",
  }));
}

export interface PlaceCoordinates {
  lat: number;
  lon: number;
  source: string;
}

/** The gazetteer's curated points (seeds/gazetteer/coordinates.yaml), bundled for the explorer's map. */
export function placeCoordinates(): Record<string, PlaceCoordinates> {
  const file = join(PROJECT_ROOT, "seeds", "gazetteer", "coordinates.yaml");
  const { places } = parse(readFileSync(file, "utf8")) as { places: ({ id: string } & PlaceCoordinates)[] };
  const found: Record<string, PlaceCoordinates> = {};
  for (const { id, lat, lon, source } of places) {
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && source)) {
      throw new Error(`${file}: ${id} needs a latitude, a longitude and a source`);
    }
    found[id] = { lat, lon, source };
  }
  return found;
}

/** The enums the explorer's filters list, read from the committed SDL (schema/schema.graphql). */
export function schemaEnums(): { FactKind: string[]; Sector: string[] } {
  const schema = buildSchema(readFileSync(join(PROJECT_ROOT, "schema", "schema.graphql"), "utf8"));
  const values = (name: string) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) {
      throw new Error(`schema/schema.graphql has no enum ${name}`);
    }
    return type.getValues().map((value) => value.name);
  };
  return { FactKind: values("FactKind"), Sector: values("Sector") };
}

export async function buildExplorer(outdir = EXPLORER_ASSETS_DIR): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: {
      graphiql: join(EXPLORER_SOURCE_DIR, "graphiql", "main.tsx"),
      explorer: join(EXPLORER_SOURCE_DIR, "network", "main.ts"),
      review: join(EXPLORER_SOURCE_DIR, "review", "main.ts"),
    },
    outdir,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: "iife",
    target: ["es2022"],
    jsx: "automatic",
    // Fonts and icons in the stylesheets are data URIs; the .woff fallbacks that browsers with
    // woff2 never fetch are files beside the bundle. Nothing is fetched from elsewhere.
    loader: { ".woff2": "dataurl", ".woff": "file", ".png": "dataurl" },
    publicPath: "/explorer/",
    define: {
      "process.env.NODE_ENV": '"production"',
      __EXAMPLE_TABS__: JSON.stringify(exampleTabs()),
      __PLACE_COORDINATES__: JSON.stringify(placeCoordinates()),
      __SCHEMA_ENUMS__: JSON.stringify(schemaEnums()),
    },
    logLevel: "warning",
  });
  for (const page of ["graphiql.html", "index.html", "review.html"]) {
    copyFileSync(join(EXPLORER_SOURCE_DIR, page), join(outdir, page));
  }
}

if (require.main === module) {
  buildExplorer().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
