/**
 * What a shared link holds: the selection, the nodes expanded around it, every filter and the
 * pane shown, as a query string (`/?select=province:son-la&country=LA&kind=TRAINING&from=2010`).
 * The older `/#province:son-la` links still open their selection.
 */
export interface ViewState {
  select: string | null;
  expand: string[];
  country: string;
  kind: string;
  sector: string;
  from: string;
  to: string;
  pane: Pane;
}

export const PANES = ["network", "map"] as const;
export type Pane = (typeof PANES)[number];

export const EMPTY_VIEW: ViewState = {
  select: null,
  expand: [],
  country: "",
  kind: "",
  sector: "",
  from: "",
  to: "",
  pane: "network",
};

/** A value the page cannot show; the explorer clears the view and says which. */
export class BadLinkError extends Error {
  constructor(
    readonly parameter: string,
    readonly value: string,
  ) {
    super(`${parameter}=${value}`);
  }
}

export interface Choices {
  countries: string[];
  kinds: string[];
  sectors: string[];
}

const YEAR = /^\d{4}$/;

/** Reads a link; a filter value the API does not offer, or a year that is not one, is an error. */
export function parseViewState(search: string, hash: string, choices: Choices): ViewState {
  const params = new URLSearchParams(search);
  const legacy = decodeURIComponent(hash.replace(/^#/, ""));
  const view: ViewState = {
    select: params.get("select") || legacy || null,
    expand: params.getAll("expand").filter(Boolean),
    country: params.get("country") ?? "",
    kind: params.get("kind") ?? "",
    sector: params.get("sector") ?? "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
    pane: (params.get("pane") ?? "network") as Pane,
  };
  const check = (name: string, value: string, valid: boolean) => {
    if (value && !valid) throw new BadLinkError(name, value);
  };
  check("country", view.country, choices.countries.includes(view.country));
  check("kind", view.kind, choices.kinds.includes(view.kind));
  check("sector", view.sector, choices.sectors.includes(view.sector));
  check("from", view.from, YEAR.test(view.from));
  check("to", view.to, YEAR.test(view.to));
  check("pane", view.pane, PANES.includes(view.pane));
  return view;
}

/** The query string for a view; empty values are left out, so a plain view has a short link. */
export function formatViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.select) params.set("select", view.select);
  for (const id of view.expand) params.append("expand", id);
  for (const name of ["country", "kind", "sector", "from", "to"] as const) {
    if (view[name]) params.set(name, view[name]);
  }
  if (view.pane !== "network") params.set("pane", view.pane);
  // Ids keep their colon ("province:son-la"), as a reader would type them; a query allows it.
  const text = params.toString().replaceAll("%3A", ":");
  return text ? `?${text}` : "";
}
