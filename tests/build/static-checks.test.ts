/**
 * The static checks as tests, so that `npm test` (and .ci/run's count) fails when one does:
 * each runs its npm script -- the one definition of the command -- and must exit 0; on failure
 * the message is the checker's own output. The formatting check is part of `npm run lint`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function npmRun(script: string, args: string[]): { status: number | null; output: string } {
  // Under `npm test`, npm_execpath is the npm that runs us; otherwise the one on PATH.
  const npm = process.env.npm_execpath;
  const [command, prefix] = npm?.endsWith('.js') ? [process.execPath, [npm]] : ['npm', []];
  const result = spawnSync(command, [...prefix, 'run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.error ? `${result.error.message}\n` : ''}${result.stdout}${result.stderr}`.trim();
  return { status: result.status, output };
}

test.each([
  ['typecheck', 'tsc --noEmit: type errors', []],
  ['check:astro', 'astro check: errors in .astro files', []],
  // Biome writes terminal hyperlinks even with NO_COLOR; plain text reads better in a test report.
  ['lint', 'Biome: lint (and formatting) findings', ['--colors=off']],
])('npm run %s passes', { timeout: 300_000 }, (script, what, args) => {
  const { status, output } = npmRun(script, args);
  expect(status, `npm run ${script} failed (${what}):\n${output}`).toBe(0);
});
