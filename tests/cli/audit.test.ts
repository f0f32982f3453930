/**
 * `opkit audit` as a consultant uses it: the example answers file, the report in PDF and DOCX read
 * back with real readers, the chart measured on the rendered page, bad files and wrong calls.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHECKLIST } from '../../content/audit/checklist.ts';
import { EXAMPLE_ANSWERS, phasedPlan, scoreAudit } from '../../src/core/audit/index.ts';
import { CHART_COLORS } from '../../src/core/render/chart-style.ts';
import { chartBars, rasterPage } from '../support/raster.ts';
import {
  docxText,
  libreOfficeToPdf,
  pdfFonts,
  pdfPageCount,
  pdfPages,
  pdfText,
  qpdfCheck,
  removeDir,
  squash,
  tempDir,
} from '../support/readers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/opkit.js');

function opkit(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const score = scoreAudit(EXAMPLE_ANSWERS.answers);
/** The chart's bars from the weakest area to the strongest, as the report draws them. */
const sorted = score.areas.map((a) => a.percent ?? 0).sort((a, b) => a - b);

let work: string;
beforeAll(() => {
  work = tempDir('audit-cli');
});
afterAll(() => removeDir(work));

describe('opkit audit init', () => {
  test('writes an answers file with every question answered, and refuses to overwrite', () => {
    const r = opkit(['audit', 'init'], work);
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(work, 'opkit-audit.yaml'), 'utf8');
    for (const q of CHECKLIST.questions) expect(text).toMatch(new RegExp(`^  ${q.id}:( (yes|partly|no|na))?$`, 'm'));
    // The question itself is there as a comment above its answer.
    expect(text).toContain('# 4.3 (вес 2; после plan-exists) Рассчитывается ли план от клиентов и воронки');
    expect(text).toContain('# 2.1 (вес 3; основной) Есть ли в отделе руководитель');
    expect(text).toContain('# 3.1 (вес 2; na — если в отделе один менеджер) Разделены ли');
    // Facts and the conclusion have their place in the file.
    expect(text).toMatch(/^facts:\n {2}sellers: 6 +# менеджеров по продажам/m);
    expect(text).toMatch(/^conclusion: \|$/m);
    expect(opkit(['audit', 'init'], work).code).toBe(1);
    expect(opkit(['audit', 'init', '--force'], work).code).toBe(0);
  });
});

describe('opkit audit on the example answers', () => {
  let out: string;
  let pdf: string;
  let docx: string;
  let stdout: string;
  beforeAll(() => {
    opkit(['audit', 'init', 'answers.yaml'], work);
    out = path.join(work, 'report');
    const r = opkit(['audit', 'answers.yaml', '--out', 'report'], work);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    stdout = r.stdout;
    pdf = path.join(out, 'audit-report.pdf');
    docx = path.join(out, 'audit-report.docx');
  });

  test('writes both formats, and says the result', () => {
    expect(readdirSync(out).sort()).toEqual(['audit-report.docx', 'audit-report.pdf']);
    expect(stdout).toContain(`answers.yaml → report: общий результат ${score.overall.percent} % (${score.level?.title})`);
    expect(readdirSync(work).filter((f) => f.includes('.opkit-'))).toEqual([]);
  });

  test('the PDF holds the company, the date, every area’s score, the steps and the documents', () => {
    expect(qpdfCheck(pdf).ok).toBe(true);
    expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
    const text = squash(pdfText(pdf));
    expect(text).toContain('ООО «ТехноСнаб»');
    expect(text).toContain('15 января 2027 г.');
    expect(text).toContain(`Общий результат — ${score.overall.percent} % от максимально возможного`);
    // pdftotext may join a one-digit value and its sign: «8%».
    for (const area of score.areas) expect(text).toMatch(new RegExp(`${area.area.title.replace(/[()]/g, '\\$&')} ${area.percent} ?%`));
    for (const finding of score.findings) expect(text).toContain(squash(finding.finding));
    // The plan's cells, whole, as Word reads them (pdftotext interleaves table columns).
    const cells = squash(docxText(docx));
    for (const step of phasedPlan(score, 'ООО').flatMap((p) => p.steps)) {
      expect(cells).toContain(squash(step.adviceText));
      expect(cells).toContain(`${squash(step.adviceText)} ${step.ownerText} ${step.effortText} ${step.documentText}`);
    }
    expect(text).toContain('Заключение аудитора');
    // Documents by name only, never by id.
    expect(text).toContain('Положение о мотивации');
    expect(text).not.toMatch(/\((charter|motivation|kpi-card)\)/);
    // Every answer is there, with its comment.
    expect(text).toContain('План = факт прошлого года плюс 15 %');
    // The deliverable is three or four pages; the answer tables follow as an appendix.
    const appendix = pdfPages(pdf).findIndex((page) => page.includes('Приложение. Ответы по областям'));
    expect(appendix + 1).toBeGreaterThanOrEqual(4);
    expect(appendix + 1).toBeLessThanOrEqual(5);
  });

  test('the chart on page 1 shows each area’s score as the length of its bar, weakest first', () => {
    const bars = chartBars(rasterPage(pdf, 1), CHART_COLORS.bar, CHART_COLORS.track);
    expect(bars).toHaveLength(score.areas.length);
    bars.forEach((share, i) => expect(Math.abs(share - (sorted[i] ?? 0) / 100)).toBeLessThan(0.02));
  });

  test('python-docx reads the DOCX; LibreOffice opens it and prints the same chart', () => {
    const text = squash(docxText(docx));
    expect(text).toContain('ООО «ТехноСнаб»');
    expect(text).toContain('Соколова М.И., руководитель отдела продаж');
    for (const area of score.areas) expect(text).toContain(`${area.area.title} ${area.percent} %`);
    const [converted] = libreOfficeToPdf([docx], path.join(work, 'lo'));
    expect(pdfPageCount(converted!)).toBeGreaterThan(3);
    const bars = chartBars(rasterPage(converted!, 1), CHART_COLORS.bar, CHART_COLORS.track);
    expect(bars).toHaveLength(score.areas.length);
    bars.forEach((share, i) => expect(Math.abs(share - (sorted[i] ?? 0) / 100)).toBeLessThan(0.02));
    expect(squash(pdfText(converted!))).toContain('План действий');
  });
});

describe('opkit audit blank', () => {
  test('writes the printable checklist with every question and the scoring rule', () => {
    const r = opkit(['audit', 'blank', '--out', 'blank', '--format', 'pdf'], work);
    expect(r.code).toBe(0);
    const text = squash(pdfText(path.join(work, 'blank', 'audit-checklist.pdf')));
    for (const q of CHECKLIST.questions) expect(text).toContain(squash(q.text).slice(0, 40));
    expect(text).toContain('при «частично» — половину');
    expect(text).toContain('80–100 %');
    // An interview blank: at most five pages.
    expect(pdfPageCount(path.join(work, 'blank', 'audit-checklist.pdf'))).toBeLessThanOrEqual(5);
  });
});

/** Each bad file: exit 1, the path and a Russian sentence, no stack trace, no output folder. */
const BAD: Array<[string, string, RegExp]> = [
  [
    'unknown-id',
    'company:\n  name: X\nanswers:\n  plan-metod: yes\n',
    /answers\.plan-metod: неизвестный вопрос "plan-metod" \(возможно, имелся в виду "plan-method"\)/,
  ],
  ['bad-answer', 'company:\n  name: X\nanswers:\n  head-time: может быть\n', /answers\.head-time: недопустимый ответ "может быть"/],
  ['no-company', 'answers:\n  head-time: yes\n', /ошибка: company: обязательное поле не заполнено/],
  ['no-answers', 'company:\n  name: X\n', /ошибка: answers: обязательное поле не заполнено/],
  [
    'na-not-allowed',
    'company:\n  name: X\nanswers:\n  head-of-sales: no\n  head-time: н/п\n',
    /answers\.head-time: ответ «неприменимо» на этот вопрос не допускается/,
  ],
  ['yaml-syntax', 'company: [\n', /ошибка синтаксиса YAML в строке \d+/],
];

describe('bad answers files', () => {
  test.each(BAD)('%s is rejected with its path', (name, content, message) => {
    writeFileSync(path.join(work, `${name}.yaml`), content);
    const r = opkit(['audit', `${name}.yaml`, '--out', `bad-${name}`], work);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${name}.yaml: файл ответов содержит ошибки, отчёт не сформирован`);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|TypeError|ZodError/);
    expect(existsSync(path.join(work, `bad-${name}`))).toBe(false);
  });

  test('a missing file is invalid input', () => {
    const r = opkit(['audit', 'nope.yaml', '--out', 'x'], work);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nope.yaml: файл не найден');
  });

  test('wrong calls are usage errors', () => {
    expect(opkit(['audit', 'answers.yaml'], work).code).toBe(2);
    expect(opkit(['audit'], work).code).toBe(2);
    expect(opkit(['audit', 'answers.yaml', '--out', 'x', '--format', 'rtf'], work).code).toBe(2);
    expect(opkit(['audit', 'a.yaml', 'b.yaml', '--out', 'x'], work).code).toBe(2);
    expect(opkit(['audit', 'blank'], work).code).toBe(2);
  });
});
