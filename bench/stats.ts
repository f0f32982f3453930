/** Timing helpers for the bench: warm-up, repeated runs, median and p90 in milliseconds. */
import { performance } from 'node:perf_hooks';

export interface Sample {
  /** Milliseconds. */
  median: number;
  p90: number;
  min: number;
  max: number;
  /** Measured runs (warm-up runs excluded). */
  runs: number;
}

export interface MeasureOptions {
  warmup: number;
  iterations: number;
}

/** The q-quantile of sorted values, nearest rank (p90 of 20 runs is the 18th). */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarize(times: readonly number[]): Sample {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: median(sorted),
    p90: quantile(sorted, 0.9),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    runs: sorted.length,
  };
}

/** Runs `fn` `warmup` times unmeasured, then `iterations` times measured, one at a time. */
export async function measure(fn: () => Promise<unknown> | unknown, { warmup, iterations }: MeasureOptions): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return summarize(times);
}
