import type { Evidence, Fact, Participant, Partner } from "./api";
import { countryCode, countryColour, kindColour } from "./colours";
import { h } from "./dom";
import { displayName, kindLabel, otherName, t, term } from "./i18n";

function period(fact: Fact): string {
  if (!fact.period) {
    return t("undated");
  }
  const { start, end, precision } = fact.period;
  const trim = (date: string | null) =>
    date ? (precision === "YEAR" ? date.slice(0, 4) : precision === "MONTH" ? date.slice(0, 7) : date) : "…";
  return start === end || trim(start) === trim(end) ? trim(start) : `${trim(start)} – ${trim(end)}`;
}

function evidence(item: Evidence): HTMLElement {
  const { source } = item;
  const cite = [source.title ?? source.fileName, source.publisher, source.publishedOn]
    .filter(Boolean)
    .join(" · ");
  return h(
    "figure",
    { class: "evidence" },
    h("blockquote", { class: "quote", lang: "vi" }, item.quote),
    h(
      "figcaption",
      { class: "article" },
      source.url ? h("a", { href: source.url, target: "_blank", rel: "noopener" }, cite) : cite,
      h("span", { class: "file" }, ` (${source.fileName})`),
    ),
  );
}

export function factCard(fact: Fact): HTMLElement {
  const heading = fact.title ?? fact.name ?? fact.purpose ?? fact.description ?? `${term(fact.kind)}`;
  return h(
    "article",
    { class: "fact", "data-fact": fact.id },
    h(
      "header",
      {},
      h("span", { class: "badge", style: `background:${kindColour(fact.kind)}` }, term(fact.kind)),
      h("span", { class: "fact-type" }, fact.factType),
      h("span", { class: "period" }, period(fact)),
    ),
    h("h4", {}, heading),
    fact.description && fact.description !== heading
      ? h("p", { class: "description" }, fact.description)
      : null,
    h(
      "p",
      { class: "meta" },
      h("span", { class: `certainty ${fact.certainty.toLowerCase()}` }, fact.certainty),
      fact.status === "PLANNED" ? ` · ${t("planned")}` : null,
      fact.sectors.length ? ` · ${fact.sectors.map(term).join(", ")}` : null,
    ),
    fact.inference ? h("p", { class: "inference" }, t("inferred", { why: fact.inference })) : null,
    fact.figures.length
      ? h(
          "ul",
          { class: "figures" },
          fact.figures.map((figure) =>
            h(
              "li",
              {},
              h("strong", {}, figure.value.toLocaleString("en")),
              ` ${figure.unit}`,
              figure.qualifier !== "EXACT" ? ` (${term(figure.qualifier)})` : null,
              h("span", { class: "figure-text", lang: "vi" }, ` “${figure.text}”`),
            ),
          ),
        )
      : null,
    fact.sources.map(evidence),
  );
}

function chip(participant: Participant): HTMLElement {
  return h("span", {
    class: "chip",
    style: `background:${countryColour(countryCode(participant))}`,
    title: kindLabel(participant.__typename),
  });
}

/** A group's stated counts (quoted) and its reference members (INFERRED, with their basis). */
function groupDetails(group: Participant): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (group.members?.length) {
    const bases = [...new Set(group.members.map((member) => member.basis))].join("; ");
    out.push(
      h(
        "div",
        { class: "members" },
        h(
          "span",
          { class: "label" },
          t("members", { certainty: group.members[0]?.certainty.toLowerCase() ?? "", basis: bases }),
        ),
        h(
          "ul",
          {},
          group.members.map((member) =>
            h("li", { "data-member": member.locality.id }, displayName(member.locality)),
          ),
        ),
      ),
    );
  }
  for (const count of group.statedCounts ?? []) {
    out.push(
      h(
        "div",
        { class: "stated-count" },
        h("span", { class: "label" }, t("articleSays", { text: count.text })),
        evidence(count.evidence),
      ),
    );
  }
  return out;
}

/** The selection's partners, as a list that answers "who, through what" at a glance. */
export function partnerList(
  root: Participant,
  partners: Partner[],
  filterText: string,
  onPick: (id: string) => void,
  /** The participant as drawn, with a group's members and counts. */
  drawn: (id: string) => Participant | undefined,
  /** The button that downloads this list as a table. */
  download: HTMLElement,
): HTMLElement {
  return h(
    "section",
    { class: "partner-list" },
    h("h2", {}, t("partnersOf", { name: displayName(root) })),
    h("p", { class: "hint" }, t("partnersHint", { count: partners.length, filters: filterText }), download),
    h(
      "ul",
      {},
      partners.map((partner) => {
        const kinds = [...new Set(partner.facts.map((fact) => fact.kind))].map(term).join(", ");
        const item = h(
          "li",
          { "data-partner": partner.partner.id },
          h("button", { type: "button", class: "link" }, chip(partner.partner), displayName(partner.partner)),
          h(
            "span",
            { class: "hint" },
            ` ${kindLabel(partner.partner.__typename)} · ${t("factCount", { count: partner.facts.length })}: ${kinds}`,
          ),
          partner.partner.__typename === "LocalityGroup"
            ? groupDetails(drawn(partner.partner.id) ?? partner.partner)
            : [],
        );
        item.querySelector("button")?.addEventListener("click", () => onPick(partner.partner.id));
        return item;
      }),
    ),
  );
}

export function nodeDetails(
  participant: Participant,
  facts: Fact[],
  expanded: boolean,
  onExpand: () => void,
): HTMLElement {
  const expand = h(
    "button",
    { type: "button", class: "expand" },
    expanded ? t("partnersShown") : t("addPartners"),
  );
  expand.toggleAttribute("disabled", expanded);
  expand.addEventListener("click", onExpand);
  return h(
    "section",
    { class: "node-details" },
    h("h2", {}, chip(participant), displayName(participant)),
    h(
      "p",
      { class: "hint" },
      [kindLabel(participant.__typename), otherName(participant), countryCode(participant), participant.id]
        .filter(Boolean)
        .join(" · "),
    ),
    expand,
    participant.__typename === "LocalityGroup" ? groupDetails(participant) : [],
    h("h3", {}, t("factsInView", { count: facts.length })),
    facts.map(factCard),
  );
}

export function edgeDetails(from: Participant, to: Participant, kind: string, facts: Fact[]): HTMLElement {
  return h(
    "section",
    { class: "edge-details" },
    h("h2", {}, `${displayName(from)} — ${displayName(to)}`),
    h("p", { class: "hint" }, t("edgeHint", { count: facts.length, kind: term(kind) })),
    facts.map(factCard),
  );
}
