/**
 * The `opkit` command as a consultant uses it: real processes, real files, real readers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REFERENCE_PROFILE } from '../support/reference.ts';
import { docxText, libreOfficeToPdf, pdfFonts, pdfText, qpdfCheck, removeDir, squash, tempDir, writeTemp } from '../support/readers.ts';
import { PROFILE_FILES, profilePath } from '../support/profiles.ts';
import { packFile } from '../support/manifest.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/opkit.js');
const REFERENCE = REFERENCE_PROFILE;
const FIXTURES = path.join(ROOT, 'fixtures/profiles');

function opkit(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let work: string;
beforeAll(() => {
  work = tempDir('cli');
});
afterAll(() => removeDir(work));

describe('usage', () => {
  test('a command asked for --help prints its own usage and succeeds', () => {
    const usage: Record<string, string> = {
      generate: 'opkit generate ФАЙЛ... --out ПАПКА',
      audit: 'opkit audit ОТВЕТЫ --out ПАПКА',
      validate: 'opkit validate ФАЙЛ...',
      init: 'opkit init [ФАЙЛ]',
      clauses: 'opkit clauses [ДОКУМЕНТ]',
      diff: 'opkit diff СТАРЫЙ.yaml НОВЫЙ.yaml --out ПАПКА',
    };
    for (const [command, line] of Object.entries(usage)) {
      for (const flag of ['--help', '-h']) {
        const r = opkit([command, flag]);
        expect(r.code, `${command} ${flag}`).toBe(0);
        expect(r.stdout, command).toContain(line);
        expect(r.stderr).toBe('');
      }
    }
    // Asked after the subcommand's own arguments, too.
    expect(opkit(['audit', 'init', '--help']).code).toBe(0);
    expect(opkit(['generate', REFERENCE, '--out', 'x', '--help']).stdout).toContain('--ascii-names');
  });

  test('an unknown option is refused with the usage', () => {
    const r = opkit(['generate', REFERENCE, '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('неизвестный параметр --bogus');
  });
});

describe('validate', () => {
  test('the reference profile is valid', () => {
    const r = opkit(['validate', REFERENCE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('профиль корректен');
  });

  test('every fixture profile of a different shape is valid', () => {
    const files = PROFILE_FILES.filter((f) => f.endsWith('.yaml')).map(profilePath);
    const r = opkit(['validate', ...files]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test('a weak funnel and a heavy payroll are named in the validation output', () => {
    const weak = opkit(['validate', path.join(FIXTURES, 'warnings', 'weak-funnel.yaml')]);
    expect(weak.code).toBe(0);
    expect(squash(weak.stdout)).toMatch(
      /предупреждение: plan\.funnel: воронка даёт 3 375 000 ₽ новых продаж в месяц при потребности 8 000 000 ₽/,
    );
    expect(squash(weak.stdout)).toMatch(/лидов до \d+ в месяц/);
    const heavy = opkit(['validate', path.join(FIXTURES, 'warnings', 'heavy-payroll.yaml')]);
    expect(heavy.code).toBe(0);
    expect(squash(heavy.stdout)).toMatch(/предупреждение: plan\.maxPayrollSharePct: фонд оплаты труда .* 46,3 % валовой маржи/);
  });

  test('warnings travel into the pack manifest', () => {
    const out = path.join(work, 'warned');
    expect(opkit(['generate', path.join(FIXTURES, 'warnings', 'heavy-payroll.yaml'), '--out', out, '--format', 'html']).code).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { warnings: Array<{ path: string }> };
    expect(manifest.warnings.map((w) => w.path)).toContain('plan.maxPayrollSharePct');
  });

  test('no arguments is wrong usage', () => {
    expect(opkit(['validate']).code).toBe(2);
    expect(opkit(['frobnicate']).code).toBe(2);
    expect(opkit(['generate', REFERENCE]).code).toBe(2);
    expect(opkit(['generate', REFERENCE, '--out', work, '--format', 'rtf']).code).toBe(2);
  });

  test('a missing file is invalid input with a Russian message', () => {
    const r = opkit(['validate', path.join(work, 'nope.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('файл не найден');
  });
});

/** Each bad input: exit 1, the field's path and a Russian sentence, no stack trace, no files. */
const BAD: Array<[string, RegExp]> = [
  ['weights-not-100.yaml', /kpis\[\d\]\.items: сумма весов \d+ %, должна быть 100 %/],
  ['seasonality-not-100.yaml', /plan\.seasonality/],
  ['reporting-cycle.yaml', /reportsTo.*цикл/],
  ['unknown-position.yaml', /(reportsTo|position).*(нет|неизвест)/i],
  ['negative-salary.yaml', /salary/],
  ['zero-headcount.yaml', /headcount/],
  ['text-instead-of-number.yaml', /ожидается число/],
  ['decreasing-curve.yaml', /curve\[\d+\]/],
  ['missing-required-field.yaml', /обязательное поле/],
  ['custom-kpi-incomplete.yaml', /kpis\[\d\]\.items\[\d\]/],
  ['unknown-currency.yaml', /currency/],
  ['schema-version-99.yaml', /schemaVersion/],
  ['yaml-syntax-error.yaml', /строк[аеи] \d+/],
  ['empty.yaml', /пуст/],
  ['list-not-mapping.yaml', /объект/],
];

describe('bad input', () => {
  test.each(BAD)('%s is rejected with its path', (file, message) => {
    const out = path.join(work, `bad-${file}`);
    const r = opkit(['generate', path.join(FIXTURES, 'invalid', file), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|TypeError|ZodError/);
    expect(existsSync(out)).toBe(false);
  });

  test('one bad profile does not stop the others', () => {
    const out = path.join(work, 'mixed');
    const r = opkit(['generate', REFERENCE, path.join(FIXTURES, 'invalid', 'weights-not-100.yaml'), '--out', out, '--format', 'html']);
    expect(r.code).toBe(1);
    expect(existsSync(packFile(path.join(out, 'tehnosnab'), 'charter', 'html'))).toBe(true);
    expect(existsSync(path.join(out, 'weights-not-100'))).toBe(false);
  });
});

describe('init', () => {
  test('writes the documented example, which validates, and refuses to overwrite', () => {
    const file = path.join(work, 'example.yaml');
    expect(opkit(['init', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/schemaVersion: 2/);
    expect(opkit(['validate', file]).code).toBe(0);
    expect(opkit(['init', file]).code).toBe(1);
    expect(opkit(['init', file, '--force']).code).toBe(0);
  });
});

describe('generate on the reference profile', () => {
  let out: string;
  let manifest: { documents: Array<{ id: string; title: string; positionId: string | null; files: Record<string, string> }> };
  beforeAll(() => {
    out = path.join(work, 'pack');
    const r = opkit(['generate', REFERENCE, '--out', out, '--zip']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
  });

  test('writes the charter in three formats, a manifest and a zip', () => {
    const charter = manifest.documents.find((d) => d.id === 'charter');
    expect(charter?.title).toBe('Положение об отделе продаж');
    // Numbered in the pack's order (the owner's summary and the order come first).
    expect(charter?.files).toEqual({
      docx: '03 Положение об отделе продаж.docx',
      pdf: '03 Положение об отделе продаж.pdf',
      html: '03 Положение об отделе продаж.html',
    });
    for (const f of Object.values(charter?.files ?? {})) expect(existsSync(path.join(out, f))).toBe(true);
    expect(existsSync(path.join(out, 'ТехноСнаб 2027-01-15.zip'))).toBe(true);
    expect(readdirSync(path.dirname(out)).filter((f) => f.includes('.opkit-'))).toEqual([]);
  });

  test('the PDF is well-formed, fonts embedded, and its text is the company’s', () => {
    const pdf = packFile(out, 'charter', 'pdf');
    expect(qpdfCheck(pdf).ok).toBe(true);
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    const text = squash(pdfText(pdf));
    for (const phrase of [
      'УТВЕРЖДАЮ',
      'Генеральный директор',
      'ООО «ТехноСнаб»',
      'А.В. Петров',
      '«15» января 2027 г.',
      'ПОЛОЖЕНИЕ',
      'об отделе продаж',
      '1. Общие положения',
      'Общества с ограниченной ответственностью «ТехноСнаб»',
      'оптовые поставки промышленного оборудования и комплектующих',
      'подчиняется непосредственно Генеральному директору',
      'Менеджер по работе с ключевыми клиентами',
      'Битрикс24',
      '240 000 000 ₽',
      'в течение 15 минут',
      'ЛИСТ ОЗНАКОМЛЕНИЯ',
      'Соколова Мария Игоревна',
      'Ёлкин Дмитрий Олегович',
    ]) {
      expect(text, phrase).toContain(phrase);
    }
  });

  test('python-docx reads the same text from the DOCX', () => {
    const text = squash(docxText(packFile(out, 'charter', 'docx')));
    for (const phrase of ['УТВЕРЖДАЮ', 'Общие положения', 'Генеральному директору', 'Смирнов Павел Юрьевич', 'Битрикс24']) {
      expect(text, phrase).toContain(phrase);
    }
  });

  test('LibreOffice opens every DOCX of the pack', () => {
    const docx = manifest.documents.map((d) => path.join(out, d.files.docx as string));
    const pdfs = libreOfficeToPdf(docx, path.join(work, 'lo-all'));
    expect(pdfs).toHaveLength(manifest.documents.length);
    // The order and the addenda are signed, not approved: they open with their own head.
    // Every act is approved; the order and the agreements are signed instead, and the owner's summary is a note to the one who approves them.
    const head = (id: string) =>
      id === 'order'
        ? 'ПРИКАЗ'
        : id.startsWith('contract-addendum-')
          ? 'ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ'
          : id === 'owner-summary'
            ? 'Ключевые цифры'
            : 'УТВЕРЖДАЮ';
    for (const [i, pdf] of pdfs.entries()) {
      const id = manifest.documents[i]?.id ?? '';
      const text = squash(pdfText(pdf));
      expect(text, id).toContain(head(id));
      expect(text.length, id).toBeGreaterThan(2500);
      expect(squash(docxText(docx[i] as string)), id).toContain(head(id));
    }
  });

  test('LibreOffice opens the DOCX and prints Word numbering 1. / 1.1.', () => {
    const [pdf] = libreOfficeToPdf([packFile(out, 'charter', 'docx')], path.join(work, 'lo'));
    const text = squash(pdfText(pdf as string));
    expect(text).toContain('1.1. Настоящее Положение');
    expect(text).toContain('2. Структура и численность');
    expect(text).toMatch(/3\.3\.1\. Выполнение плана продаж по выручке и валовой марже/);
  });

  test('the HTML is a standalone page with the escaped text', () => {
    const html = readFileSync(packFile(out, 'charter', 'html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('ООО «ТехноСнаб»');
    expect(html).not.toMatch(/https?:\/\//);
  });
});

describe('output is written atomically', () => {
  test('regeneration replaces the earlier pack as a whole and keeps unrelated files', () => {
    const out = path.join(work, 'existing');
    opkit(['generate', REFERENCE, '--out', out, '--format', 'html']);
    writeTemp(out, 'notes.txt', 'мои заметки');
    const r = opkit(['generate', REFERENCE, '--out', out, '--format', 'docx']);
    expect(r.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toEqual(expect.arrayContaining([path.basename(packFile(out, 'charter', 'docx')), 'manifest.json', 'notes.txt']));
    // The earlier pack's HTML is not part of the new pack: it is gone, as are opkit's hidden files.
    expect(files.filter((f) => f.endsWith('.html'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
