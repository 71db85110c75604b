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
  participantFacts,
  partners,
  provinceCounts,
  search,
  UNDATED,
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
import { h } from "./dom";
import { type Cell, fileStem, save, toCsv, toGraphml } from "./downloads";
import { type GraphEdge, NetworkGraph } from "./graph";
import {
  displayName,
  kindLabel,
  type Language,
  language,
  otherName,
  setLanguage,
  shapeName,
  type TextKey,
  t,
  term,
} from "./i18n";
import { renderMap } from "./map";
import { rankHits } from "./rank";
import {
  BadLinkError,
  EMPTY_VIEW,
  formatViewState,
  type Pane,
  parseViewState,
  type ViewState,
} from "./view-state";

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
  graph: element<HTMLElement>("graph"),
  map: element<HTMLElement>("map"),
  factsCsv: element<HTMLButtonElement>("download-facts-csv"),
  factsJson: element<HTMLButtonElement>("download-facts-json"),
  graphml: element<HTMLButtonElement>("download-graphml"),
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
  pane: "network" as Pane,
};

const graph = new NetworkGraph(ui.graph, {
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

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
    ui.kind.value && term(ui.kind.value),
    ui.sector.value && term(ui.sector.value),
    (ui.from.value || ui.to.value) && `${ui.from.value || "…"}–${ui.to.value || "…"}`,
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

/** The view as a link: the selection, what is expanded, every filter and the pane. */
function currentView(): ViewState {
  return {
    select: state.root?.id ?? null,
    expand: [...state.expanded],
    country: ui.country.value,
    kind: ui.kind.value,
    sector: ui.sector.value,
    from: ui.from.value,
    to: ui.to.value,
    pane: state.pane,
  };
}

function writeAddress(): void {
  const address = `${location.pathname}${formatViewState(currentView())}`;
  if (address !== `${location.pathname}${location.search}${location.hash}`) {
    history.pushState(null, "", address);
  }
}

function countryName(code: string): string {
  if (code === "VN") return t("vietnam");
  if (!code) return t("international");
  const country = state.options.countries.find((known) => known.code === code);
  return country ? displayName(country) : code;
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

/** Each fact drawn, once, with the ids of the participants it ties on screen. */
function drawnFacts(): { fact: FactSummary; between: string[] }[] {
  const found = new Map<string, { fact: FactSummary; between: Set<string> }>();
  for (const edge of state.edges.values()) {
    for (const fact of edge.facts) {
      const entry = found.get(fact.id) ?? { fact, between: new Set<string>() };
      entry.between.add(edge.source).add(edge.target);
      found.set(fact.id, entry);
    }
  }
  return [...found.values()].map(({ fact, between }) => ({ fact, between: [...between] }));
}

/** Empties the drawing, the lists and the charts, as after a link that names nothing. */
function clearView(): void {
  state.generation++;
  state.root = null;
  state.expanded = new Set();
  state.nodes = new Map();
  state.edges = new Map();
  state.rootPartners = [];
  graph.cy.elements().remove();
  ui.search.value = "";
  ui.legend.replaceChildren();
  ui.dashboard.replaceChildren();
  ui.map.replaceChildren();
  ui.details.replaceChildren(h("p", { class: "hint" }, t("chooseHint")));
  setDownloadsEnabled(false);
}

function setDownloadsEnabled(enabled: boolean): void {
  for (const button of [ui.factsCsv, ui.factsJson, ui.graphml]) button.disabled = !enabled;
}

/** Fetches the selection's partners and those of every expanded node, then redraws everything. */
async function load(): Promise<void> {
  const root = state.root;
  if (!root) {
    return;
  }
  const generation = ++state.generation;
  writeAddress();
  setStatus("loading", t("loadingPartners", { name: displayName(root) }));
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
    writeAddress();
    redraw();
    await loadDashboard(generation);
    if (generation === state.generation) {
      setDownloadsEnabled(true);
      setStatus(
        "ready",
        t("loaded", { nodes: state.nodes.size, facts: drawnFacts().length, filters: filterText() }),
      );
    }
  } catch (error) {
    if (generation === state.generation) {
      setStatus("error", t("couldNotLoad", { error: errorText(error) }));
    }
  }
}

/** Draws what is loaded: the network or the map, the legend and the partner list. */
function redraw(): void {
  const root = state.root;
  if (!root) return;
  ui.graph.hidden = state.pane !== "network";
  ui.map.hidden = state.pane !== "map";
  for (const tab of document.querySelectorAll<HTMLButtonElement>(".panes button")) {
    tab.setAttribute("aria-selected", String(tab.dataset.pane === state.pane));
  }
  if (state.pane === "network") {
    graph.cy.resize();
    graph.draw([...state.nodes.values()], [...state.edges.values()], root.id, state.expanded);
  } else {
    ui.map.replaceChildren(renderMap([...state.nodes.values()], [...state.edges.values()], root.id));
  }
  renderLegend();
  showPartnerList();
}

/** A button that downloads a table of buckets (a chart's rows) as CSV. */
function bucketDownload(id: string, buckets: Bucket[]): HTMLElement {
  const button = h("button", { type: "button", class: "table-download", "data-download": id }, t("tableCsv"));
  button.addEventListener("click", () =>
    save(
      `${fileStem(state.root?.id)}-${id}.csv`,
      "text/csv;charset=utf-8",
      toCsv(
        ["key", "label", "facts"],
        buckets.map((bucket) => [bucket.key, bucket.label, bucket.value]),
      ),
    ),
  );
  return button;
}

/**
 * A province's counts come from factCounts, and its timeline from its facts field with the same filter:
 * the same facts, those with no named partner (not drawn in the network) and the undated ones
 * included, so the year bars and the timeline agree. Other selections count the facts drawn, once each.
 */
async function loadDashboard(generation: number): Promise<void> {
  const root = state.root;
  if (!root) {
    return;
  }
  const shown = drawnFacts().map(({ fact }) => fact);
  if (root.__typename === "Province") {
    const [counts, facts] = await Promise.all([
      provinceCounts(root.id, filterFor(root)),
      participantFacts(root.id, filterFor(root)),
    ]);
    if (generation === state.generation) {
      renderDashboard(
        ui.dashboard,
        t("provinceFacts", { name: displayName(root), filters: filterText() }),
        counts.byCountry.map((bucket) => ({ ...bucket, label: countryName(bucket.key) })),
        counts.byYear.map((bucket) => (bucket.key === UNDATED ? { ...bucket, label: t("undated") } : bucket)),
        facts,
        bucketDownload,
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
      if (!Number.isFinite(start)) tally(byYear, UNDATED, fact);
      for (let year = start; Number.isFinite(year) && year <= end; year++) tally(byYear, String(year), fact);
    }
  }
  const buckets = (map: Map<string, Set<string>>, label: (key: string) => string): Bucket[] =>
    [...map.entries()]
      .map(([key, facts]) => ({ key, label: label(key), value: facts.size }))
      .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
  renderDashboard(
    ui.dashboard,
    t("factsDrawn", { filters: filterText() }),
    buckets(byCountry, countryName),
    buckets(byYear, (key) => (key === UNDATED ? t("undated") : key)),
    shown,
    bucketDownload,
  );
}

/** Opens a view: its selection, filters, expanded nodes and pane; a link that names nothing clears the view. */
async function openView(view: ViewState): Promise<void> {
  ui.country.value = view.country;
  ui.kind.value = view.kind;
  ui.sector.value = view.sector;
  ui.from.value = view.from;
  ui.to.value = view.to;
  state.pane = view.pane;
  if (!view.select) {
    clearView();
    setStatus("ready", t("searchHelp"));
    return;
  }
  setStatus("loading", t("loading"));
  let found: Participant | null;
  try {
    found = await participant(view.select);
  } catch (error) {
    found = null;
    console.warn(errorText(error));
  }
  if (!found) {
    clearView();
    setStatus("error", t("badLink", { id: view.select }));
    return;
  }
  state.root = found;
  state.expanded = new Set(view.expand.filter((id) => id !== found.id));
  // Expanded nodes are looked up among the drawn ones; a shared link brings only their ids.
  const expanded = await Promise.all([...state.expanded].map((id) => participant(id).catch(() => null)));
  state.nodes = new Map(
    expanded.filter((node): node is Participant => node !== null).map((node) => [node.id, node]),
  );
  ui.search.value = displayName(found);
  ui.results.replaceChildren();
  await load();
}

async function select(id: string): Promise<void> {
  await openView({ ...currentView(), select: id, expand: [] });
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
    const download = h(
      "button",
      { type: "button", class: "table-download", "data-download": "partners" },
      t("tableCsv"),
    );
    download.addEventListener("click", () =>
      save(
        `${fileStem(state.root?.id)}-partners.csv`,
        "text/csv;charset=utf-8",
        toCsv(
          ["id", "name", "nameEn", "nameVi", "type", "country", "facts", "kinds"],
          state.rootPartners.map(({ partner, facts }) => [
            partner.id,
            displayName(partner),
            partner.nameEn,
            partner.nameVi,
            partner.__typename,
            countryCode(partner),
            facts.length,
            [...new Set(facts.map((fact) => fact.kind))].join(" "),
          ]),
        ),
      ),
    );
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
        download,
      ),
    );
  }
}

/** Facts in full, a few at a time: one request for hundreds would exceed the API's query cost limit. */
async function fullFacts(ids: string[]): Promise<Fact[]> {
  const missing = ids.filter((id) => !state.facts.has(id));
  for (let start = 0; start < missing.length; start += 25) {
    for (const fact of await facts(missing.slice(start, start + 25))) {
      state.facts.set(fact.id, fact);
    }
  }
  return ids.map((id) => state.facts.get(id)).filter((fact): fact is Fact => fact !== undefined);
}

/** Shows a node's or an edge's facts in full, fetching those not yet seen; the latest click wins. */
let detailsGeneration = 0;
async function showFacts(summaries: FactSummary[], render: (full: Fact[]) => HTMLElement): Promise<void> {
  const generation = ++detailsGeneration;
  const ids = [...new Set(summaries.map((fact) => fact.id))];
  if (ids.some((id) => !state.facts.has(id))) {
    ui.details.replaceChildren(h("p", { class: "hint" }, t("loadingFacts")));
  }
  let full: Fact[];
  try {
    full = await fullFacts(ids);
  } catch (error) {
    setStatus("error", t("couldNotLoad", { error: errorText(error) }));
    return;
  }
  if (generation === detailsGeneration) {
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

/** The facts on screen as rows: one per fact, with the participants it ties and its sources. */
async function factRows(): Promise<{ header: string[]; rows: Cell[][]; records: unknown[] }> {
  const drawn = drawnFacts();
  const full = new Map((await fullFacts(drawn.map(({ fact }) => fact.id))).map((fact) => [fact.id, fact]));
  const header = [
    "id",
    "kind",
    "factType",
    "title",
    "between",
    "start",
    "end",
    "precision",
    "certainty",
    "status",
    "sectors",
    "figures",
    "sources",
    "urls",
    "quotes",
  ];
  const records = drawn.map(({ fact, between }) => ({
    ...(full.get(fact.id) ?? fact),
    between: between.map((id) => {
      const node = state.nodes.get(id);
      return { id, name: node ? displayName(node) : id };
    }),
  }));
  const rows = drawn.map(({ fact, between }) => {
    const known = full.get(fact.id);
    return [
      fact.id,
      fact.kind,
      fact.factType,
      known?.title ?? known?.name ?? known?.purpose ?? known?.description,
      between.map((id) => displayName(state.nodes.get(id) ?? { nameEn: id, nameVi: null })).join("; "),
      fact.period?.start,
      fact.period?.end,
      fact.period?.precision,
      known?.certainty,
      known?.status,
      known?.sectors.join(" "),
      known?.figures.map((figure) => `${figure.value} ${figure.unit}`).join("; "),
      known?.sources.map((source) => source.source.title ?? source.source.fileName).join("; "),
      known?.sources.map((source) => source.source.url ?? "").join("; "),
      known?.sources.map((source) => source.quote).join(" | "),
    ];
  });
  return { header, rows, records };
}

async function downloadFacts(format: "csv" | "json"): Promise<void> {
  try {
    const { header, rows, records } = await factRows();
    const stem = `${fileStem(state.root?.id)}-facts`;
    if (format === "csv") {
      save(`${stem}.csv`, "text/csv;charset=utf-8", toCsv(header, rows));
    } else {
      save(
        `${stem}.json`,
        "application/json",
        `${JSON.stringify({ view: formatViewState(currentView()), facts: records }, null, 2)}\n`,
      );
    }
  } catch (error) {
    setStatus("error", t("couldNotLoad", { error: errorText(error) }));
  }
}

function downloadGraphml(): void {
  save(
    `${fileStem(state.root?.id)}-network.graphml`,
    "application/graphml+xml",
    toGraphml(
      [...state.nodes.values()].map((node) => ({
        id: node.id,
        label: displayName(node),
        type: node.__typename,
        country: countryCode(node) ?? "",
      })),
      [...state.edges.values()].map((edge) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        label: term(edge.kind),
        facts: edge.facts.length,
        factIds: edge.facts.map((fact) => fact.id).join(" "),
      })),
    ),
  );
}

function renderLegend(): void {
  const nodes = [...state.nodes.values()];
  const countries = [...new Set(nodes.map((node) => countryCode(node) ?? ""))].sort();
  const kinds = [...new Set([...state.edges.values()].map((edge) => edge.kind))].sort();
  const types = [...new Set(nodes.map((node) => node.__typename))];
  ui.legend.replaceChildren(
    h("h3", {}, t("legendCountry")),
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
    h("h3", {}, t("legendKind")),
    h(
      "ul",
      {},
      types.map((type) =>
        h("li", {}, `${shapeName(PARTICIPANT_STYLE[type]?.shape ?? "")}: ${kindLabel(type)}`),
      ),
    ),
    h("h3", {}, t("legendLine")),
    h(
      "ul",
      {},
      kinds.map((kind) =>
        h("li", {}, h("span", { class: "line", style: `background:${kindColour(kind)}` }), term(kind)),
      ),
    ),
  );
}

function renderSearchResults(hits: Participant[]): void {
  ui.results.replaceChildren(
    ...hits.map((hit) => {
      const other = otherName(hit);
      const button = h(
        "button",
        { type: "button" },
        h("span", { class: "chip", style: `background:${countryColour(countryCode(hit))}` }),
        h("span", { class: "hit-name" }, displayName(hit)),
        h("span", { class: "hint" }, ` ${kindLabel(hit.__typename)}${other ? ` · ${other}` : ""}`),
      );
      button.addEventListener("click", () => select(hit.id));
      return h("li", { "data-id": hit.id }, button);
    }),
  );
  if (hits.length === 0 && ui.search.value.trim()) {
    ui.results.replaceChildren(h("li", { class: "hint" }, t("nothingFound")));
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
      const hits = rankHits(text, await search(text));
      if (generation === searchGeneration) renderSearchResults(hits);
    } catch (error) {
      setStatus("error", t("searchFailed", { error: errorText(error) }));
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
ui.factsCsv.addEventListener("click", () => downloadFacts("csv"));
ui.factsJson.addEventListener("click", () => downloadFacts("json"));
ui.graphml.addEventListener("click", downloadGraphml);
for (const tab of document.querySelectorAll<HTMLButtonElement>(".panes button")) {
  tab.addEventListener("click", () => {
    state.pane = tab.dataset.pane as Pane;
    writeAddress();
    redraw();
  });
}

/** The page's fixed texts and the filters' choices, in the chosen language. */
function applyLanguage(): void {
  for (const node of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    node.textContent = t(node.dataset.i18n as TextKey);
  }
  for (const node of document.querySelectorAll<HTMLInputElement>("[data-i18n-placeholder]")) {
    node.placeholder = t(node.dataset.i18nPlaceholder as TextKey);
  }
  for (const code of ["en", "vi"] as const) {
    element(`language-${code}`).setAttribute("aria-pressed", String(language() === code));
  }
  const fill = (select: HTMLSelectElement, options: { value: string; text: string }[]) => {
    const chosen = select.value;
    select.replaceChildren(
      select.options[0] as HTMLOptionElement,
      ...options.map(({ value, text }) => h("option", { value }, text)),
    );
    select.value = chosen;
  };
  fill(
    ui.country,
    state.options.countries.map((country) => ({ value: country.code, text: displayName(country) })),
  );
  fill(
    ui.kind,
    state.options.kinds.map((kind) => ({ value: kind, text: term(kind) })),
  );
  fill(
    ui.sector,
    state.options.sectors.map((sector) => ({ value: sector, text: term(sector) })),
  );
}

for (const code of ["en", "vi"] as const) {
  element(`language-${code}`).addEventListener("click", () => {
    setLanguage(code as Language);
    applyLanguage();
    ui.results.replaceChildren();
    if (state.root) {
      ui.search.value = displayName(state.root);
      load();
    } else if (ui.status.dataset.state !== "error") {
      setStatus("ready", t("searchHelp"));
    }
  });
}

/** Reads the address and opens what it names; a value the page does not know clears the view. */
async function openAddress(): Promise<void> {
  let view: ViewState;
  try {
    view = parseViewState(location.search, location.hash, {
      countries: state.options.countries.map((country) => country.code),
      kinds: state.options.kinds,
      sectors: state.options.sectors,
    });
  } catch (error) {
    if (!(error instanceof BadLinkError)) throw error;
    await openView(EMPTY_VIEW);
    setStatus("error", t("badLinkValue", { name: error.parameter, value: error.value }));
    return;
  }
  await openView(view);
  if (!view.select) ui.search.focus();
}

async function start(): Promise<void> {
  setLanguage(language());
  setStatus("loading", t("loading"));
  try {
    state.options = await filterOptions();
  } catch (error) {
    setStatus("error", t("apiDown", { error: errorText(error) }));
    return;
  }
  setColourOrder(
    state.options.countries.map((country) => country.code),
    state.options.kinds,
  );
  applyLanguage();
  // Back and forward move between views, as between pages; an edited address opens its view.
  window.addEventListener("popstate", () => openAddress());
  window.addEventListener("hashchange", () => openAddress());
  await openAddress();
}

start();
