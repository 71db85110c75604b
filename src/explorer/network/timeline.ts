import type { FactSummary } from "./api";
import { kindColour } from "./colours";
import { h, svg } from "./dom";
import { t, term } from "./i18n";

/** A date as a fractional year: 2015-07-01 -> about 2015.5. */
function yearOf(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  return year + (month - 1) / 12 + (day - 1) / 365;
}

/** Where a fact's period starts and ends on the axis: a year covers the year, a month the month, a day is a point. */
export function extent(period: NonNullable<FactSummary["period"]>): { start: number; end: number } {
  const start = period.start ?? period.end ?? "";
  const end = period.end ?? period.start ?? "";
  const width = period.precision === "YEAR" ? 1 : period.precision === "MONTH" ? 1 / 12 : 0;
  return { start: yearOf(start), end: yearOf(end) + width };
}

const ROW = 14;
const WIDTH = 320;
// Room for the first and last year's labels, centred on their ticks.
const LEFT = 16;

/**
 * The selected facts along time, one mark per fact: a span for a year or month, a dot for a day,
 * packed into as few rows as do not overlap. Undated facts are counted apart, not guessed.
 */
export function renderTimeline(facts: FactSummary[]): HTMLElement {
  const dated = facts.filter((fact) => fact.period && (fact.period.start || fact.period.end));
  const undated = facts.length - dated.length;
  const marks = dated
    .map((fact) => ({ fact, ...extent(fact.period as NonNullable<FactSummary["period"]>) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.fact.id.localeCompare(b.fact.id));
  const caption = h("figcaption", {}, t("timelineCaption", { dated: dated.length, undated }));
  if (marks.length === 0) {
    return h("figure", { class: "timeline" }, caption);
  }
  const first = Math.floor(Math.min(...marks.map((mark) => mark.start)));
  const last = Math.ceil(Math.max(...marks.map((mark) => mark.end)));
  const x = (year: number) => LEFT + ((year - first) / Math.max(1, last - first)) * (WIDTH - 2 * LEFT);
  const rowEnds: number[] = [];
  const drawn = marks.map((mark) => {
    // A dot needs a few pixels of its own, as a span does.
    const right = Math.max(x(mark.end), x(mark.start) + 6);
    let row = rowEnds.findIndex((end) => end < x(mark.start));
    if (row < 0) row = rowEnds.push(right) - 1;
    rowEnds[row] = right;
    const precision = mark.fact.period?.precision ?? "";
    const title = svg(
      "title",
      {},
      `${term(mark.fact.kind)} · ${mark.fact.period?.start ?? "…"} – ${mark.fact.period?.end ?? "…"} · ${t("precision", { precision: term(precision) })}`,
    );
    const y = 4 + row * ROW + ROW / 2;
    const attributes = {
      class: `mark ${precision === "DAY" ? "point" : "span"}`,
      "data-fact": mark.fact.id,
      "data-precision": precision,
      fill: kindColour(mark.fact.kind),
    };
    return precision === "DAY"
      ? svg("circle", { ...attributes, cx: x(mark.start), cy: y, r: 4 }, title)
      : svg(
          "rect",
          {
            ...attributes,
            x: x(mark.start),
            y: y - 4,
            width: Math.max(2, x(mark.end) - x(mark.start)),
            height: 8,
            rx: 2,
          },
          title,
        );
  });
  const height = 4 + rowEnds.length * ROW + 18;
  const step = Math.max(1, Math.ceil((last - first) / 10));
  const ticks: SVGElement[] = [];
  for (let year = first; year <= last; year += step) {
    ticks.push(
      svg("line", { x1: x(year), x2: x(year), y1: 0, y2: height - 16, class: "tick" }),
      svg("text", { x: x(year), y: height - 4, class: "tick-label", "text-anchor": "middle" }, String(year)),
    );
  }
  return h(
    "figure",
    { class: "timeline" },
    caption,
    svg("svg", { viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: "img" }, ...ticks, ...drawn),
  );
}
