import type { Bucket, FactSummary } from "./api";
import { countryColour } from "./colours";
import { h } from "./dom";
import { t } from "./i18n";
import { renderTimeline } from "./timeline";

/** A bar chart in plain HTML: one row per bucket, its width proportional to the count. */
function chart(
  id: string,
  title: string,
  buckets: Bucket[],
  colour: (bucket: Bucket) => string,
  download: (id: string, buckets: Bucket[]) => HTMLElement,
): HTMLElement {
  const max = Math.max(1, ...buckets.map((bucket) => bucket.value));
  return h(
    "figure",
    { class: "chart", "data-chart": id },
    h("figcaption", {}, title, " ", download(id, buckets)),
    buckets.length === 0
      ? h("p", { class: "hint" }, t("noFacts"))
      : h(
          "ol",
          {},
          buckets.map((bucket) =>
            h(
              "li",
              { class: "bar", "data-key": bucket.key, title: `${bucket.label}: ${bucket.value}` },
              h("span", { class: "bar-label" }, bucket.label),
              h(
                "span",
                { class: "bar-track" },
                h("span", {
                  class: "bar-fill",
                  style: `width:${(100 * bucket.value) / max}%;background:${colour(bucket)}`,
                }),
              ),
              h("span", { class: "bar-value" }, bucket.value),
            ),
          ),
        ),
  );
}

/** The selection's facts by partner country and by year, and along time; each table can be downloaded. */
export function renderDashboard(
  container: HTMLElement,
  caption: string,
  byCountry: Bucket[],
  byYear: Bucket[],
  facts: FactSummary[],
  download: (id: string, buckets: Bucket[]) => HTMLElement,
): void {
  const years = [...byYear].sort((a, b) => a.key.localeCompare(b.key));
  container.replaceChildren(
    h("p", { class: "dashboard-caption" }, caption),
    h(
      "div",
      { class: "charts" },
      chart("by-country", t("byCountry"), byCountry, (bucket) => countryColour(bucket.key), download),
      chart("by-year", t("byYear"), years, () => "#4c78a8", download),
      renderTimeline(facts),
    ),
  );
}
