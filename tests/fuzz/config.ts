/**
 * How long the fuzz suite runs. In CI (`npx vitest run tests/fuzz`) the defaults keep it under
 * a minute; `npm run fuzz -- --runs 5000` sets FUZZ_RUNS, and each property scales from it. A
 * run's figures (cases, exit codes, slowest case, largest memory) go to FUZZ_REPORT when set.
 */
import { appendFileSync } from 'node:fs';

const runs = Number(process.env['FUZZ_RUNS'] ?? '');
/** Cases of the cheap properties (validation in process): the number asked for. */
export const RUNS = Number.isInteger(runs) && runs > 0 ? runs : 60;
/** The seed, so a failure reported by a long run can be replayed: FUZZ_SEED=… npm run fuzz. */
export const SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined;

/** Settings for fc.assert with `share` of the runs (at least `min`). */
export function fuzzParams(share: number, min = 2): { numRuns: number; seed?: number; endOnFailure: true } {
  return { numRuns: Math.max(min, Math.round(RUNS * share)), ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: true };
}

/**
 * Every case must end within this much CPU time and stay under that much memory (issue 16).
 */
export const CASE_MS = 5000;
/**
 * CPU time of the gauge (validating the reference profile in a fresh process, `gaugeSlowdown` in
 * cases.ts) on an idle machine of the CI's kind: 0,19–0,22 s measured, rounded up so that the
 * slowdown it gives is never overstated.
 */
export const GAUGE_IDLE_MS = 250;
/**
 * Wall time that counts as a hang. Generous: the CI machine may run a dozen jobs on two cores,
 * where a case of 0,7 s of CPU was seen to take over 20 s of wall time.
 */
export const HANG_MS = 60_000;
export const CASE_MB = 500;

export interface CaseFigures {
  property: string;
  exit: number;
  ms: number;
  cpuMs: number;
  /** Peak memory, MB, where it is measured (runs in a child process). */
  mb: number | null;
  /** Measured again in a child process (see cases.ts, `measured`). */
  rerun?: boolean;
  /** How much slower the gauge ran than on an idle machine when the case was measured again. */
  slowdown?: number;
}

/** One line per case into FUZZ_REPORT (JSON lines), read back by tests/fuzz/run.ts. */
export function record(figures: CaseFigures): void {
  const file = process.env['FUZZ_REPORT'];
  if (file) appendFileSync(file, `${JSON.stringify(figures)}\n`);
}
