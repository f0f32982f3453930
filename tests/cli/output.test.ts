/**
 * What `opkit generate` does to the folders it writes into (docs/reliability.md, «Output folder
 * guarantees»): every profile of a batch gets its own folder inside --out; a pack replaces the
 * earlier one as a whole and touches nothing else; one run at a time per --out; every failure
 * to write is a Russian message naming the path, exit 1 or 2, never an internal error.
 */
import { packFile } from '../support/manifest.ts';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { acquireOutputLock } from '../../src/node/output-lock.ts';
import {
  entries,
  finished,
  opkit,
  opkitOnTmpfs,
  opkitProcess,
  opkitUnprivileged,
  readPack,
  visibleFiles,
} from '../support/opkit-process.ts';
import { profilePath } from '../support/profiles.ts';
import { REFERENCE_PROFILE } from '../support/reference.ts';
import { removeDir, tempDir, writeTemp } from '../support/readers.ts';

const VEKTOR = profilePath('vektor.yaml');
const KARPOV = profilePath('karpov-ip.yaml');
const COMPANY = { reference: 'ТехноСнаб', vektor: 'Вектор', karpov: 'ИП Карпов' };

let work: string;
beforeAll(() => {
  work = tempDir('output');
});
afterAll(() => {
  // Folders made read-only by a test must be writable again to be removed.
  spawnSync('chmod', ['-R', 'u+w', work]);
  removeDir(work);
});

function folder(name: string): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The pack in `dir` is whole: its manifest names the company, and the folder's files are exactly its files (plus `extra`). */
function expectWholePack(dir: string, company: string, extra: string[] = []): void {
  const pack = readPack(dir);
  expect(pack, `no manifest in ${dir}`).not.toBeNull();
  expect(pack?.company).toContain(company);
  for (const [name, bytes] of pack?.files ?? []) expect(bytes.length, `${name} is missing or empty`).toBeGreaterThan(0);
  expect([...visibleFiles(dir).keys()].sort()).toEqual([...(pack?.files.keys() ?? []), ...extra].sort());
}

const NO_INTERNAL = /внутренняя ошибка|\n\s+at |Error:/;

describe('a batch: one folder per profile, all inside --out', () => {
  test('profiles of the same file name, and one named like the suffix, never share a folder', () => {
    const src = folder('clash-src');
    mkdirSync(path.join(src, 'd1'));
    mkdirSync(path.join(src, 'd2'));
    copyFileSync(REFERENCE_PROFILE, path.join(src, 'd1', 'x.yaml'));
    copyFileSync(VEKTOR, path.join(src, 'd2', 'x.yaml'));
    copyFileSync(KARPOV, path.join(src, 'x-2.yaml'));
    const out = path.join(work, 'clash-out');
    const r = opkit(['generate', 'd1/x.yaml', 'd2/x.yaml', 'x-2.yaml', '--out', out, '--format', 'html'], src);
    expect(r.stderr).not.toMatch(NO_INTERNAL);
    expect(r.code).toBe(0);
    const folders = entries(out).filter((e) => !e.startsWith('.'));
    expect(folders).toHaveLength(3);
    const companies = folders.map((f) => readPack(path.join(out, f))?.company);
    expect(companies.sort()).toEqual([COMPANY.karpov, COMPANY.reference, COMPANY.vektor].sort());
    // The file named x-2 keeps its name; the second x gets the next free one.
    expect(readPack(path.join(out, 'x-2'))?.company).toBe(COMPANY.karpov);
    for (const f of folders) expectWholePack(path.join(out, f), readPack(path.join(out, f))?.company ?? '?');
    // Each profile's line names the folder it went to.
    expect(r.stdout).toMatch(/d2\/x\.yaml → \S*clash-out\/x-3/);
  });

  test('what a killed run left in a batch’s folders is cleared, even where that profile is refused this time', () => {
    const src = folder('batch-left-src');
    copyFileSync(VEKTOR, path.join(src, 'good.yaml'));
    copyFileSync(profilePath('invalid/weights-not-100.yaml'), path.join(src, 'bad.yaml'));
    const out = folder('batch-left-out');
    mkdirSync(path.join(out, 'bad', '.opkit-staging-Xy12Zq'), { recursive: true });
    writeTemp(path.join(out, 'bad', '.opkit-staging-Xy12Zq'), 'charter.html', 'half');
    const r = opkit(['generate', 'good.yaml', 'bad.yaml', '--out', out, '--format', 'html'], src);
    expect(r.code).toBe(1);
    expect(entries(path.join(out, 'bad'))).toEqual([]);
    expectWholePack(path.join(out, 'good'), COMPANY.vektor);
  });

  test('names differing only in case get different folders (case-insensitive disks)', () => {
    const src = folder('case-src');
    copyFileSync(REFERENCE_PROFILE, path.join(src, 'Client.yaml'));
    copyFileSync(VEKTOR, path.join(src, 'client.yml'));
    const out = path.join(work, 'case-out');
    const r = opkit(['generate', 'Client.yaml', 'client.yml', '--out', out, '--format', 'html'], src);
    expect(r.code).toBe(0);
    expect(entries(out).filter((e) => !e.startsWith('.'))).toEqual(['Client', 'client-2']);
  });

  test('a profile named «...yaml» or «..yaml» writes into its own folder, not into or above --out', () => {
    const parent = folder('dots');
    const src = folder('dots/src');
    copyFileSync(REFERENCE_PROFILE, path.join(src, '...yaml'));
    copyFileSync(VEKTOR, path.join(src, '..yaml'));
    // A file of the parent named like a pack file must stay as it is.
    writeTemp(parent, 'charter.html', 'файл пользователя');
    const out = path.join(parent, 'out');
    const r = opkit(['generate', '...yaml', '..yaml', '--out', out, '--format', 'html'], src);
    expect(r.stderr).not.toMatch(NO_INTERNAL);
    expect(r.code).toBe(0);
    expect(entries(parent)).toEqual(['charter.html', 'out', 'src']);
    expect(readFileSync(path.join(parent, 'charter.html'), 'utf8')).toBe('файл пользователя');
    // Nothing in the root of --out but the two folders.
    const top = entries(out);
    expect(top).toHaveLength(2);
    expect(top.every((f) => statSync(path.join(out, f)).isDirectory() && !f.startsWith('.'))).toBe(true);
    const companies = top.map((f) => readPack(path.join(out, f))?.company).sort();
    expect(companies).toEqual([COMPANY.reference, COMPANY.vektor].sort());
  });
});

describe('regeneration into a folder holding an earlier pack', () => {
  test('the new pack replaces the earlier one as a whole; the user’s own files and folders stay', () => {
    const out = folder('regen');
    expect(opkit(['generate', REFERENCE_PROFILE, '--out', out, '--format', 'html,docx']).code).toBe(0);
    const earlier = readPack(out);
    writeTemp(out, 'notes.txt', 'мои заметки');
    mkdirSync(path.join(out, 'мои документы'));
    writeTemp(path.join(out, 'мои документы'), 'договор.txt', 'договор');
    const r = opkit(['generate', KARPOV, '--out', out, '--format', 'pdf']);
    expect(r.code).toBe(0);
    // Not one file of the earlier company's pack is left (its DOCX, HTML, its positions' documents).
    expectWholePack(out, COMPANY.karpov, ['notes.txt']);
    const left = [...(earlier?.files.keys() ?? [])].filter((f) => existsSync(path.join(out, f)) && !readPack(out)?.files.has(f));
    expect(left).toEqual([]);
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('мои заметки');
    expect(readFileSync(path.join(out, 'мои документы', 'договор.txt'), 'utf8')).toBe('договор');
    expect(entries(out).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(entries(path.dirname(out)).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  test('a folder of the user’s named like a pack file is an error, and is never deleted', () => {
    const out = folder('dir-in-the-way');
    expect(opkit(['generate', VEKTOR, '--out', out, '--format', 'html']).code).toBe(0);
    const earlier = visibleFiles(out);
    // The user made a folder where the next pack puts a file (the charter's PDF, named like its HTML).
    const pdf = path.basename(packFile(out, 'charter', 'html')).replace(/\.html$/, '.pdf');
    mkdirSync(path.join(out, pdf));
    writeTemp(path.join(out, pdf), 'важное.txt', 'не удалять');
    const r = opkit(['generate', VEKTOR, '--out', out, '--format', 'pdf']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(pdf);
    expect(r.stderr).toMatch(/папка/);
    expect(r.stderr).not.toMatch(NO_INTERNAL);
    expect(readFileSync(path.join(out, pdf, 'важное.txt'), 'utf8')).toBe('не удалять');
    // The earlier pack is untouched, and no staging folder is left.
    expect(visibleFiles(out)).toEqual(earlier);
    expect(entries(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  test('a user’s file where a batch puts a profile’s folder stops that profile only', () => {
    const src = folder('file-in-the-way-src');
    copyFileSync(VEKTOR, path.join(src, 'a.yaml'));
    copyFileSync(KARPOV, path.join(src, 'b.yaml'));
    const out = folder('file-in-the-way-out');
    writeTemp(out, 'a', 'файл пользователя');
    const r = opkit(['generate', 'a.yaml', 'b.yaml', '--out', out, '--format', 'html'], src);
    expect(r.stderr).not.toMatch(NO_INTERNAL);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.yaml: пакет не записан: \S*file-in-the-way-out\/a — файл, а не папка/);
    expect(readFileSync(path.join(out, 'a'), 'utf8')).toBe('файл пользователя');
    expectWholePack(path.join(out, 'b'), COMPANY.karpov);
  });

  test('a profile lying in --out under a pack file’s name is never written over', () => {
    const out = folder('profile-inside');
    // A JSON profile named like the pack's manifest.
    const profile = writeTemp(out, 'manifest.json', JSON.stringify(parseYaml(readFileSync(VEKTOR, 'utf8'))));
    const before = readFileSync(profile);
    const r = opkit(['generate', 'manifest.json', '--out', '.', '--format', 'html'], out);
    expect(r.stderr).not.toMatch(NO_INTERNAL);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/поверх входного файла manifest\.json/);
    expect(readFileSync(profile)).toEqual(before);
    expect(entries(out)).toEqual(['manifest.json']);
  });

  test('a writable --out inside a folder the user cannot write to is regenerated', () => {
    const parent = folder('locked-parent');
    const out = path.join(parent, 'pack');
    expect(opkit(['generate', VEKTOR, '--out', out, '--format', 'html']).code).toBe(0);
    chmodSync(out, 0o777);
    chmodSync(parent, 0o555);
    try {
      const r = opkitUnprivileged(['generate', KARPOV, '--out', out, '--format', 'html']);
      expect(r.stderr).not.toMatch(NO_INTERNAL);
      expect(r.code).toBe(0);
      expectWholePack(out, COMPANY.karpov);
    } finally {
      chmodSync(parent, 0o755);
    }
  });
});

describe('one run at a time per --out', () => {
  test('a second run into a folder another run is writing is refused with a message', async () => {
    const out = folder('locked');
    const lock = await acquireOutputLock(out);
    expect(lock.ok).toBe(true);
    try {
      const r = opkit(['generate', VEKTOR, '--out', out, '--format', 'html']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/другой запуск opkit/);
      expect(r.stderr).toMatch(/locked/);
      expect(r.stderr).toMatch(new RegExp(`процесс ${process.pid}`));
      expect(visibleFiles(out).size).toBe(0);
    } finally {
      if (lock.ok) await lock.release();
    }
    expect(opkit(['generate', VEKTOR, '--out', out, '--format', 'html']).code).toBe(0);
    expect(entries(out)).not.toContain('.opkit.lock');
  });

  test('the lock of a killed run is recognised as stale and taken over', () => {
    const out = folder('stale');
    // A process takes the lock and is killed holding it.
    const lockModule = path.join(import.meta.dirname, '../../src/node/output-lock.ts');
    const killed = spawnSync(process.execPath, [
      '--input-type=module',
      '-e',
      `const { acquireOutputLock } = await import(${JSON.stringify(lockModule)}); await acquireOutputLock(${JSON.stringify(out)}); process.kill(process.pid, 'SIGKILL');`,
    ]);
    expect(killed.signal).toBe('SIGKILL');
    expect(entries(out)).toContain('.opkit.lock');
    const r = opkit(['generate', VEKTOR, '--out', out, '--format', 'html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectWholePack(out, COMPANY.vektor);
    expect(entries(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  test('a run into one folder of a batch and the batch never write it at once', async () => {
    const src = folder('nested-src');
    copyFileSync(VEKTOR, path.join(src, 'x.yaml'));
    copyFileSync(KARPOV, path.join(src, 'y.yaml'));
    const out = folder('nested-out');
    // Another run holds coll/x as its own --out.
    const inner = folder('nested-out/x');
    const lock = await acquireOutputLock(inner);
    expect(lock.ok).toBe(true);
    try {
      const r = opkit(['generate', 'x.yaml', 'y.yaml', '--out', out, '--format', 'html'], src);
      expect(r.stderr).not.toMatch(NO_INTERNAL);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/x\.yaml: пакет не записан: в папку \S*nested-out\/x уже пишет другой запуск opkit/);
      expect(entries(inner)).toEqual(['.opkit.lock']);
      expectWholePack(path.join(out, 'y'), COMPANY.karpov);
    } finally {
      if (lock.ok) await lock.release();
    }
  });

  test('an empty lock, of a run killed between creating and filling it, is stale', () => {
    const out = folder('empty-lock');
    writeTemp(out, '.opkit.lock', '');
    const r = opkit(['generate', VEKTOR, '--out', out, '--format', 'html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(entries(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  test('runs started together into one folder never mix companies nor fail inside', async () => {
    const out = folder('race');
    for (let round = 0; round < 3; round++) {
      const runs = await Promise.all(
        [VEKTOR, KARPOV, REFERENCE_PROFILE].map((p) => finished(opkitProcess(['generate', p, '--out', out, '--format', 'html']))),
      );
      for (const run of runs) {
        expect(run.stderr).not.toMatch(NO_INTERNAL);
        if (run.code !== 0) {
          expect(run.code).toBe(1);
          expect(run.stderr).toMatch(/другой запуск opkit/);
        }
      }
      expect(runs.some((run) => run.code === 0)).toBe(true);
      const company = readPack(out)?.company ?? '';
      expectWholePack(out, company);
      expect(entries(out).filter((f) => f.startsWith('.'))).toEqual([]);
    }
  });
});

describe('an output folder that cannot be written: a message naming it, exit 1 or 2', () => {
  test('--out that is a file, the input profile itself, or /dev/null', () => {
    const dir = folder('out-is-file');
    const file = writeTemp(dir, 'report.txt', 'текст');
    const profile = path.join(dir, 'p.yaml');
    copyFileSync(VEKTOR, profile);
    for (const target of [file, profile, '/dev/null']) {
      const r = opkit(['generate', profile, '--out', target, '--format', 'html'], dir);
      expect(r.stderr, target).not.toMatch(NO_INTERNAL);
      expect(r.code, target).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`${path.basename(target).replace('.', '\\.')}.*не папка`));
    }
    expect(readFileSync(file, 'utf8')).toBe('текст');
    expect(readFileSync(profile)).toEqual(readFileSync(VEKTOR));
  });

  test('a folder without the right to write (EACCES)', () => {
    const out = folder('no-rights');
    expect(opkit(['generate', VEKTOR, '--out', out, '--format', 'html']).code).toBe(0);
    const earlier = visibleFiles(out);
    chmodSync(out, 0o555);
    try {
      const r = opkitUnprivileged(['generate', KARPOV, '--out', out, '--format', 'html']);
      expect(r.stderr).not.toMatch(NO_INTERNAL);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/нет прав на запись/);
      expect(r.stderr).toContain(out);
      // In a new folder under it as well.
      const deeper = opkitUnprivileged(['generate', KARPOV, '--out', path.join(out, 'new'), '--format', 'html']);
      expect(deeper.code).toBe(1);
      expect(deeper.stderr).toMatch(/нет прав на запись/);
    } finally {
      chmodSync(out, 0o755);
    }
    expect(visibleFiles(out)).toEqual(earlier);
  });

  test('a full disk (ENOSPC) keeps the earlier pack and leaves no staging folder', () => {
    const earlierDir = folder('enospc-earlier');
    expect(opkit(['generate', KARPOV, '--out', earlierDir, '--format', 'html']).code).toBe(0);
    const mount = folder('enospc-mount');
    const keep = folder('enospc-keep');
    // Room for the earlier HTML pack, not for PDFs beside it.
    const r = opkitOnTmpfs(mount, { size: 600 * 1024, keep, prepare: `cp -a '${earlierDir}/.' '${mount}/'` }, [
      'generate',
      REFERENCE_PROFILE,
      '--out',
      mount,
      '--format',
      'pdf,docx',
    ]);
    expect(r.stderr).not.toMatch(NO_INTERNAL);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/нет места/);
    expect(r.stderr).toContain(mount);
    expect(visibleFiles(keep)).toEqual(visibleFiles(earlierDir));
    expect(entries(keep).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  test('a read-only file system (EROFS)', () => {
    const earlierDir = folder('erofs-earlier');
    expect(opkit(['generate', KARPOV, '--out', earlierDir, '--format', 'html']).code).toBe(0);
    const mount = folder('erofs-mount');
    const keep = folder('erofs-keep');
    for (const out of [mount, path.join(mount, 'new')]) {
      const r = opkitOnTmpfs(mount, { readOnly: true, keep, prepare: `cp -a '${earlierDir}/.' '${mount}/'` }, [
        'generate',
        REFERENCE_PROFILE,
        '--out',
        out,
        '--format',
        'html',
      ]);
      expect(r.stderr).not.toMatch(NO_INTERNAL);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/только для чтения/);
      expect(r.stderr).toContain(mount);
    }
    expect(visibleFiles(keep)).toEqual(visibleFiles(earlierDir));
  });

  test('`init` into a missing folder or onto a folder', () => {
    const dir = folder('init-out');
    for (const [target, message] of [
      [path.join(dir, 'нет', 'profile.yaml'), /такой папки нет/],
      [dir, /папка, а не файл/],
    ] as const) {
      for (const command of [
        ['init', target, '--force'],
        ['audit', 'init', target, '--force'],
      ]) {
        const r = opkit(command, dir);
        expect(r.stderr, command.join(' ')).not.toMatch(NO_INTERNAL);
        expect(r.code, command.join(' ')).toBe(1);
        expect(r.stderr).toMatch(message);
      }
    }
    expect(entries(dir)).toEqual([]);
  });

  test('the same for the audit report', () => {
    const dir = folder('audit-out');
    const file = writeTemp(dir, 'taken', 'файл');
    const answers = path.join(dir, 'answers.yaml');
    expect(opkit(['audit', 'init', answers]).code).toBe(0);
    const r = opkit(['audit', answers, '--out', file]);
    expect(r.stderr).not.toMatch(NO_INTERNAL);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/taken.*не папка/);
    writeFileSync(file, 'файл');
  });
});
