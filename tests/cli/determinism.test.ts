/**
 * `opkit generate` writes the same bytes for the same profile on every run (no clock, no random
 * ids, no machine time zone), and stamps the files with the profile's approval date, or with
 * SOURCE_DATE_EPOCH when the profile has none.
 */
import { packFile } from '../support/manifest.ts';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REFERENCE_PROFILE } from '../support/reference.ts';
import { removeDir, tempDir, writeTemp } from '../support/readers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/opkit.js');

/** The environment of the tests' own process, without SOURCE_DATE_EPOCH unless given. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { SOURCE_DATE_EPOCH: _ignored, ...rest } = process.env;
  return { ...rest, ...extra };
}

function opkit(args: string[], extraEnv: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: env(extraEnv) });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(path.join(dir, f)))
          .digest('hex'),
      ]),
  );
}

function pdfDates(file: string): { created: string; modified: string } {
  const r = spawnSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdfinfo ${file}: ${r.stderr}`);
  const field = (name: string) => new RegExp(`^${name}:\\s+(\\S+)`, 'm').exec(r.stdout)?.[1] ?? '';
  return { created: field('CreationDate'), modified: field('ModDate') };
}

function docxDates(file: string): { created: string; modified: string } {
  const core = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['docProps/core.xml'] ?? new Uint8Array());
  const field = (name: string) => new RegExp(`<dcterms:${name}[^>]*>([^<]*)<`).exec(core)?.[1] ?? '';
  return { created: field('created'), modified: field('modified') };
}

let work: string;
beforeAll(() => {
  work = tempDir('determinism');
});
afterAll(() => removeDir(work));

describe('the same profile, the same bytes', () => {
  test('two runs of generate --zip write identical files, the ZIP included, in any time zone', () => {
    const a = path.join(work, 'A');
    const b = path.join(work, 'B');
    const first = opkit(['generate', REFERENCE_PROFILE, '--out', a, '--zip'], { TZ: 'UTC' });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // Another time zone: ZIP entry times must not follow the machine's.
    const second = opkit(['generate', REFERENCE_PROFILE, '--out', b, '--zip'], { TZ: 'Asia/Vladivostok' });
    expect(second.code).toBe(0);
    const ha = hashes(a);
    const hb = hashes(b);
    expect(Object.keys(ha)).toContain('ТехноСнаб 2027-01-15.zip');
    expect(Object.keys(ha).filter((f) => /\.(pdf|docx|html)$/.test(f)).length).toBeGreaterThan(30);
    expect(hb).toEqual(ha);
  }, 120_000);
});

describe('the timestamp in the files', () => {
  const noDate = (): string => {
    const text = readFileSync(REFERENCE_PROFILE, 'utf8');
    const edited = text.replace(/^(\s*)approvalDate:.*$/m, '$1approvalDate: null');
    expect(edited).not.toBe(text);
    return writeTemp(work, 'no-date.yaml', edited);
  };

  test('is the approval date, whatever SOURCE_DATE_EPOCH says', () => {
    const out = path.join(work, 'approved');
    const r = opkit(['generate', REFERENCE_PROFILE, '--out', out, '--format', 'pdf,docx'], { SOURCE_DATE_EPOCH: '1767225600' });
    expect(r.code).toBe(0);
    const approval = /approvalDate:\s*(\d{4}-\d{2}-\d{2})/.exec(readFileSync(REFERENCE_PROFILE, 'utf8'))?.[1];
    expect(approval).toBeDefined();
    const midnight = `${approval}T00:00:00Z`;
    expect(pdfDates(packFile(out, 'charter', 'pdf'))).toEqual({ created: midnight, modified: midnight });
    expect(docxDates(packFile(out, 'charter', 'docx'))).toEqual({ created: midnight, modified: midnight });
  }, 120_000);

  test('is SOURCE_DATE_EPOCH when the profile has no approval date', () => {
    const out = path.join(work, 'epoch');
    // 2026-03-04T05:06:07Z
    const r = opkit(['generate', noDate(), '--out', out, '--format', 'pdf,docx'], { SOURCE_DATE_EPOCH: '1772600767' });
    expect(r.code).toBe(0);
    const moment = '2026-03-04T05:06:07Z';
    expect(pdfDates(packFile(out, 'charter', 'pdf'))).toEqual({ created: moment, modified: moment });
    expect(docxDates(packFile(out, 'charter', 'docx'))).toEqual({ created: moment, modified: moment });
  }, 120_000);

  test('a malformed SOURCE_DATE_EPOCH is wrong usage, named in Russian', () => {
    const r = opkit(['generate', REFERENCE_PROFILE, '--out', path.join(work, 'bad-epoch'), '--format', 'html'], {
      SOURCE_DATE_EPOCH: 'yesterday',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SOURCE_DATE_EPOCH должна быть целым числом секунд');
    expect(readdirSync(work)).not.toContain('bad-epoch');
  }, 60_000);
});
