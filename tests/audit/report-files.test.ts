/**
 * The report as a client receives it, read back from its PDF (pdftotext) and DOCX (python-docx):
 * for the weak, middle and mature fixture companies the deliverable part is three or four pages
 * before the appendix, names no internal codes, and its advice follows the answers — «нет» and
 * «частично» on the same question give different text, and a company without a CRM is told to
 * choose one instead of reading CRM reports.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadAnswers, renderAuditFiles, type AuditInput } from '../../src/core/audit/index.ts';
import type { FontSet } from '../../src/core/render/fonts.ts';
import { buildAuditReport } from '../../src/documents/audit-report/document.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { docxText, pdfPages, removeDir, squash, tempDir } from '../support/readers.ts';

let work: string;
let fonts: FontSet;
beforeAll(async () => {
  work = tempDir('audit-report-files');
  fonts = await loadFontSet('Times New Roman');
});
afterAll(() => removeDir(work));

function fixture(name: string): AuditInput {
  const loaded = loadAnswers(readFileSync(`fixtures/audit/${name}.yaml`, 'utf8'), `${name}.yaml`);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  return loaded.audit;
}

/** The report's PDF pages and DOCX text (tables cell by cell). */
async function render(input: AuditInput, name: string): Promise<{ pages: string[]; docx: string }> {
  const { model } = buildAuditReport(input, { today: '2027-04-01' });
  const files = await renderAuditFiles([model], { formats: ['pdf', 'docx'], fonts, timestamp: new Date(Date.UTC(2027, 3, 1)) });
  const out: Record<string, string> = {};
  for (const f of files) {
    const file = path.join(work, `${name}-${f.path}`);
    writeFileSync(file, f.bytes);
    out[path.extname(f.path)] = file;
  }
  return { pages: pdfPages(out['.pdf'] ?? ''), docx: squash(docxText(out['.docx'] ?? '')) };
}

const CODES =
  /\((charter|job-description|kpi-card|motivation|sales-plan|planning-regulation|crm-regulation|lead-regulation|roadmap)\)|Основание: вопрос|head-of-sales|crm-in-use/;

describe.each(['weak', 'mid', 'mature'])('the %s company’s report', (name) => {
  let pages: string[];
  let docx: string;
  beforeAll(async () => {
    ({ pages, docx } = await render(fixture(name), name));
  });

  test('three or four pages of deliverable, then the answer tables as an appendix', () => {
    const appendix = pages.findIndex((p) => p.includes('Приложение. Ответы по областям'));
    expect(appendix).toBeGreaterThanOrEqual(2);
    expect(appendix).toBeLessThanOrEqual(4);
    const body = squash(pages.slice(0, appendix).join('\n'));
    for (const part of ['Итог аудита', 'Компания в цифрах', 'Сильные стороны', 'Главные выводы', 'Заключение аудитора'])
      expect(body).toContain(part);
  });

  test('no internal codes, no dash at a line start, no Markdown', () => {
    const all = pages.join('\n');
    expect(all).not.toMatch(CODES);
    expect(docx).not.toMatch(CODES);
    expect(all).not.toMatch(/\*\*|\{\{|:::/);
  });
});

describe('advice that follows the answers, read from the files', () => {
  test('«нет» and «частично» on the head of sales print different findings and steps', async () => {
    const mid = fixture('mid');
    const partly = await render(mid, 'head-partly');
    const no = await render({ ...mid, answers: { ...mid.answers, 'head-of-sales': { answer: 'no', comment: null } } }, 'head-no');
    expect(partly.docx).toContain('Руководитель отдела больше продаёт сам, чем управляет');
    expect(partly.docx).toContain('Передайте личных клиентов руководителя менеджерам');
    expect(partly.docx).not.toContain('Введите должность руководителя отдела продаж');
    expect(no.docx).toContain('Руководителя отдела продаж нет');
    expect(no.docx).toContain('Введите должность руководителя отдела продаж');
    expect(no.docx).not.toContain('Передайте личных клиентов руководителя менеджерам');
  });

  test('a company without a CRM is told to choose one; a company with one gets the CRM regulation', async () => {
    const weak = await render(fixture('weak'), 'no-crm');
    const mid = await render(fixture('mid'), 'crm');
    expect(weak.docx).toContain('Выберите CRM и внедрите её');
    expect(weak.docx).toContain('Рекомендации по выбору и внедрению CRM-системы');
    expect(weak.docx).not.toContain('Регламент работы в CRM');
    expect(weak.docx).not.toMatch(/по отчёту CRM|в CRM каждую|из CRM/);
    expect(mid.docx).not.toContain('Выберите CRM и внедрите её');
    expect(mid.docx).not.toContain('Рекомендации по выбору и внедрению CRM-системы');
    expect(mid.docx).toContain('Проверяйте сделки без задачи каждую неделю');
    // An ИП has an entrepreneur, not an owner, in its findings and steps.
    expect(weak.docx).toContain('Руководителя отдела продаж нет: отделом управляет предприниматель между другими делами');
    expect(weak.docx).toContain('Составьте план передачи клиентов предпринимателя менеджерам');
    // The weak company's report says what capped it.
    expect(squash(weak.pages.join('\n'))).toContain('Основа системы не заложена');
  });
});
