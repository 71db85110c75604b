import "./review.css";
import { h } from "../network/dom";
import { type Language, language, setLanguage, type TextKey, t, term } from "../network/i18n";

/**
 * The review page at /review: an editor picks an ingested article, reads its text with each
 * proposal's quote highlighted (by the stored offsets), and accepts, edits then accepts, or rejects
 * each proposal, through the same GraphQL mutations any editor's client uses.
 */

const TOKEN_KEY = "review.token";

interface Proposal {
  id: string;
  sourceId: string;
  factType: string;
  kind: string;
  record: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  cue: string;
  confidence: number;
}

interface Article {
  sourceId: string;
  title: string | null;
  text: string | null;
}

/** The fields of a proposed record the card shows and the edit form offers (a fact's or a place's). */
interface RecordFields {
  id?: string;
  nameVi?: string | null;
  nameEn?: string;
  country?: string;
  partOf?: string | null;
  kind?: string;
  direction?: string;
  period?: { start: string | null; end: string | null; precision: string } | null;
  vietnameseSide?: string[];
  foreignSide?: string[];
}

const PENDING = `query Pending($after: String) {
  proposals(status: PROPOSED, first: 100, after: $after) {
    nodes { id sourceId factType kind record quote quoteStart quoteEnd cue confidence }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ARTICLE = `query ReviewArticle($source: ID!) { proposalArticle(source: $source) { sourceId title text } }`;
const ACCEPT = `mutation Accept($id: ID!, $edits: JSONObject, $reason: String!) {
  acceptProposal(id: $id, edits: $edits, reason: $reason) { id status factId }
}`;
const REJECT = `mutation Reject($id: ID!, $reason: String!) { rejectProposal(id: $id, reason: $reason) { id status reviewReason } }`;

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const tokenInput = element<HTMLInputElement>("token");
const articleSelect = element<HTMLSelectElement>("article");
const statusLine = element<HTMLParagraphElement>("status");

let pending: Proposal[] = [];
/** Counts the articles asked for, so a slower earlier answer never replaces a later one. */
let shown = 0;

function status(state: "loading" | "ready" | "error", text: string): void {
  statusLine.dataset.state = state;
  statusLine.textContent = text;
}

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${tokenInput.value.trim()}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(body.errors?.map((error) => error.message).join("; ") ?? `HTTP ${response.status}`);
  }
  return body.data;
}

async function loadPending(): Promise<Proposal[]> {
  const found: Proposal[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      proposals: { nodes: Proposal[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await graphql(PENDING, { after });
    found.push(...data.proposals.nodes);
    if (!data.proposals.pageInfo.hasNextPage) return found;
    after = data.proposals.pageInfo.endCursor;
  }
}

/** Lists the articles with proposals waiting, keeping the chosen one when it still has some. */
async function refresh(): Promise<void> {
  if (!tokenInput.value.trim()) {
    status("ready", t("needToken"));
    return;
  }
  status("loading", "…");
  try {
    pending = await loadPending();
  } catch (error) {
    status("error", error instanceof Error ? error.message : String(error));
    return;
  }
  const counts = new Map<string, number>();
  for (const proposal of pending) counts.set(proposal.sourceId, (counts.get(proposal.sourceId) ?? 0) + 1);
  const chosen = articleSelect.value;
  articleSelect.replaceChildren(
    ...[...counts].map(([id, count]) =>
      h("option", { value: id }, `${id} (${t("pendingCount", { count })})`),
    ),
  );
  if (counts.has(chosen)) articleSelect.value = chosen;
  if (counts.size === 0) {
    element("article-text").replaceChildren();
    element("proposals").replaceChildren();
    status("ready", t("noPending"));
    return;
  }
  await showArticle(articleSelect.value);
}

async function showArticle(sourceId: string): Promise<void> {
  status("loading", "…");
  const asked = ++shown;
  let article: Article | null;
  try {
    article = (await graphql<{ proposalArticle: Article | null }>(ARTICLE, { source: sourceId }))
      .proposalArticle;
  } catch (error) {
    status("error", error instanceof Error ? error.message : String(error));
    return;
  }
  if (asked !== shown) return;
  const proposals = pending.filter((proposal) => proposal.sourceId === sourceId);
  element("article-text").replaceChildren(
    article?.text ? highlighted(article.text, proposals) : h("p", {}, t("noText")),
  );
  element("proposals").replaceChildren(...proposals.map(card));
  status("ready", t("pendingCount", { count: proposals.length }));
}

/** The text cut at every quote's start and end; each piece inside quotes is a mark naming them. */
function highlighted(text: string, proposals: Proposal[]): HTMLElement {
  const cuts = [...new Set([0, text.length, ...proposals.flatMap((p) => [p.quoteStart, p.quoteEnd])])].sort(
    (a, b) => a - b,
  );
  const pieces: (Node | string)[] = [];
  for (let index = 0; index < cuts.length - 1; index++) {
    const [from, to] = [cuts[index] as number, cuts[index + 1] as number];
    const piece = text.slice(from, to);
    const covering = proposals.filter((p) => p.quoteStart <= from && to <= p.quoteEnd);
    if (covering.length === 0) {
      pieces.push(piece);
      continue;
    }
    const mark = h("mark", { "data-proposals": covering.map((p) => p.id).join(" ") }, piece);
    mark.addEventListener("click", () => select(covering[0]?.id ?? ""));
    pieces.push(mark);
  }
  return h("div", { class: "text" }, pieces);
}

function select(id: string): void {
  for (const mark of document.querySelectorAll<HTMLElement>("mark[data-proposals]")) {
    mark.classList.toggle("selected", (mark.dataset.proposals ?? "").split(" ").includes(id));
  }
  for (const item of document.querySelectorAll<HTMLElement>(".proposal")) {
    item.classList.toggle("selected", item.dataset.proposal === id);
  }
  document
    .querySelector(`.proposal[data-proposal="${CSS.escape(id)}"]`)
    ?.scrollIntoView({ block: "nearest" });
}

const periodText = (period: RecordFields["period"]) =>
  period ? `${period.start ?? "?"} – ${period.end ?? "?"} (${term(period.precision)})` : "—";

/** A proposed place abroad (the gazetteer lacks it), rather than a fact. */
const PLACE = "ForeignLocality";

/** One proposal beside the text: its fields, and accept / edit / reject. */
function card(proposal: Proposal): HTMLElement {
  const record = JSON.parse(proposal.record) as RecordFields;
  const row = (key: TextKey, value: string) => [h("dt", {}, t(key)), h("dd", {}, value)];
  const outcome = h("p", { class: "outcome", role: "status" });
  const fields =
    proposal.factType === PLACE
      ? [
          row("placeId", record.id ?? ""),
          row("nameVi", record.nameVi ?? "—"),
          row("nameEn", record.nameEn ?? ""),
          row("country", record.country ?? ""),
        ]
      : [
          row("period", periodText(record.period)),
          row("vietnameseSide", (record.vietnameseSide ?? []).join(", ")),
          row("foreignSide", (record.foreignSide ?? []).join(", ")),
        ];
  const item = h(
    "section",
    { class: "proposal", "data-proposal": proposal.id },
    h(
      "dl",
      {},
      row("factType", proposal.factType),
      row("kind", term(proposal.kind)),
      ...fields,
      row("cue", proposal.cue),
      row("confidence", proposal.confidence.toFixed(2)),
      row("quote", proposal.quote),
    ),
  );
  const review = async (work: () => Promise<string>) => {
    for (const button of item.querySelectorAll("button")) button.disabled = true;
    try {
      outcome.textContent = await work();
      outcome.dataset.outcome = "done";
    } catch (error) {
      outcome.textContent = error instanceof Error ? error.message : String(error);
      outcome.dataset.outcome = "error";
      for (const button of item.querySelectorAll("button")) button.disabled = false;
    }
  };
  const accept = (edits: Record<string, unknown> | null) =>
    review(async () => {
      const data = await graphql<{ acceptProposal: { factId: string } }>(ACCEPT, {
        id: proposal.id,
        edits,
        reason: t("reviewedInExplorer"),
      });
      return t("accepted", { fact: data.acceptProposal.factId });
    });
  const reasonInput = h("input", { name: "reason", required: "" });
  const rejectForm = h(
    "form",
    { class: "reject", hidden: "" },
    h("label", {}, t("reason"), " ", reasonInput),
    h("button", { type: "submit", class: "confirm-reject" }, t("reject")),
  );
  rejectForm.addEventListener("submit", (event) => {
    event.preventDefault();
    void review(async () => {
      const data = await graphql<{ rejectProposal: { reviewReason: string } }>(REJECT, {
        id: proposal.id,
        reason: reasonInput.value,
      });
      return t("rejected", { reason: data.rejectProposal.reviewReason });
    });
  });
  const editForm =
    proposal.factType === PLACE
      ? placeForm(record, (edits) => void accept(edits))
      : editingForm(proposal, record, (edits) => void accept(edits));
  const button = (key: TextKey, className: string, onClick: () => void) => {
    const made = h("button", { type: "button", class: className }, t(key));
    made.addEventListener("click", onClick);
    return made;
  };
  item.append(
    h(
      "div",
      { class: "actions" },
      button("accept", "accept", () => void accept(null)),
      button("edit", "edit", () => {
        editForm.hidden = !editForm.hidden;
      }),
      button("reject", "reject", () => {
        rejectForm.hidden = false;
        reasonInput.focus();
      }),
    ),
    editForm,
    rejectForm,
    outcome,
  );
  item.addEventListener("click", () => select(proposal.id));
  return item;
}

/** The fields that matter when a proposal is nearly right: kind, period and the two sides' ids. */
function editingForm(
  proposal: Proposal,
  record: RecordFields,
  submit: (edits: Record<string, unknown>) => void,
): HTMLFormElement {
  const kindField = proposal.factType === "Delegation" ? "direction" : "kind";
  const input = (name: string, value: string) => h("input", { name, value });
  const fields = {
    kind: input(kindField, (record[kindField] as string | undefined) ?? proposal.kind),
    start: input("start", record.period?.start ?? ""),
    end: input("end", record.period?.end ?? ""),
    precision: input("precision", record.period?.precision ?? ""),
    vietnameseSide: input("vietnameseSide", (record.vietnameseSide ?? []).join(", ")),
    foreignSide: input("foreignSide", (record.foreignSide ?? []).join(", ")),
  };
  const label = (key: TextKey, field: HTMLInputElement, hint = "") =>
    h("label", {}, t(key), hint ? ` (${hint})` : "", " ", field);
  const form = h(
    "form",
    { class: "edit", hidden: "" },
    label("kind", fields.kind),
    label("start", fields.start),
    label("end", fields.end),
    label("precisionLabel", fields.precision),
    label("vietnameseSide", fields.vietnameseSide, t("idsHint")),
    label("foreignSide", fields.foreignSide, t("idsHint")),
    h("button", { type: "submit", class: "accept-edited" }, t("acceptEdited")),
  );
  const ids = (field: HTMLInputElement) =>
    field.value
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const start = fields.start.value.trim();
    const end = fields.end.value.trim();
    submit({
      [kindField]: fields.kind.value.trim(),
      period:
        start || end
          ? { start: start || null, end: end || null, precision: fields.precision.value.trim() }
          : null,
      vietnameseSide: ids(fields.vietnameseSide),
      foreignSide: ids(fields.foreignSide),
    });
  });
  return form;
}

/** A proposed place's names, kind and the unit it lies in, as an editor corrects them before accepting. */
function placeForm(record: RecordFields, submit: (edits: Record<string, unknown>) => void): HTMLFormElement {
  const input = (name: string, value: string) => h("input", { name, value });
  const fields = {
    nameVi: input("nameVi", record.nameVi ?? ""),
    nameEn: input("nameEn", record.nameEn ?? ""),
    kind: input("kind", record.kind ?? ""),
    partOf: input("partOf", record.partOf ?? ""),
  };
  const form = h(
    "form",
    { class: "edit", hidden: "" },
    ...(["nameVi", "nameEn", "kind", "partOf"] as const).map((key) =>
      h("label", {}, t(key), " ", fields[key]),
    ),
    h("button", { type: "submit", class: "accept-edited" }, t("acceptEdited")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit({
      nameVi: fields.nameVi.value.trim() || null,
      nameEn: fields.nameEn.value.trim(),
      kind: fields.kind.value.trim(),
      partOf: fields.partOf.value.trim() || null,
    });
  });
  return form;
}

function applyLanguage(): void {
  for (const node of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    node.textContent = t(node.dataset.i18n as TextKey);
  }
  for (const code of ["en", "vi"] as const) {
    element(`language-${code}`).setAttribute("aria-pressed", String(language() === code));
  }
}

for (const code of ["en", "vi"] as const) {
  element(`language-${code}`).addEventListener("click", () => {
    setLanguage(code as Language);
    applyLanguage();
    void refresh();
  });
}
tokenInput.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
tokenInput.addEventListener("change", () => {
  // sessionStorage: the token lasts this tab only, never written to disk like localStorage.
  sessionStorage.setItem(TOKEN_KEY, tokenInput.value.trim());
  void refresh();
});
articleSelect.addEventListener("change", () => void showArticle(articleSelect.value));
setLanguage(language());
applyLanguage();
void refresh();
