import "./explorer.css";
import {
  type Bucket,
  type Fact,
  type FactFilter,
  type FactSummary,
  type FilterOptions,
  facts,
  filterOptions,
  groups,
  type Participant,
  type Partner,
  participant,
  partners,
  provinceCounts,
  search,
} from "./api";
import {
  countryCode,
  countryColour,
  isVietnamese,
  kindColour,
  PARTICIPANT_STYLE,
  setColourOrder,
} from "./colours";
import { renderDashboard } from "./dashboard";
import { edgeDetails, nodeDetails, partnerList } from "./details";
import { h, words } from "./dom";
import { displayName, type GraphEdge, NetworkGraph } from "./graph";

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) {
    throw new Error(`#${id} is missing from the page`);
  }
  return found as T;
}

const ui = {
  status: element<HTMLElement>("status"),
  search: element<HTMLInputElement>("search"),
  results: element<HTMLUListElement>("search-results"),
  country: element<HTMLSelectElement>("filter-country"),
  kind: element<HTMLSelectElement>("filter-kind"),
  sector: element<HTMLSelectElement>("filter-sector"),
  from: element<HTMLInputElement>("filter-from"),
  to: element<HTMLInputElement>("filter-to"),
  clear: element<HTMLButtonElement>("filter-clear"),
  legend: element<HTMLElement>("legend"),
  details: element<HTMLElement>("details"),
  dashboard: element<HTMLElement>("dashboard"),
};

/** What is on screen: the selection, the nodes added by expanding, and what the API returned. */
const state = {
  root: null as Participant | null,
  expanded: new Set<string>(),
  nodes: new Map<string, Participant>(),
  edges: new Map<string, GraphEdge>(),
  rootPartners: [] as Partner[],
  options: { countries: [], kinds: [], sectors: [] } as FilterOptions,
  /** Facts in full, fetched when first shown. */
  facts: new Map<string, Fact>(),
  /** Ignores answers to a request that a newer one has replaced. */
  generation: 0,
};

const graph = new NetworkGraph(element("graph"), {
  onNode: showNode,
  onEdge: showEdge,
  onExpand: expand,
  onBackground: showPartnerList,
});
// The drawing, for tests and for anyone exploring from the browser console.
(window as unknown as { explorerGraph: unknown }).explorerGraph = graph.cy;

function setStatus(state: "loading" | "ready" | "error", text: string): void {
  ui.status.dataset.state = state;
  ui.status.textContent = text;
}

function filter(): FactFilter {
  const value: FactFilter = {};
  if (ui.country.value) value.countries = [ui.country.value];
  if (ui.kind.value) value.kinds = [ui.kind.value];
  if (ui.sector.value) value.sectors = [ui.sector.value];
  if (ui.from.value || ui.to.value) {
    value.period = {
      ...(ui.from.value ? { from: `${ui.from.value}-01-01` } : {}),
      ...(ui.to.value ? { to: `${ui.to.value}-12-31` } : {}),
    };
  }
  return value;
}

/** The country filter means "partners abroad in this country": it applies to the Vietnamese side's partners. */
function filterFor(who: Participant): FactFilter {
  const { countries, ...rest } = filter();
  return isVietnamese(who) && countries ? { ...rest, countries } : rest;
}

function filterText(): string {
  const parts = [
    ui.country.value && ui.country.selectedOptions[0]?.text,
    ui.kind.value && words(ui.kind.value),
    ui.sector.value && words(ui.sector.value),
    (ui.from.value || ui.to.value) && `${ui.from.value || "…"}–${ui.to.value || "…"}`,
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

function addPartners(of: Participant, found: Partner[]): void {
  state.nodes.set(of.id, state.nodes.get(of.id) ?? of);
  for (const { partner, facts } of found) {
    state.nodes.set(partner.id, state.nodes.get(partner.id) ?? partner);
    for (const fact of facts) {
      const [a, b] = [of.id, partner.id].sort();
      const id = `${a}|${b}|${fact.kind}`;
      const edge = state.edges.get(id) ?? {
        id,
        source: of.id,
        target: partner.id,
        kind: fact.kind,
        facts: [],
      };
      if (!edge.facts.some((known) => known.id === fact.id)) {
        edge.facts.push(fact);
      }
      state.edges.set(id, edge);
    }
  }
}

/** Fetches the selection's partners and those of every expanded node, then redraws everything. */
async function load(): Promise<void> {
  const root = state.root;
  if (!root) {
    return;
  }
  const generation = ++state.generation;
  setStatus("loading", `Loading the partners of ${displayName(root)}…`);
  try {
    const rootPartners = await partners(root.id, filterFor(root));
    const expandedNodes = [...state.expanded]
      .map((id) => state.nodes.get(id))
      .filter((node): node is Participant => node !== undefined && node.id !== root.id);
    const expandedPartners = await Promise.all(
      expandedNodes.map((node) => partners(node.id, filterFor(node))),
    );
    if (generation !== state.generation) {
      return;
    }
    state.nodes = new Map([[root.id, root]]);
    state.edges = new Map();
    state.rootPartners = rootPartners;
    addPartners(root, rootPartners);
    expandedNodes.forEach((node, index) => {
      // An expanded node the filters no longer reach is dropped with its partners.
      if (state.nodes.has(node.id)) {
        addPartners(node, expandedPartners[index] ?? []);
      } else {
        state.expanded.delete(node.id);
      }
    });
    const groupIds = [...state.nodes.values()]
      .filter((node) => node.__typename === "LocalityGroup" && !node.members)
      .map((node) => node.id);
    for (const group of await groups(groupIds)) {
      state.nodes.set(group.id, group);
    }
    if (generation !== state.generation) {
      return;
    }
    graph.draw([...state.nodes.values()], [...state.edges.values()], root.id, state.expanded);
    renderLegend();
    showPartnerList();
    await loadDashboard(generation);
    if (generation === state.generation) {
      const facts = new Set([...state.edges.values()].flatMap((edge) => edge.facts.map((fact) => fact.id)));
      setStatus("ready", `${state.nodes.size} places and bodies, ${facts.size} facts${filterText()}`);
    }
  } catch (error) {
    if (generation === state.generation) {
      setStatus("error", `Could not load: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** A province's counts come from factCounts; other selections count the facts drawn, once each. */
async function loadDashboard(generation: number): Promise<void> {
  const root = state.root;
  if (!root) {
    return;
  }
  if (root.__typename === "Province") {
    const counts = await provinceCounts(root.id, filterFor(root));
    if (generation === state.generation) {
      renderDashboard(
        ui.dashboard,
        `${displayName(root)}'s facts${filterText()}`,
        counts.byCountry,
        counts.byYear,
      );
    }
    return;
  }
  const byCountry = new Map<string, Set<string>>();
  const byYear = new Map<string, Set<string>>();
  const tally = (map: Map<string, Set<string>>, key: string, fact: FactSummary) =>
    map.set(key, (map.get(key) ?? new Set()).add(fact.id));
  for (const edge of state.edges.values()) {
    const other = state.nodes.get(edge.source === root.id ? edge.target : edge.source);
    for (const fact of edge.facts) {
      const code = other && countryCode(other);
      if (code) tally(byCountry, code, fact);
      const start = Number(fact.period?.start?.slice(0, 4) ?? fact.period?.end?.slice(0, 4));
      const end = Number(fact.period?.end?.slice(0, 4) ?? start);
      for (let year = start; Number.isFinite(year) && year <= end; year++) tally(byYear, String(year), fact);
    }
  }
  const countryName = (code: string) =>
    code === "VN"
      ? "Viet Nam"
      : (state.options.countries.find((country) => country.code === code)?.nameEn ?? code);
  const buckets = (map: Map<string, Set<string>>, label: (key: string) => string): Bucket[] =>
    [...map.entries()]
      .map(([key, facts]) => ({ key, label: label(key), value: facts.size }))
      .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
  renderDashboard(
    ui.dashboard,
    `The facts drawn${filterText()}`,
    buckets(byCountry, countryName),
    buckets(byYear, (key) => key),
  );
}

async function select(id: string): Promise<void> {
  setStatus("loading", "Loading…");
  let found: Participant | null;
  try {
    found = await participant(id);
  } catch (error) {
    setStatus("error", `Could not load ${id}: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (!found) {
    setStatus("error", `${id} is not known`);
    return;
  }
  state.root = found;
  state.expanded = new Set();
  ui.search.value = displayName(found);
  ui.results.replaceChildren();
  if (location.hash !== `#${id}`) {
    history.replaceState(null, "", `#${id}`);
  }
  await load();
}

async function expand(id: string): Promise<void> {
  if (id === state.root?.id || state.expanded.has(id)) {
    return;
  }
  state.expanded.add(id);
  await load();
  showNode(id);
}

function showPartnerList(): void {
  if (state.root) {
    ui.details.replaceChildren(
      partnerList(
        state.root,
        state.rootPartners,
        filterText(),
        (id) => {
          graph.select(id);
          showNode(id);
        },
        (id) => state.nodes.get(id),
      ),
    );
  }
}

/** Shows a node's or an edge's facts in full, fetching those not yet seen; the latest click wins. */
let detailsGeneration = 0;
async function showFacts(summaries: FactSummary[], render: (full: Fact[]) => HTMLElement): Promise<void> {
  const generation = ++detailsGeneration;
  const ids = [...new Set(summaries.map((fact) => fact.id))];
  const missing = ids.filter((id) => !state.facts.has(id));
  if (missing.length) {
    ui.details.replaceChildren(h("p", { class: "hint" }, "Loading the facts and their sources…"));
    try {
      for (const fact of await facts(missing)) {
        state.facts.set(fact.id, fact);
      }
    } catch (error) {
      setStatus(
        "error",
        `Could not load the facts: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
  }
  if (generation === detailsGeneration) {
    const full = ids.map((id) => state.facts.get(id)).filter((fact): fact is Fact => fact !== undefined);
    ui.details.replaceChildren(render(full));
  }
}

function showNode(id: string): void {
  const node = state.nodes.get(id);
  if (!node) {
    return;
  }
  const summaries = [...state.edges.values()]
    .filter((edge) => edge.source === id || edge.target === id)
    .flatMap((edge) => edge.facts);
  const expanded = id === state.root?.id || state.expanded.has(id);
  showFacts(summaries, (full) => nodeDetails(node, full, expanded, () => expand(id)));
}

function showEdge(id: string): void {
  const edge = state.edges.get(id);
  const from = edge && state.nodes.get(edge.source);
  const to = edge && state.nodes.get(edge.target);
  if (edge && from && to) {
    showFacts(edge.facts, (full) => edgeDetails(from, to, edge.kind, full));
  }
}

function renderLegend(): void {
  const nodes = [...state.nodes.values()];
  const countries = [...new Set(nodes.map((node) => countryCode(node) ?? ""))].sort();
  const kinds = [...new Set([...state.edges.values()].map((edge) => edge.kind))].sort();
  const types = [...new Set(nodes.map((node) => node.__typename))];
  const countryName = (code: string) =>
    code === "VN"
      ? "Viet Nam"
      : code
        ? (state.options.countries.find((country) => country.code === code)?.nameEn ?? code)
        : "international";
  ui.legend.replaceChildren(
    h("h3", {}, "Node colour: country"),
    h(
      "ul",
      {},
      countries.map((code) =>
        h(
          "li",
          {},
          h("span", { class: "chip", style: `background:${countryColour(code || null)}` }),
          countryName(code),
        ),
      ),
    ),
    h("h3", {}, "Node shape: kind"),
    h(
      "ul",
      {},
      types.map((type) =>
        h(
          "li",
          {},
          `${PARTICIPANT_STYLE[type]?.shape.replace("round-", "rounded ")}: ${PARTICIPANT_STYLE[type]?.label}`,
        ),
      ),
    ),
    h("h3", {}, "Line colour: fact kind"),
    h(
      "ul",
      {},
      kinds.map((kind) =>
        h("li", {}, h("span", { class: "line", style: `background:${kindColour(kind)}` }), words(kind)),
      ),
    ),
  );
}

function renderSearchResults(hits: Participant[]): void {
  ui.results.replaceChildren(
    ...hits.map((hit) => {
      const button = h(
        "button",
        { type: "button" },
        h("span", { class: "chip", style: `background:${countryColour(countryCode(hit))}` }),
        h("span", { class: "hit-name" }, displayName(hit)),
        h(
          "span",
          { class: "hint" },
          ` ${PARTICIPANT_STYLE[hit.__typename]?.label ?? ""}${hit.nameVi && hit.nameVi !== displayName(hit) ? ` · ${hit.nameVi}` : ""}`,
        ),
      );
      button.addEventListener("click", () => select(hit.id));
      return h("li", { "data-id": hit.id }, button);
    }),
  );
  if (hits.length === 0 && ui.search.value.trim()) {
    ui.results.replaceChildren(h("li", { class: "hint" }, "Nothing found"));
  }
}

let searchTimer: number | undefined;
let searchGeneration = 0;
ui.search.addEventListener("input", () => {
  window.clearTimeout(searchTimer);
  const text = ui.search.value.trim();
  if (!text) {
    ui.results.replaceChildren();
    return;
  }
  searchTimer = window.setTimeout(async () => {
    const generation = ++searchGeneration;
    try {
      const hits = await search(text);
      if (generation === searchGeneration) renderSearchResults(hits);
    } catch (error) {
      setStatus("error", `Search failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, 200);
});
ui.search.addEventListener("keydown", (event) => {
  if (event.key === "Enter") {
    ui.results.querySelector("button")?.click();
  } else if (event.key === "Escape") {
    ui.results.replaceChildren();
  }
});

// A click elsewhere closes the search results, as a menu would.
document.addEventListener("click", (event) => {
  if (!(event.target instanceof Element && event.target.closest(".search"))) {
    ui.results.replaceChildren();
  }
});

for (const control of [ui.country, ui.kind, ui.sector, ui.from, ui.to]) {
  control.addEventListener("change", () => load());
}
ui.clear.addEventListener("click", () => {
  for (const control of [ui.country, ui.kind, ui.sector, ui.from, ui.to]) control.value = "";
  load();
});

function fillOptions(select: HTMLSelectElement, options: { value: string; text: string }[]): void {
  select.append(...options.map(({ value, text }) => h("option", { value }, text)));
}

async function start(): Promise<void> {
  setStatus("loading", "Loading…");
  try {
    state.options = await filterOptions();
  } catch (error) {
    setStatus("error", `The API does not answer: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  setColourOrder(
    state.options.countries.map((country) => country.code),
    state.options.kinds,
  );
  fillOptions(
    ui.country,
    state.options.countries.map((country) => ({ value: country.code, text: country.nameEn })),
  );
  fillOptions(
    ui.kind,
    state.options.kinds.map((kind) => ({ value: kind, text: words(kind) })),
  );
  fillOptions(
    ui.sector,
    state.options.sectors.map((sector) => ({ value: sector, text: words(sector) })),
  );
  // The address names the selection (/#province:son-la), so a view can be bookmarked and shared.
  window.addEventListener("hashchange", () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && id !== state.root?.id) {
      select(id);
    }
  });
  const fromHash = decodeURIComponent(location.hash.slice(1));
  if (fromHash) {
    await select(fromHash);
  } else {
    setStatus("ready", "Search for a province, a place abroad, a country or an organisation.");
    ui.search.focus();
  }
}

start();
