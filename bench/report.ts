import { cpus, totalmem } from "node:os";
import { describeDifference } from "./answer-ids";
import type { Measurement, SizeReport, Way } from "./runner";

export interface BenchReport {
  startedAt: string;
  machine: { cpus: string; cores: number; memoryGiB: number; node: string; loadAverage?: number[] };
  settings: {
    connections: number;
    warmupSeconds: number;
    durationSeconds: number;
    /** Every way's transaction timeout. */
    transactionTimeoutSeconds?: number;
    /** How long a load's transactions may run on after it before they are terminated. */
    drainBoundSeconds?: number;
    /** Measured loads per question and way; figures are their medians. */
    runs?: number;
  };
  sizes: SizeReport[];
}

export function machine(): BenchReport["machine"] {
  const cores = cpus();
  return {
    cpus: cores[0]?.model ?? "unknown",
    cores: cores.length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
  };
}

const ratio = (value: number | undefined) =>
  value !== undefined && Number.isFinite(value) ? `${value.toFixed(2)}×` : "-";
const idsVsOurs = (m: Measurement) =>
  m.idsVsOurs ? (m.idsVsOurs.same ? "same" : `−${m.idsVsOurs.missing} +${m.idsVsOurs.extra}`) : "";

export function find(size: SizeReport, question: string, way: Way): Measurement | undefined {
  return size.measurements.find((m) => m.question === question && m.way === way);
}

/** Why two measurements give no ratio (errors, a failure, different answers), or null when they do. */
export function comparable(ours: Measurement, other: Measurement): string | null {
  if (ours.errors > 0 || other.errors > 0 || ours.failure || other.failure) return "errors";
  if (other.idsVsOurs && !other.idsVsOurs.same) return "answers differ";
  return null;
}

/** A figure's median and, over several runs, its range. */
function withRange(m: Measurement, figure: "p50" | "p95" | "throughput", digits: number): string {
  const median = Number.isFinite(m[figure]) ? m[figure].toFixed(digits) : "-";
  const values = (m.runs ?? []).map((run) => run[figure]).filter(Number.isFinite);
  if (values.length < 2) return median;
  return `${median} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
}

/** The report as markdown: per size, every measurement, then the ratios the targets are stated in. */
export function markdownReport(report: BenchReport): string {
  const lines = [
    `Run started ${report.startedAt} on ${report.machine.cores} × ${report.machine.cpus}, ` +
      `${report.machine.memoryGiB} GiB, Node ${report.machine.node}; ` +
      `${report.settings.connections} connections, ${report.settings.warmupSeconds} s warm-up, ` +
      `${report.settings.durationSeconds} s measured per question and way` +
      (report.settings.runs ? `, ${report.settings.runs} runs (medians, ranges in brackets)` : "") +
      (report.settings.transactionTimeoutSeconds === undefined
        ? "."
        : `; every way's transaction timeout ${report.settings.transactionTimeoutSeconds} s, ` +
          `transactions still running ${report.settings.drainBoundSeconds} s after a load terminated.`),
    "",
  ];
  for (const size of report.sizes) {
    const load = size.load
      ? ` Loaded ${size.load.relationships} relationships, ${size.load.nodes} nodes in ${size.load.seconds.toFixed(1)} s ` +
        `(${size.load.relationshipsPerSecond} relationships/s).`
      : "";
    lines.push(`### Size ${size.label} (${size.relationships} relationships)`, "", `${load}`.trim(), "");
    lines.push(
      "| question | way | p50 ms | p95 ms | req/s | errors | round trips | answer bytes | answer ids | ids vs ours |",
      "|---|---|--:|--:|--:|--:|--:|--:|--:|---|",
    );
    for (const m of size.measurements) {
      lines.push(
        `| ${m.question} | ${m.way} | ${withRange(m, "p50", 1)} | ${withRange(m, "p95", 1)} | ${withRange(m, "throughput", 0)} | ${m.errors} | ` +
          `${Number(m.roundTrips.toFixed(2))} | ${m.answerBytes} | ${m.answerIds} | ${idsVsOurs(m)} |`,
      );
    }
    // A run of a subset of the ways has ratios only where ours and another were measured.
    const ratios = size.questions.flatMap((question) => {
      const ours = find(size, question.name, "ours");
      const raw = find(size, question.name, "raw");
      const peer = find(size, question.name, "peer");
      const plain = find(size, question.name, "peerPlain");
      if (!ours || (!raw && !peer)) return [];
      // No ratio where either way had errors or answered otherwise: it would compare unlike things.
      const of = (other: Measurement | undefined, value: (other: Measurement) => number) => {
        if (!other) return "(not asked)";
        const why = comparable(ours, other);
        return why ? `(${why})` : ratio(value(other));
      };
      return [
        `| ${question.name} | ${of(raw, (r) => ours.p50 / r.p50)} | ${of(raw, (r) => ours.throughput / r.throughput)} | ` +
          `${of(peer, (p) => ours.p95 / p.p95)} | ${of(peer, (p) => ours.throughput / p.throughput)} | ` +
          `${plain ? of(plain, (p) => ours.throughput / p.throughput) : ""} |`,
      ];
    });
    if (ratios.length > 0) {
      lines.push(
        "",
        "| question | p50 ours/raw | req/s ours/raw | p95 ours/peer | req/s ours/peer | req/s ours/peer (plain form) |",
        "|---|--:|--:|--:|--:|--:|",
        ...ratios,
      );
    }
    for (const m of size.measurements) {
      if (m.idsVsOurs && !m.idsVsOurs.same) {
        lines.push(
          "",
          `${m.question} ${m.way} answers otherwise than ours: ${describeDifference(m.idsVsOurs)}.`,
        );
      }
      const terminated = [
        [m.drainAfterWarmup?.terminated ?? 0, "after its warm-up"] as const,
        [m.drainAfterLoad.terminated, "after its load"] as const,
      ].filter(([count]) => count > 0);
      if (terminated.length > 0) {
        const counts = terminated.map(([count, when]) => `${count} ${when}`).join(", ");
        lines.push(
          "",
          `${m.question} ${m.way}: transactions still running at the drain bound were terminated: ${counts}.`,
        );
      }
      if (m.failure) {
        lines.push("", `${m.question} ${m.way} failed: ${m.failure.slice(0, 400)}`);
      }
    }
    lines.push("");
  }
  lines.push("Questions:", "");
  for (const question of report.sizes[0]?.questions ?? []) {
    lines.push(`- **${question.name}**: ${question.title}`);
  }
  const first = report.sizes[0];
  const last = report.sizes[report.sizes.length - 1];
  if (first && last && first !== last) {
    for (const question of ["mission", "fixed"]) {
      const small = find(first, question, "ours");
      const large = find(last, question, "ours");
      if (small && large) {
        lines.push(
          "",
          `${question} p95 (ours) grows ${ratio(large.p95 / small.p95)} from ${first.label} to ${last.label}.`,
        );
      }
    }
  }
  return `${lines.join("\n")}\n`;
}
