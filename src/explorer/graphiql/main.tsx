import { GraphiQL } from "graphiql";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";

/** Posts to our own /graphql, passing the headers typed in GraphiQL's header editor (e.g. a token). */
async function fetcher(params: unknown, options?: { headers?: Record<string, unknown> }) {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { ...(options?.headers as Record<string, string>), "content-type": "application/json" },
    body: JSON.stringify(params),
  });
  return response.json();
}

const container = document.getElementById("graphiql");
if (container) {
  createRoot(container).render(
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={__EXAMPLE_TABS__.map(({ query, variables }) => ({ query, variables }))}
      defaultEditorToolsVisibility="variables"
    />,
  );
}
