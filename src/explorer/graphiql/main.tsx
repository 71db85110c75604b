import { GraphiQL } from "graphiql";
import { buildSchema, Kind, parse } from "graphql";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
// Every subset, each with its unicode-range, so the browser takes Vietnamese letters from this font.
import "@fontsource/jetbrains-mono/400.css";
import "./graphiql.css";

interface Params {
  query: string;
  operationName?: string | null;
}

/**
 * GraphiQL updates a tab's operation name a moment after its text: run right after switching tabs,
 * it would send the previous tab's name, which the server rightly rejects. A name the document does
 * not define is dropped, so a one-operation document simply runs.
 */
function definedOperationName({ query, operationName }: Params): string | null | undefined {
  try {
    const names = parse(query).definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
    );
    return operationName && names.includes(operationName) ? operationName : undefined;
  } catch {
    return operationName;
  }
}

/** Posts to our own /graphql, passing the headers typed in GraphiQL's header editor (e.g. a token). */
async function fetcher(params: Params, options?: { headers?: Record<string, unknown> }) {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { ...(options?.headers as Record<string, string>), "content-type": "application/json" },
    body: JSON.stringify({ ...params, operationName: definedOperationName(params) }),
  });
  return response.json();
}

/**
 * The schema comes from the server's SDL (/schema.graphql), not from introspection, so GraphiQL works
 * the same when the server has introspection off (GRAPHQL_INTROSPECTION=false).
 */
async function loadSchema() {
  const response = await fetch("/schema.graphql");
  return buildSchema(await response.text());
}

const container = document.getElementById("graphiql");
if (container) {
  loadSchema().then((schema) =>
    createRoot(container).render(
      <GraphiQL
        fetcher={fetcher}
        schema={schema}
        defaultTabs={__EXAMPLE_TABS__}
        defaultEditorToolsVisibility="variables"
      >
        <GraphiQL.Logo>
          <a className="explorer-link" href="/">
            ← Network explorer
          </a>
        </GraphiQL.Logo>
      </GraphiQL>,
    ),
  );
}
