/** What a consultant sees: `opkit generate` refuses a contradicting pack by clause and lists the warnings. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { removeDir, tempDir, writeTemp } from '../support/readers.ts';
import { profilePath } from '../support/profiles.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const opkit = (args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/opkit.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

let work: string;
beforeAll(() => {
  work = tempDir('consistency-cli');
});
afterAll(() => removeDir(work));

test('a pack approved after its plan year ends is refused, naming the document and clause; nothing is written', () => {
  const text = readFileSync(profilePath('example.yaml'), 'utf8').replace(/approvalDate: .*/, 'approvalDate: 2028-03-01');
  const file = writeTemp(work, 'late.yaml', text);
  const out = path.join(work, 'late-out');
  const r = opkit(['generate', file, '--out', out, '--format', 'html']);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('документы противоречат друг другу, пакет не сформирован');
  expect(r.stderr).toMatch(
    /ошибка: «Карта KPI: Руководитель отдела продаж» \(kpi-card-rop\), п\. [\d.]+ \[kpi-card\.general\.scope\]: дата «31 декабря 2027 г\.»/,
  );
  expect(r.stderr).not.toMatch(/\bat \S+:\d+/);
  expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
});

test('the pack’s warnings are printed and listed in manifest.json', () => {
  const out = path.join(work, 'example-out');
  const r = opkit(['generate', profilePath('example.yaml'), '--out', out, '--format', 'html']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  // The example's plan of 2,5 new clients a month per manager is printed, and said to be fractional.
  expect(r.stdout).toMatch(
    /предупреждение: «Карта KPI: [^»]+» \(kpi-card-manager\), .*\[kpi-card\.kpis\.kpi-table\]: дробное количество «2,5»/,
  );
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { warnings: Array<{ code: string; path: string }> };
  expect(manifest.warnings.filter((w) => w.code === 'consistency-counts').map((w) => w.path)).toContainEqual(
    expect.stringContaining('kpi-card.kpis.kpi-table'),
  );
});
