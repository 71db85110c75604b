import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { BenchReport } from "./report";
import { comparable, find } from "./report";

/**
 * The report's ratios as a chart (SVG, drawn by Vega-Lite): per question and size, ours/raw median
 * latency (at most 1.15 is the target) and ours/peer throughput (at least 1). A ratio whose two
 * measurements are not comparable (errors, different answers, a way not asked) is left out.
 */
export async function ratioChart(report: BenchReport): Promise<string> {
  const values = report.sizes.flatMap((size) =>
    size.questions.flatMap((question) => {
      const ours = find(size, question.name, "ours");
      const raw = find(size, question.name, "raw");
      const peer = find(size, question.name, "peer");
      return [
        ...(ours && raw && comparable(ours, raw) === null
          ? [
              {
                question: question.name,
                size: size.label,
                ratio: "p50 ours/raw (≤ 1.15)",
                value: ours.p50 / raw.p50,
              },
            ]
          : []),
        ...(ours && peer && comparable(ours, peer) === null
          ? [
              {
                question: question.name,
                size: size.label,
                ratio: "req/s ours/peer (≥ 1)",
                value: ours.throughput / peer.throughput,
              },
            ]
          : []),
      ];
    }),
  );
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    data: { values },
    facet: { column: { field: "ratio", type: "nominal", title: null } },
    spec: {
      width: 320,
      height: 220,
      layer: [
        {
          mark: "bar",
          encoding: {
            x: {
              field: "question",
              type: "nominal",
              title: null,
              sort: values.map((value) => value.question),
            },
            xOffset: { field: "size", type: "nominal" },
            // Each bar runs from 1 (as fast as the other way) to the ratio, up or down.
            y: { field: "value", type: "quantitative", scale: { type: "log" }, title: "ratio (log scale)" },
            y2: { datum: 1 },
            color: { field: "size", type: "nominal", title: "size" },
            tooltip: [{ field: "value", format: ".2f" }],
          },
        },
        { mark: { type: "rule", strokeDash: [4, 4] }, encoding: { y: { datum: 1 } } },
      ],
    },
    resolve: { scale: { y: "independent" } },
  };
  const view = new View(parse(compile(spec).spec), { renderer: "none" });
  return view.toSVG();
}
