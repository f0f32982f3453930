/**
 * The rendered sample as a reader sees it: text extraction, fonts, structure, page furniture.
 * Every check goes through poppler or qpdf on the written file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel, Paragraph } from '../../src/core/model/types.ts';
import { parseFontSet } from '../../src/core/render/pdf/fonts.ts';
import { createPdfRenderer, layoutPages, renderPdf } from '../../src/core/render/pdf/index.ts';
import { FontMetrics } from '../../src/core/render/pdf/metrics.ts';
import { DEFAULT_THEME, mmToPt } from '../../src/core/render/theme.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { sampleModel } from '../fixtures/sample-model.ts';
import { pdfCatalog, pdfFonts, pdfInfo, pdfText, pdfWords, qpdfCheck } from '../support/readers.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

const dir = mkdtempSync(join(tmpdir(), 'opkit-pdf-'));
const file = join(dir, 'sample.pdf');
let bytes: Uint8Array;
let pages: number;

/** pdftotext output with line breaks turned into spaces, for text that wraps. */
const flat = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

const LOREM =
  'Отдел продаж обеспечивает выполнение плана продаж компании, развитие клиентской базы и ' +
  'своевременное поступление оплаты по заключённым договорам, соблюдает установленные ' +
  'регламенты и ведёт учёт всех взаимодействий с клиентами в CRM-системе.';

beforeAll(async () => {
  const fonts = await loadFontSet('Times New Roman');
  bytes = await renderPdf(sampleModel, DEFAULT_THEME, fonts, TIMESTAMP);
  writeFileSync(file, bytes);
  pages = Number(pdfInfo(file).get('Pages'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PDF of the sample model', () => {
  it('is a valid A4 PDF of several pages', () => {
    const check = qpdfCheck(file);
    expect(check.output).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pdfInfo(file).get('Page size')).toContain('(A4)');
  });

  it('gives back the exact text through pdftotext', () => {
    const text = pdfText(file);
    // U+00A0 is drawn with Tinos' space glyph, whose Unicode mapping is U+0020.
    expect(text).toContain('сумма в тенге: 1 234 567 ₸; в гривнах: 12 000 ₴; приказ № 47-од');
    expect(text).toContain('1. Общие положения');
    expect(text).toContain('2. Структура и численность');
    expect(text).toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
    expect(text).toContain('Соколова Мария Игоревна');
    expect(text).toContain('Примечание: суммы указаны до удержания налога на доходы физических лиц.');
    // Whole justified paragraphs: words, single spaces, nothing doubled or lost.
    expect(flat(text)).toContain(`1.1. Пункт с полужирным и курсивом. ${LOREM}`);
    expect(flat(text)).toContain(`3.2.1. Подпункт третьего уровня: ${LOREM}`);
    expect(flat(text)).toContain(
      '– первый элемент списка с длинным текстом, который переносится на следующую строку и проверяет висячий отступ маркера',
    );
    expect(text).toContain('а) вложенный пункт а');
    expect(text).not.toMatch(/[\uFFFD\u00A0]/);
  });

  it('keeps the words and single spaces in layout mode', () => {
    const text = pdfText(file, { layout: true });
    expect(text).toContain('1 234 567 ₸');
    expect(text).toContain('12 000 ₴');
    expect(text).toContain('1. Общие положения');
    expect(text).toContain('Соколова Мария Игоревна');
    expect(text).toContain('________________ А.В. Петров');
    // Justification widens spaces, but the extracted words stay one space apart.
    const bodyLines = text.split('\n').filter((l) => /клиентской|договорам|Пункт с/.test(l));
    expect(bodyLines.length).toBeGreaterThan(40);
    for (const l of bodyLines) expect(l.trim()).not.toMatch(/ {2}/);
  });

  it('embeds every font, as subsets with Unicode maps', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+Tinos-/);
    }
  });

  it('repeats the table header on every page the table runs onto', () => {
    const tablePages: number[] = [];
    for (let page = 1; page <= pages; page++) {
      const text = pdfText(file, { page });
      if (/\b0,\d0\b|\b[12],\d\d\b/.test(text) && text.includes('90 000')) {
        tablePages.push(page);
        expect(text, `page ${page}`).toContain('Коэффициент');
        expect(text, `page ${page}`).toContain('Всего к выплате, ₽');
      }
    }
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    // All 40 rows are there, each once.
    const all = pdfText(file);
    for (let i = 0; i < 40; i++) {
      const k = ((50 + i * 5) / 100).toFixed(2).replace('.', ',');
      expect(all.match(new RegExp(`(^|\\s)${k}(\\s|$)`, 'g'))?.length, k).toBe(1);
    }
  });

  it('numbers pages 2.. centred in the top margin, not page 1', () => {
    const topMargin = mmToPt(DEFAULT_THEME.marginsMm.top);
    const pageWidth = mmToPt(DEFAULT_THEME.page.widthMm);
    const textCentre =
      mmToPt(DEFAULT_THEME.marginsMm.left) + (pageWidth - mmToPt(DEFAULT_THEME.marginsMm.left) - mmToPt(DEFAULT_THEME.marginsMm.right)) / 2;
    expect(pdfWords(file, 1).words.filter((w) => w.yMin < topMargin)).toEqual([]);
    for (let page = 2; page <= pages; page++) {
      const above = pdfWords(file, page).words.filter((w) => w.yMax < topMargin);
      expect(
        above.map((w) => w.text),
        `page ${page}`,
      ).toEqual([String(page)]);
      const n = above[0]!;
      expect(Math.abs((n.xMin + n.xMax) / 2 - textCentre)).toBeLessThan(1);
      expect(n.yMin).toBeGreaterThan(mmToPt(DEFAULT_THEME.pageNumbers.topMm) - 2);
    }
  });

  it('keeps all text inside the margins', () => {
    const { left, right, top, bottom } = DEFAULT_THEME.marginsMm;
    const width = mmToPt(DEFAULT_THEME.page.widthMm);
    const height = mmToPt(DEFAULT_THEME.page.heightMm);
    for (let page = 1; page <= pages; page++) {
      for (const w of pdfWords(file, page).words) {
        expect(w.xMin, w.text).toBeGreaterThanOrEqual(mmToPt(left) - 0.5);
        expect(w.xMax, w.text).toBeLessThanOrEqual(width - mmToPt(right) + 0.5);
        expect(w.yMax, w.text).toBeLessThanOrEqual(height - mmToPt(bottom) + 0.5);
        if (w.text !== String(page)) expect(w.yMin, w.text).toBeGreaterThanOrEqual(mmToPt(top) - 0.5);
      }
    }
  });

  it('puts the approval block at the top right, at most 80 mm wide', () => {
    const words = pdfWords(file, 1).words;
    const label = words.find((w) => w.text === 'УТВЕРЖДАЮ')!;
    const signer = words.find((w) => w.text === 'Петров')!;
    const rightEdge = mmToPt(DEFAULT_THEME.page.widthMm - DEFAULT_THEME.marginsMm.right);
    expect(label.yMin).toBeLessThan(mmToPt(DEFAULT_THEME.marginsMm.top) + 15);
    expect(label.xMin).toBeGreaterThanOrEqual(rightEdge - mmToPt(80) - 0.5);
    expect(signer.xMax).toBeLessThanOrEqual(rightEdge + 0.5);
    // Lines are left-aligned inside the block.
    const starts = ['Генеральный', '________________', '«15»'].map((t) => words.find((w) => w.text === t)!.xMin);
    for (const x of starts) expect(Math.abs(x - label.xMin)).toBeLessThan(0.5);
  });

  it('carries the document metadata', () => {
    const info = pdfInfo(file);
    expect(info.get('Title')).toBe('Положение об отделе продаж');
    expect(info.get('Author')).toBe('ООО «ТехноСнаб»');
    expect(info.get('Producer')).toBe('opkit');
    expect(info.get('Creator')).toBe('opkit');
    expect(pdfCatalog(file)['/Lang']).toBe('u:ru-RU');
  });

  it('stays small: under 8 KB a page', () => {
    expect(bytes.length / pages).toBeLessThan(8 * 1024);
  });
});

describe('PDF text edge cases', () => {
  const para = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({ type: 'paragraph', children: [{ text }], ...extra });
  const cell = (text: string) => ({ children: [para(text, { noIndent: true })] });
  const doc = (children: DocumentModel['children']): DocumentModel => ({
    type: 'document',
    meta: { id: 't', title: 'T', organization: 'O', lang: 'ru-RU' },
    children,
  });

  it('draws glyphs the main face lacks from the fallback font', async () => {
    const renderer = createPdfRenderer(await loadFontSet('Times New Roman'));
    const out = join(dir, 'fallback.pdf');
    writeFileSync(out, await renderer.render(doc([para('Клавиша ⌘ и знак ₸ рядом.')]), DEFAULT_THEME, TIMESTAMP));
    expect(pdfText(out)).toContain('Клавиша ⌘ и знак ₸ рядом.');
    const fonts = pdfFonts(out);
    expect(fonts.map((f) => f.name.split('+')[1])).toEqual(expect.arrayContaining(['Tinos-Regular', 'DejaVuSerif']));
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });

  it('hyphenates words too wide for a narrow cell and still extracts them whole', async () => {
    const renderer = createPdfRenderer(await loadFontSet('Times New Roman'));
    const out = join(dir, 'narrow.pdf');
    const table: DocumentModel['children'][number] = {
      type: 'table',
      columns: [{ width: 1 }, { width: 12 }],
      headerRows: 0,
      borders: 'all',
      rows: [{ cells: [cell('Электроэнергия'), cell('обычный текст')] }],
    };
    writeFileSync(out, await renderer.render(doc([table]), DEFAULT_THEME, TIMESTAMP));
    // Drawn over several lines inside the cell, with inserted hyphens ...
    const metrics = new FontMetrics(parseFontSet(await loadFontSet('Times New Roman')));
    const { pages: laid } = layoutPages(doc([table]), DEFAULT_THEME, metrics);
    const cellLines = laid[0]!.items.flatMap((item) =>
      item.kind === 'text' && item.x < mmToPt(DEFAULT_THEME.marginsMm.left) + 10 ? [item.line.pieces.map((p) => p.text).join('')] : [],
    );
    expect(cellLines.length).toBeGreaterThan(2);
    expect(cellLines.slice(0, -1).every((line) => line.endsWith('-'))).toBe(true);
    expect(cellLines.join('').replaceAll('-', '')).toBe('Электроэнергия');
    // ... but extracted as the word itself (an /ActualText span), not as its pieces.
    const text = pdfText(out);
    expect(text).toContain('Электроэнергия');
    expect(text).not.toContain('-');
    expect(qpdfCheck(out).status).toBe(0);
  });

  it('renders documents one after another with one renderer', async () => {
    const renderer = createPdfRenderer(await loadFontSet('Times New Roman'));
    const first = join(dir, 'first.pdf');
    const second = join(dir, 'second.pdf');
    writeFileSync(first, await renderer.render(doc([para('Первый документ: яблоко.')]), DEFAULT_THEME, TIMESTAMP));
    writeFileSync(
      second,
      await renderer.render(
        doc([para('Второй документ: жёлудь, щука, эхо.', { children: [{ text: 'Второй документ: жёлудь, щука, эхо.', bold: true }] })]),
        DEFAULT_THEME,
        TIMESTAMP,
      ),
    );
    expect(pdfText(first)).toContain('Первый документ: яблоко.');
    expect(pdfText(second)).toContain('Второй документ: жёлудь, щука, эхо.');
    expect(pdfFonts(second).map((f) => f.name.split('+')[1])).toEqual(['Tinos-Bold']);
  });
});
