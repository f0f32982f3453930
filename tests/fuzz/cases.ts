/**
 * Running one fuzz case through the CLI: in process (the same `main` the `opkit` binary runs,
 * with an exception counting as exit 3), or in a real process with a 500 MB heap. Either way
 * the case must end in exit 0, 1 or 2 within 5 s, and write nothing outside its `--out`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { CASE_MB, CASE_MS, GAUGE_IDLE_MS, HANG_MS, record } from './config.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/opkit.js');
const GAUGE_PROFILE = path.join(ROOT, 'content/profiles/tehnosnab.yaml');
/** GNU time: a missing reader fails the child cases rather than skipping the memory check. */
const TIME = '/usr/bin/time';
const MARK = 'opkit-fuzz-max-rss-kb:';

export interface Outcome {
  exit: number;
  stdout: string;
  stderr: string;
  /** Wall time, ms. */
  ms: number;
  /** CPU time (user + system), ms: what the case itself cost, whatever else the machine runs. */
  cpuMs: number;
  /** Peak resident memory of the process that ran the case, MB (known for a child process). */
  mb: number | null;
  /** Run again in a child process after costing too much in this one. */
  rerun?: boolean;
  /** The machine's slowdown at the time of the rerun (1 = idle): the budget is scaled by it. */
  slowdown?: number;
}

/** A folder for one case: the input file at its top, `out/` for the pack. */
export function caseDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'opkit-fuzz-'));
}

/** Every path under `dir`, relative to it. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

/**
 * `opkit args…` in this process; a throw is what the binary turns into exit 3. The CPU time is
 * this thread's: the process's would also count the collector's threads cleaning up after
 * earlier cases (a 150 000-item list), which is not this case's cost. A run that renders PDF on a
 * worker thread asks for the whole process (`wholeProcess`), as a child process is measured.
 */
export async function inProcess(args: string[], cwd: string, options: { wholeProcess?: boolean } = {}): Promise<Outcome> {
  const usage = options.wholeProcess ? process.cpuUsage : process.threadCpuUsage;
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const cpu = usage();
  let exit: number;
  try {
    exit = await main(args, {
      out: (t) => {
        stdout += t;
      },
      err: (t) => {
        stderr += t;
      },
      cwd,
    });
  } catch (error) {
    exit = 3;
    stderr += `внутренняя ошибка: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
  const used = usage(cpu);
  return { exit, stdout, stderr, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, mb: null };
}

/**
 * `opkit args…` as a user runs it, under GNU time for its peak memory, with V8's heap capped at
 * 500 MB (over it V8 aborts, which is not exit 0, 1 or 2).
 */
export function inChild(args: string[], cwd: string): Outcome {
  const started = performance.now();
  const r = spawnSync(TIME, ['-f', `${MARK}%M %U %S`, process.execPath, `--max-old-space-size=${CASE_MB}`, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: HANG_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const stderr = r.stderr ?? '';
  const at = stderr.lastIndexOf(MARK);
  const [kb, user, system] = (at < 0 ? '' : stderr.slice(at + MARK.length)).trim().split(' ').map(Number);
  return {
    exit: r.status ?? -1,
    stdout: r.stdout ?? '',
    stderr: at < 0 ? stderr : stderr.slice(0, at),
    ms: performance.now() - started,
    cpuMs: ((user ?? Number.NaN) + (system ?? Number.NaN)) * 1000,
    mb: kb === undefined || Number.isNaN(kb) ? null : kb / 1024,
  };
}

/**
 * Writes `content` as the case's input, validates it and, when it is valid, generates the pack in
 * every format; checks the exit codes, the time, the memory, and that only `out/` was written.
 */
export async function runCase(
  property: string,
  fileName: string,
  content: string | Uint8Array,
  run: (args: string[], cwd: string) => Outcome | Promise<Outcome> = inProcess,
  formats = 'docx,pdf,html',
): Promise<{ validate: Outcome; generate: Outcome | null; dir: string }> {
  const dir = caseDir();
  try {
    writeFileSync(path.join(dir, fileName), content);
    const before = tree(dir);
    const validate = await measured(run, ['validate', fileName], dir);
    check(property, validate);
    let generate: Outcome | null = null;
    if (validate.exit === 0) {
      generate = await measured(run, ['generate', fileName, '--out', 'out', '--format', formats], dir);
      check(property, generate);
    }
    const written = tree(dir).filter((p) => !before.includes(p) && p !== 'out' && !p.startsWith(`out${path.sep}`));
    expect(written, 'files written outside --out').toEqual([]);
    return { validate, generate, dir };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A run, and when it cost more than the budget, the same run again in a fresh child process,
 * whose figures count: after a thousand cases the test process's heap is large and its
 * collector's pauses land on whichever case runs (a case measured at 17 s here costs 0,7 s in a
 * process of its own). The child is what a user runs.
 */
export async function measured(
  run: (args: string[], cwd: string) => Outcome | Promise<Outcome>,
  args: string[],
  cwd: string,
): Promise<Outcome> {
  const first = await run(args, cwd);
  if (first.cpuMs < CASE_MS) return first;
  // On a virtual machine with a dozen jobs on two cores, stolen time inflates a process's CPU
  // figures (a case of 0,8 s alone was once measured at 12 s, twice in a row): a slow case is
  // slow every time, so the best of two fresh measurements counts, against a budget scaled by how
  // slow the machine is at that moment (the gauge, measured between them).
  const again = inChild(args, cwd);
  const slowdown = gaugeSlowdown();
  const best = again.cpuMs < CASE_MS * slowdown || again.exit !== first.exit ? again : inChild(args, cwd);
  return { ...(best.cpuMs <= again.cpuMs ? best : again), rerun: true, slowdown };
}

/**
 * How much slower than on an idle machine a fixed piece of work runs now: validating the reference
 * profile in a fresh process, against GAUGE_IDLE_MS. Never below 1.
 */
function gaugeSlowdown(): number {
  const gauge = inChild(['validate', GAUGE_PROFILE], ROOT);
  expect(gauge.exit, gauge.stderr).toBe(0);
  return Math.max(1, Math.round((gauge.cpuMs / GAUGE_IDLE_MS) * 10) / 10);
}

function check(property: string, outcome: Outcome): void {
  record({
    property,
    exit: outcome.exit,
    ms: Math.round(outcome.ms),
    cpuMs: Math.round(outcome.cpuMs),
    mb: outcome.mb === null ? null : Math.round(outcome.mb),
    ...(outcome.rerun ? { rerun: true, slowdown: outcome.slowdown ?? 1 } : {}),
  });
  expect([0, 1, 2], outcome.stderr.slice(0, 2000)).toContain(outcome.exit);
  expect(outcome.stderr).not.toMatch(/внутренняя ошибка|Maximum call stack|at .+\.ts:\d+/);
  // CPU time, not wall time: the CI machine runs other jobs beside this one (wall time is recorded).
  expect(outcome.cpuMs, `a case must cost under 5 s on an idle machine (slowdown now ${outcome.slowdown ?? 1})`).toBeLessThan(
    CASE_MS * (outcome.slowdown ?? 1),
  );
  expect(outcome.ms, 'a hang').toBeLessThan(HANG_MS);
  if (outcome.mb !== null) expect(outcome.mb, 'peak memory of the run').toBeLessThan(CASE_MB);
}
