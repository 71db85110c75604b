import type { Bucket } from "./api";
import { countryColour } from "./colours";
import { h } from "./dom";

/** A bar chart in plain HTML: one row per bucket, its width proportional to the count. */
function chart(title: string, buckets: Bucket[], colour: (bucket: Bucket) => string): HTMLElement {
  const max = Math.max(1, ...buckets.map((bucket) => bucket.value));
  return h(
    "figure",
    { class: "chart", "data-chart": title },
    h("figcaption", {}, title),
    buckets.length === 0
      ? h("p", { class: "hint" }, "No facts.")
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

export function renderDashboard(
  container: HTMLElement,
  caption: string,
  byCountry: Bucket[],
  byYear: Bucket[],
): void {
  const years = [...byYear].sort((a, b) => a.key.localeCompare(b.key));
  container.replaceChildren(
    h("p", { class: "dashboard-caption" }, caption),
    h(
      "div",
      { class: "charts" },
      chart("Facts by partner country", byCountry, (bucket) => countryColour(bucket.key)),
      chart("Facts by year", years, () => "#4c78a8"),
    ),
  );
}
