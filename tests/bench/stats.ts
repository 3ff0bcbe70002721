import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** Nearest-rank percentile of `values` (p in 0–100). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

/** What the benchmark tables show of a series of timings, in ms to one decimal. */
export function summary(values: number[]) {
  const round = (n: number) => +n.toFixed(1);
  return {
    n: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
  };
}

export type Summary = ReturnType<typeof summary>;

/**
 * Writes a capture benchmark's run to bench-results/<file> with the machine and browser it ran on, and prints its
 * heading; the run, for the tables that follow.
 */
export async function saveCaptureRun<R>(file: string, browser: string, warmup: number, results: R[]) {
  const run = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
    browser,
    warmup,
    results,
  };
  await mkdir('bench-results', { recursive: true });
  await writeFile(join('bench-results', file), JSON.stringify(run, null, 2));
  console.log(`Capture latency: ${run.browser}, ${run.machine.cpus} cores (${run.machine.cpu}), ${run.date}`);
  return run;
}

/** The foundation issue's latency targets, said of the first scenario. */
export function latencyTargets(capture: Summary): string {
  return (
    `p50 ≤ 300 ms ${capture.p50 <= 300 ? 'met' : 'MISSED'}; ` + `p95 ≤ 600 ms ${capture.p95 <= 600 ? 'met' : 'MISSED'}`
  );
}

/** A capture scenario's table (Markdown): the whole path, its phases, then the rows given (the bare calls). */
export function captureTable(
  scenario: string,
  capture: Summary,
  phases: Record<string, Summary>,
  more: [string, Summary][],
): string {
  const row = (name: string, s: Summary) => `| ${name} | ${s.p50} | ${s.p95} | ${s.min} | ${s.max} |`;
  return [
    `\n### ${scenario}: ${capture.n} runs\n`,
    '| what | p50 ms | p95 ms | min ms | max ms |',
    '|---|---|---|---|---|',
    row('**dokaz.capture, whole path**', capture),
    ...Object.entries(phases).map(([name, s]) => row(`  phase: ${name}`, s)),
    ...more.map(([name, s]) => row(name, s)),
  ].join('\n');
}
