/**
 * The DOCX as a real OOXML reader (python-docx) sees it: texts, Word styles, numbering,
 * repeating table headers, page setup, fonts and document properties.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/core/model/types.ts';
import { renderDocx } from '../../src/core/render/docx/index.ts';
import { DEFAULT_THEME, mmToTwip, themeFor } from '../../src/core/render/theme.ts';
import { sampleModel } from '../fixtures/sample-model.ts';
import { edgeModel, TRICKY } from './edge-model.ts';
import { type DocxDump, readDocx, removeDir, tempDir } from '../support/readers.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

const sampleParagraph = (i: number): Paragraph => {
  const block = sampleModel.children[i];
  if (block?.type !== 'paragraph') throw new Error(`block ${i} is not a paragraph`);
  return block;
};

describe('DOCX read by python-docx', () => {
  let sample: DocxDump;
  let edge: DocxDump;
  let arial: DocxDump;
  let dir: string | undefined;

  afterAll(() => removeDir(dir));

  beforeAll(async () => {
    dir = tempDir('docx-structure');
    const write = async (name: string, bytes: Promise<Uint8Array>) => {
      const file = join(dir!, name);
      writeFileSync(file, await bytes);
      return readDocx(file);
    };
    [sample, edge, arial] = await Promise.all([
      write('sample.docx', renderDocx(sampleModel, DEFAULT_THEME, TIMESTAMP)),
      write('edge.docx', renderDocx(edgeModel, DEFAULT_THEME, TIMESTAMP)),
      write('arial.docx', renderDocx(sampleModel, themeFor('Arial', 14), TIMESTAMP)),
    ]);
  });

  const find = (dump: DocxDump, start: string) => {
    const found = dump.paragraphs.find((p) => p.text.startsWith(start));
    if (!found) throw new Error(`no paragraph starts with ${start}`);
    return found;
  };

  it('keeps the texts of the sample, runs and all', () => {
    const texts = sample.paragraphs.map((p) => p.text);
    for (const expected of ['УТВЕРЖДАЮ', 'Генеральный директор', 'ПОЛОЖЕНИЕ', 'об отделе продаж', 'Общие положения', 'ЛИСТ ОЗНАКОМЛЕНИЯ']) {
      expect(texts).toContain(expected);
    }
    const clause = sampleParagraph(9);
    expect(texts).toContain(clause.children.map((r) => r.text).join(''));
    expect(find(sample, 'Пункт с').bold).toEqual([false, true, false, false, false]);
    expect(texts).toContain('сумма в тенге: 1\u00a0234\u00a0567\u00a0₸; в гривнах: 12\u00a0000\u00a0₴; приказ № 47-од');
  });

  it('puts headings in Word heading styles and numbers them with Word numbering', () => {
    const general = find(sample, 'Общие положения');
    expect(general.style).toBe('Heading 1');
    expect(general.numbering?.ilvl).toBe(0);
    const clause = find(sample, 'Пункт с');
    expect(clause.style).toBe('Пункт');
    expect(clause.numbering).toEqual({ numId: general.numbering?.numId, ilvl: 1 });
    expect(find(sample, 'Подпункт третьего уровня').numbering).toEqual({ numId: general.numbering?.numId, ilvl: 2 });
    // The model prints no number for the acknowledgement sheet, so Word must not either.
    const sheet = find(sample, 'ЛИСТ ОЗНАКОМЛЕНИЯ');
    expect(sheet.style).toBe('Heading 1');
    expect(sheet.numbering).toBeNull();
    expect(find(edge, 'Менеджер по продажам').style).toBe('Heading 2');
    expect(find(edge, 'Обязанности').style).toBe('Heading 3');
  });

  it('keeps a model number Word would not compute as literal text', () => {
    const skipped = find(edge, '1.5. ');
    expect(skipped.text).toBe('1.5. Пропуск номера.');
    expect(skipped.numbering).toBeNull();
    expect(find(edge, '1.6. ').numbering).toBeNull();
    // The next section's number is what Word computes again, so it is real numbering.
    expect(find(edge, 'Раздел второй').numbering?.ilvl).toBe(0);
    expect(find(edge, 'Первый пункт второго раздела').numbering?.ilvl).toBe(1);
  });

  it('writes every text literally', () => {
    const p = find(edge, 'Текст: ');
    expect(p.text).toBe(`Текст: ${TRICKY} сумма 1\u00a0000 CURRENT`);
    expect(p.bold).toEqual([false, true, false]);
    expect(find(edge, 'Первая строка').text).toBe('Первая строка\nвторая строка');
    expect(edge.core.title).toBe('Проверка <краёв> & "кавычек"');
    expect(edge.core.author).toBe('ООО «Рога & Копыта»');
  });

  it('gives each ordered list its own Word list, so it restarts at 1', () => {
    const first = find(edge, 'альфа').numbering;
    const second = find(edge, 'снова первый').numbering;
    expect(first?.numId).not.toBeNull();
    expect(second?.numId).not.toBe(first?.numId);
    expect(find(edge, 'бета').numbering).toEqual(first);
    // Word's Russian letters part from ГОСТ ones at the eighth: a longer list has literal markers.
    expect(find(edge, 'и)\tвосемь').numbering).toBeNull();
  });

  it('marks header rows to repeat on every page and never split', () => {
    const [payout, sheet] = sample.tables;
    expect(payout?.rows).toHaveLength(41);
    expect(payout?.rows[0]).toMatchObject({ tblHeader: true, cantSplit: true, styles: Array(4).fill('Заголовок таблицы') });
    expect(payout?.rows.slice(1).every((r) => !r.tblHeader && !r.cantSplit)).toBe(true);
    expect(sheet?.rows[0]?.tblHeader).toBe(true);
    const [grouped] = edge.tables;
    expect(grouped?.rows.map((r) => r.tblHeader)).toEqual([true, true, false]);
  });

  it('sizes columns in proportion over the text width, in a fixed layout', () => {
    const textWidth = mmToTwip(DEFAULT_THEME.page.widthMm - DEFAULT_THEME.marginsMm.left - DEFAULT_THEME.marginsMm.right);
    const grid = sample.tables[0]?.grid ?? [];
    expect(grid.reduce((a, b) => a + b, 0)).toBe(textWidth);
    expect(grid[1]! / grid[0]!).toBeCloseTo(1.5, 2);
    expect(sample.tables[0]?.layout).toBe('fixed');
    expect(sample.tables[0]?.rows[1]?.align).toEqual(['CENTER (1)', 'RIGHT (2)', 'RIGHT (2)', 'RIGHT (2)']);
  });

  it('sets up an A4 page with ГОСТ margins and page numbers from page 2', () => {
    expect(sample.section).toMatchObject({
      pageHeight: 297,
      left: 30,
      right: 10,
      top: 20,
      bottom: 20,
      header: 10,
      differentFirstPage: true,
    });
    expect(sample.section.pageWidth).toBeCloseTo(210, 1);
    expect(sample.section.headerHasPageField).toBe(true);
    expect(sample.section.firstPageHeaderText).toBe('');
  });

  it('sets the body font, size and language in the Normal style', () => {
    expect(sample.normal).toMatchObject({ font: 'Times New Roman', sizePt: 12, lang: 'ru-RU', alignment: 'JUSTIFY (3)' });
    expect(Object.values(sample.normal.rFonts ?? {})).toEqual(Array(4).fill('Times New Roman'));
    expect(sample.normal.firstLineIndentMm).toBeCloseTo(12.5, 1);
    expect(arial.normal).toMatchObject({ font: 'Arial', sizePt: 14 });
    for (const style of ['Heading 1', 'Heading 2', 'Heading 3', 'Пункт', 'Элемент списка', 'Текст таблицы', 'Гриф утверждения']) {
      expect(sample.styles).toContain(style);
    }
  });

  it('fills the document properties', () => {
    expect(sample.core).toEqual({ title: 'Положение об отделе продаж', author: 'ООО «ТехноСнаб»', language: 'ru-RU' });
  });

  it('writes the approval block as paragraphs of its own style, signer on the signature line', () => {
    const approval = sample.paragraphs.filter((p) => p.style === 'Гриф утверждения').map((p) => p.text);
    expect(approval).toEqual([
      'УТВЕРЖДАЮ',
      'Генеральный директор',
      'ООО «ТехноСнаб»',
      `${'_'.repeat(16)}\u00a0А.В. Петров`,
      '«15» января 2027 г.',
    ]);
  });
});
