/**
 * The client pack as a release (issue 13, items 4–6), as a consultant meets it through `opkit`:
 * the documents `documents.include` asks for, in its order; files named in Russian and numbered
 * (or transliterated); a ZIP named after the client and the date; regeneration that removes only
 * the earlier pack's files; a manifest that tells one pack from another; `opkit diff`; a batch
 * that survives a bad profile.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { opkit } from '../support/opkit-process.ts';
import { packFile, readManifest } from '../support/manifest.ts';
import { profilePath } from '../support/profiles.ts';
import { removeDir, squash, tempDir, writeTemp } from '../support/readers.ts';
import { REFERENCE_PROFILE } from '../support/reference.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VEKTOR = profilePath('vektor.yaml');
const NO_INTERNAL = /внутренняя ошибка|\n\s+at |Error:/;

let work: string;
beforeAll(() => {
  work = tempDir('release');
});
afterAll(() => removeDir(work));

/** Vektor's profile with an edit of its parsed form, written as a file of its own. */
function vektorWith(name: string, edit: (profile: Record<string, unknown>) => void): string {
  const profile = parseYaml(readFileSync(VEKTOR, 'utf8')) as Record<string, unknown>;
  edit(profile);
  return writeTemp(work, name, stringifyYaml(profile));
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('documents.include: which documents, in which order', () => {
  test('the pack follows the list, one position’s documents included, and the order lists them so', () => {
    const file = vektorWith('include.yaml', (p) => {
      p.documents = { include: ['charter', 'job-description:manager', 'order', 'kpi-card:manager'] };
    });
    const out = path.join(work, 'include');
    const r = opkit(['generate', file, '--out', out, '--format', 'html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const manifest = readManifest(out);
    expect(manifest.documents.map((d) => d.id)).toEqual(['charter', 'job-description-manager', 'order', 'kpi-card-manager']);
    expect(manifest.documents.map((d) => d.files.html)).toEqual([
      '01 Положение об отделе продаж.html',
      '02 Должностная инструкция менеджера по продажам.html',
      '03 Приказ о введении в действие документов отдела продаж.html',
      '04 Карта KPI менеджера по продажам.html',
    ]);
    // No other position's job description or card was written.
    expect(readdirSync(out).filter((f) => /руководителя|лидогенерации/.test(f))).toEqual([]);
    // The order puts the documents into force in the pack's order.
    const order = squash(readFileSync(packFile(out, 'order', 'html'), 'utf8').replace(/<[^>]+>/g, ' '));
    const at = (phrase: string): number => order.indexOf(phrase);
    expect(at('Положение об отделе продаж')).toBeGreaterThan(0);
    expect(at('Должностная инструкция менеджера по продажам')).toBeGreaterThan(at('Положение об отделе продаж'));
    expect(at('Карта KPI')).toBeGreaterThan(at('Должностная инструкция менеджера по продажам'));
    expect(order).not.toContain('лидогенерации');
  });

  test('an unknown position or a document that is not per position is named with its path and the closest id', () => {
    const file = vektorWith('include-bad.yaml', (p) => {
      p.documents = { include: ['charter', 'job-description:manger', 'charter:manager', 'kpi-cards'] };
    });
    const out = path.join(work, 'include-bad');
    const r = opkit(['generate', file, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('documents.include[1]: в отделе нет должности "manger" (возможно, имелся в виду "manager")');
    expect(r.stderr).toMatch(/documents\.include\[2\]: документ "charter" составляется один на весь отдел/);
    expect(r.stderr).toMatch(/documents\.include\[3\]: неизвестный документ "kpi-cards" \(возможно, имелся в виду "kpi-card"\)/);
    expect(r.stderr).not.toMatch(NO_INTERNAL);
    expect(existsSync(out)).toBe(false);
  });
});

describe('file names', () => {
  let out: string;
  beforeAll(() => {
    out = path.join(work, 'names');
    const r = opkit(['generate', REFERENCE_PROFILE, '--out', out, '--format', 'pdf,html', '--zip']);
    expect(r.code).toBe(0);
  });

  test('are the documents’ Russian titles, numbered in the pack’s order; the workbook is named too', () => {
    const manifest = readManifest(out);
    const width = String(manifest.documents.length + 1).length > 2 ? 3 : 2;
    manifest.documents.forEach((d, i) => {
      const number = String(i + 1).padStart(width, '0');
      expect(d.files.pdf, d.id).toMatch(new RegExp(`^${number} [А-ЯЁ][^/\\\\:*?"<>|]+\\.pdf$`));
      expect(existsSync(path.join(out, d.files.pdf ?? '')), d.id).toBe(true);
    });
    const names = manifest.documents.map((d) => d.files.pdf);
    expect(names).toContain('01 Сводка для собственника.pdf');
    expect(names.filter((n) => n?.includes('Должностная инструкция менеджера по продажам'))).toHaveLength(1);
    expect(manifest.workbook?.file).toBe(`${String(manifest.documents.length + 1).padStart(width, '0')} Расчёт премий.xlsx`);
    expect(existsSync(path.join(out, manifest.workbook?.file ?? ''))).toBe(true);
  });

  test('the ZIP is named after the client and the approval date and holds the pack under the same names', () => {
    const manifest = readManifest(out);
    expect(manifest.zip).toBe('ТехноСнаб 2027-01-15.zip');
    const entries = unzipSync(new Uint8Array(readFileSync(path.join(out, 'ТехноСнаб 2027-01-15.zip'))));
    expect(Object.keys(entries).sort()).toEqual([...manifest.files.filter((f) => f !== manifest.zip), 'manifest.json'].sort());
  });

  test('--ascii-names transliterates every name, the ZIP’s included', () => {
    const ascii = path.join(work, 'ascii');
    const r = opkit(['generate', REFERENCE_PROFILE, '--out', ascii, '--format', 'html', '--zip', '--ascii-names']);
    expect(r.code).toBe(0);
    const files = readdirSync(ascii);
    expect(files.filter((f) => !/^[\x20-\x7e]+$/.test(f))).toEqual([]);
    expect(files).toContain('03 Polozhenie ob otdele prodazh.html');
    expect(files).toContain('TekhnoSnab 2027-01-15.zip');
    expect(readManifest(ascii).documents.find((d) => d.id === 'charter')?.files.html).toBe('03 Polozhenie ob otdele prodazh.html');
  });
});

describe('regeneration', () => {
  test('regenerating after removing a position leaves no file of it; a file the user put in the folder survives', () => {
    const out = path.join(work, 'regenerate');
    expect(opkit(['generate', VEKTOR, '--out', out, '--format', 'docx,html']).code).toBe(0);
    const before = readdirSync(out);
    expect(before.filter((f) => f.includes('лидогенерации')).length).toBeGreaterThanOrEqual(4);
    // The consultant's own files: one named like the pack's, one of any name.
    const own = ['09 Должностная инструкция менеджера по лидогенерации — правки клиента.docx', 'заметки.txt'];
    for (const name of own) writeTemp(out, name, 'файл пользователя');

    const withoutLead = vektorWith('without-lead.yaml', (p) => {
      const department = p.department as { positions: Array<{ id: string }> };
      department.positions = department.positions.filter((x) => x.id !== 'lead');
      p.kpis = (p.kpis as Array<{ position: string }>).filter((k) => k.position !== 'lead');
      p.motivation = (p.motivation as Array<{ position: string }>).filter((m) => m.position !== 'lead');
    });
    const r = opkit(['generate', withoutLead, '--out', out, '--format', 'docx,html']);
    expect(r.stderr).not.toMatch(NO_INTERNAL);
    expect(r.code).toBe(0);
    const after = readdirSync(out);
    const manifest = readManifest(out);
    expect(manifest.documents.some((d) => d.positionId === 'lead')).toBe(false);
    // Every file is the new pack's or the user's: nothing of the removed position, nothing stale.
    expect(after.sort()).toEqual([...manifest.files, 'manifest.json', ...own].sort());
    expect(after.filter((f) => f.includes('лидогенерации') && !own.includes(f))).toEqual([]);
    for (const name of own) expect(readFileSync(path.join(out, name), 'utf8')).toBe('файл пользователя');
  });
});

describe('the manifest', () => {
  test('carries the version, the profile’s hash, the firm, the warnings and every file’s hash beside the ids', () => {
    const out = path.join(work, 'manifest');
    const r = opkit(['generate', VEKTOR, '--out', out, '--format', 'pdf,docx']);
    expect(r.code).toBe(0);
    const manifest = readManifest(out);
    const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(manifest.version).toBe(version);
    expect(manifest.generator).toBe(`opkit ${version}`);
    expect(opkit(['--version']).stdout.trim()).toBe(`opkit ${version}`);
    expect(manifest.profileSha256).toBe(sha256(VEKTOR));
    expect(manifest.firm).toBeNull();
    expect(manifest.warnings.length).toBeGreaterThan(0);
    expect(manifest.warnings.map((w) => w.path)).toContain('kpis[1].items[1].period');
    for (const d of manifest.documents) {
      expect(d.id).toMatch(/^[a-z][a-z0-9-]*$/);
      for (const format of ['pdf', 'docx'] as const) {
        expect(d.sha256[format], `${d.id}.${format}`).toBe(sha256(path.join(out, d.files[format] ?? '')));
      }
    }
    expect(manifest.workbook?.sha256).toBe(sha256(path.join(out, manifest.workbook?.file ?? '')));
  });
});

describe('opkit diff', () => {
  test('two versions that differ in one salary: exactly the documents and clauses that contain it', () => {
    const newer = writeTemp(work, 'vektor-raise.yaml', readFileSync(VEKTOR, 'utf8').replace('      salary: 35000', '      salary: 38000'));
    const out = path.join(work, 'diff');
    const r = opkit(['diff', VEKTOR, newer, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const diff = JSON.parse(readFileSync(path.join(out, 'diff.json'), 'utf8')) as {
      documents: Array<{ id: string; status: string; segments: Array<{ id: string; before: string; after: string }> }>;
      unchanged: number;
    };
    // The lead generator's salary: his agreement, the motivation regulation, the owner's summary; nothing else.
    expect(diff.documents.map((d) => [d.id, d.status])).toEqual([
      ['owner-summary', 'changed'],
      ['motivation', 'changed'],
      ['contract-addendum-lead', 'changed'],
    ]);
    const clauses = Object.fromEntries(diff.documents.map((d) => [d.id, d.segments.map((s) => s.id)]));
    expect(clauses).toEqual({
      'owner-summary': ['owner-summary.figures.key-figures', 'owner-summary.figures.pay-levels'],
      motivation: [
        'motivation.general.principles',
        'motivation.pay-structure.summary',
        'motivation.position-lead.structure',
        'motivation.position-lead.formula',
        'motivation.position-lead.payout-table',
        'motivation.position-lead.example-result',
        'motivation.position-lead.below-threshold',
        'motivation.position-lead.maximum',
        'motivation.payroll.total',
        'motivation.payroll.payroll-table',
        'motivation.payroll.margin-share',
      ],
      'contract-addendum-lead': ['contract-addendum.pay-blank.salary', 'contract-addendum.at-plan-blank'],
    });
    // Each changed part holds the salary or a figure made from it (pay at plan, the maximum, the payroll).
    const figure = /35\s000|38\s000|50\s000|53\s000|\d+\s\d{3}\s000|%/;
    for (const d of diff.documents) for (const s of d.segments) expect(`${s.before}\n${s.after}`, s.id).toMatch(figure);
    const changed = diff.documents.flatMap((d) => d.segments);
    expect(changed.some((s) => /35\s000/.test(s.before) && /38\s000/.test(s.after))).toBe(true);

    // The line for the letter: printed and written.
    const log = readFileSync(path.join(out, 'changelog.txt'), 'utf8').trim();
    expect(log.split('\n')).toHaveLength(1);
    expect(log).toMatch(
      /^Вектор: изменены 3 документа — Сводка для собственника .*Положение о мотивации работников отдела продаж \(п\. 1\.5, /,
    );
    expect(log).toContain(`остальные ${diff.unchanged} без изменений.`);
    expect(r.stdout.split('\n')[0]).toBe(log);

    // The index links every redline; the redline marks the old salary deleted and the new one inserted.
    const index = readFileSync(path.join(out, 'index.html'), 'utf8');
    const redlines = readdirSync(out).filter((f) => f.endsWith('— правка.html'));
    expect(redlines).toHaveLength(3);
    for (const f of redlines) expect(index).toContain(`href="${encodeURI(f)}"`);
    const addendum = readFileSync(path.join(out, redlines.find((f) => f.includes('Дополнительное соглашение')) ?? ''), 'utf8');
    expect(addendum).toMatch(/<del>35<\/del><ins>38<\/ins>/);
  });

  test('the same profile twice: nothing changed, said so', () => {
    const out = path.join(work, 'diff-same');
    const r = opkit(['diff', VEKTOR, VEKTOR, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Вектор: документы пакета не изменились.');
  });

  test('a bad profile is refused with its path, and nothing is written', () => {
    const out = path.join(work, 'diff-bad');
    const r = opkit(['diff', VEKTOR, profilePath('invalid/weights-not-100.yaml'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/weights-not-100\.yaml: профиль содержит ошибки/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a batch', () => {
  test('one bad profile among good ones: the others are built, a table per client is printed, exit 1', () => {
    const src = path.join(work, 'clients');
    mkdirSync(src);
    for (const name of ['vektor.yaml', 'karpov-ip.yaml', 'belstal-by.yaml'])
      writeFileSync(path.join(src, name), readFileSync(profilePath(name)));
    writeTemp(src, 'broken.yaml', readFileSync(profilePath('invalid/weights-not-100.yaml'), 'utf8'));
    const out = path.join(work, 'packs');
    const files = ['belstal-by.yaml', 'broken.yaml', 'karpov-ip.yaml', 'vektor.yaml'].map((f) => path.join('clients', f));
    const r = opkit(['generate', ...files, '--out', 'packs', '--format', 'html', '--jobs', '2'], work);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/clients\/broken\.yaml: профиль содержит ошибки/);
    expect(r.stderr).not.toMatch(NO_INTERNAL);
    expect(readdirSync(out).sort()).toEqual(['belstal-by', 'karpov-ip', 'vektor']);
    for (const folder of ['belstal-by', 'karpov-ip', 'vektor'])
      expect(readManifest(path.join(out, folder)).documents.length).toBeGreaterThan(10);
    // Not a terminal: plain lines, no progress bar drawn over them.
    expect(r.stderr).not.toContain('\r');
    // The table: a header, then one row per profile in the order given, with its figures.
    const lines = r.stdout.split('\n');
    const head = lines.findIndex((l) => /^Профиль\s+Компания\s+Документов\s+Предупреждений\s+Ошибок\s+Время, с$/.test(l));
    expect(head).toBeGreaterThanOrEqual(0);
    const rows = lines.slice(head + 2, head + 6);
    expect(rows.map((l) => l.split(/\s{2,}/)[0])).toEqual(files);
    const vektor = rows[3]?.split(/\s{2,}/) ?? [];
    // Its warnings: the profile's and the pack's, as the manifest lists them.
    const manifest = readManifest(path.join(out, 'vektor'));
    expect(vektor.slice(1, 5)).toEqual(['Вектор', String(manifest.documents.length), String(manifest.warnings.length), '0']);
    // The refused profile: no company read, no documents, its errors counted.
    const broken = rows[1]?.split(/\s{2,}/) ?? [];
    expect(broken[1]).toBe('—');
    expect(Number(broken[3])).toBeGreaterThan(0);
    expect(r.stdout).toContain('Собрано пакетов: 3 из 4; с ошибками: 1');
  });
});
