/** The hardening tests' helpers: the CLI run in a real process, and profiles written to temp files. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/opkit.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `opkit args…` in its own process, as a user runs it; a run over `timeout` ms counts as a hang. */
export function opkit(args: string[], cwd = ROOT, timeout = 60_000): Run {
  const started = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: performance.now() - started };
}

export function yaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}
