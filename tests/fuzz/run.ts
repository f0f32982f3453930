/**
 * `npm run fuzz -- --runs 5000 [--seed N]`: the fuzz suite (tests/fuzz) with more cases than CI
 * runs, then its figures: cases per property, exit codes, the slowest case, the largest memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs: целое число больше 0');
  process.exit(2);
}
const dir = mkdtempSync(path.join(tmpdir(), 'opkit-fuzz-report-'));
const report = path.join(dir, 'cases.jsonl');
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', 'tests/fuzz', '--project', 'tests'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_REPORT: report, ...(values.seed ? { FUZZ_SEED: values.seed } : {}) },
});
const minutes = ((Date.now() - started) / 60_000).toFixed(1);

interface Figures {
  property: string;
  exit: number;
  ms: number;
  cpuMs: number;
  mb: number | null;
  rerun?: boolean;
}
let lines: Figures[] = [];
try {
  lines = readFileSync(report, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Figures);
} catch {
  lines = [];
}
rmSync(dir, { recursive: true, force: true });
const byProperty = new Map<string, Figures[]>();
for (const l of lines) byProperty.set(l.property, [...(byProperty.get(l.property) ?? []), l]);
console.log(`\nfuzz: --runs ${runs}, ${minutes} min, ${lines.length} CLI runs`);
for (const [property, cases] of byProperty) {
  const exits = new Map<number, number>();
  for (const c of cases) exits.set(c.exit, (exits.get(c.exit) ?? 0) + 1);
  const codes = [...exits]
    .sort(([a], [b]) => a - b)
    .map(([code, n]) => `exit ${code}: ${n}`)
    .join(', ');
  const slowest = Math.max(...cases.map((c) => c.ms));
  const costliest = Math.max(...cases.map((c) => c.cpuMs));
  const measured = cases.flatMap((c) => (c.mb === null ? [] : [c.mb]));
  const memory = measured.length ? `; peak memory ${Math.max(...measured)} MB` : '';
  const reruns = cases.filter((c) => c.rerun).length;
  const again = reruns ? `; ${reruns} re-measured in a child process` : '';
  console.log(`  ${property}: ${cases.length} runs (${codes}); most CPU ${costliest} ms; slowest wall ${slowest} ms${memory}${again}`);
}
process.exit(result.status ?? 1);
