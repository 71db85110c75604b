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

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "-");
const ratio = (value: number | undefined) =>
  value !== undefined && Number.isFinite(value) ? `${value.toFixed(2)}×` : "-";
const idsVsOurs = (m: Measurement) =>
  m.idsVsOurs ? (m.idsVsOurs.same ? "same" : `−${m.idsVsOurs.missing} +${m.idsVsOurs.extra}`) : "";

function find(size: SizeReport, question: string, way: Way): Measurement | undefined {
  return size.measurements.find((m) => m.question === question && m.way === way);
}

/** The report as markdown: per size, every measurement, then the ratios the targets are stated in. */
export function markdownReport(report: BenchReport): string {
  const lines = [
    `Run started ${report.startedAt} on ${report.machine.cores} × ${report.machine.cpus}, ` +
      `${report.machine.memoryGiB} GiB, Node ${report.machine.node}; ` +
      `${report.settings.connections} connections, ${report.settings.warmupSeconds} s warm-up, ` +
      `${report.settings.durationSeconds} s measured per question and way` +
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
        `| ${m.question} | ${m.way} | ${ms(m.p50)} | ${ms(m.p95)} | ${m.throughput.toFixed(0)} | ${m.errors} | ` +
          `${Number(m.roundTrips.toFixed(2))} | ${m.answerBytes} | ${m.answerIds} | ${idsVsOurs(m)} |`,
      );
    }
    // A run of a subset of the ways has ratios only where ours and another were measured.
    const ratios = size.questions.flatMap((question) => {
      const ours = find(size, question.name, "ours");
      const raw = find(size, question.name, "raw");
      const peer = find(size, question.name, "peer");
      if (!ours || (!raw && !peer)) return [];
      return [
        `| ${question.name} | ${ratio(raw && ours.p50 / raw.p50)} | ${ratio(raw && ours.throughput / raw.throughput)} | ` +
          `${ratio(peer && ours.p95 / peer.p95)} | ${ratio(peer && ours.throughput / peer.throughput)} |`,
      ];
    });
    if (ratios.length > 0) {
      lines.push(
        "",
        "| question | p50 ours/raw | req/s ours/raw | p95 ours/peer | req/s ours/peer |",
        "|---|--:|--:|--:|--:|",
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
    const small = find(first, "mission", "ours");
    const large = find(last, "mission", "ours");
    if (small && large) {
      lines.push(
        "",
        `Mission p95 (ours) grows ${ratio(large.p95 / small.p95)} from ${first.label} to ${last.label}.`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
