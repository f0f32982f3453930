/**
 * The DOCX as LibreOffice lays it out and prints it to PDF: clause numbers computed by the
 * word processor from the Word numbering, the approval block, repeated table headers and
 * page numbers, read back with poppler.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/core/render/docx/index.ts';
import { DEFAULT_THEME } from '../../src/core/render/theme.ts';
import { sampleModel } from '../fixtures/sample-model.ts';
import { edgeModel, TRICKY } from './edge-model.ts';
import { libreOfficeToPdf, pdfPages, pdfWords, removeDir, tempDir } from '../support/readers.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every number the sample model prints, with the text its paragraph starts with. */
const sampleNumbers = sampleModel.children.flatMap((block) => {
  if (block.type === 'heading' && block.number) return [{ number: block.number, start: block.children[0]?.text ?? '' }];
  if (block.type === 'paragraph' && block.clause) return [{ number: block.clause.number, start: block.children[0]?.text ?? '' }];
  return [];
});

describe('DOCX printed by LibreOffice', () => {
  let dir: string;
  let sample: string[];
  let edge: string[];

  afterAll(() => removeDir(dir));

  beforeAll(async () => {
    dir = tempDir('docx-print');
    writeFileSync(join(dir, 'sample.docx'), await renderDocx(sampleModel, DEFAULT_THEME, TIMESTAMP));
    writeFileSync(join(dir, 'edge.docx'), await renderDocx(edgeModel, DEFAULT_THEME, TIMESTAMP));
    libreOfficeToPdf([join(dir, 'sample.docx'), join(dir, 'edge.docx')], dir);
    sample = pdfPages(join(dir, 'sample.pdf'));
    edge = pdfPages(join(dir, 'edge.pdf'));
  });

  it('prints every clause and section number the model has, from Word numbering', () => {
    const text = sample.join('\n');
    expect(sampleNumbers.length).toBeGreaterThan(25);
    for (const { number, start } of sampleNumbers) {
      const firstWord = start.split(' ')[0] ?? '';
      expect(text, `${number} ${firstWord}`).toMatch(new RegExp(`^\\s*${escapeRegExp(number)}\\s+${escapeRegExp(firstWord)}`, 'm'));
    }
    for (const n of ['1.1.', '2.3.', '1.2.1.', '3.10.']) expect(text).toMatch(new RegExp(`^\\s*${escapeRegExp(n)}\\s`, 'm'));
    // The acknowledgement sheet heading is not numbered.
    expect(text).toMatch(/^\s*ЛИСТ ОЗНАКОМЛЕНИЯ/m);
    expect(text).not.toMatch(/4\.\s+ЛИСТ/);
  });

  it('prints list markers: dashes, and letters that restart in a nested list', () => {
    const text = sample.join('\n');
    expect(text).toMatch(/^\s*–\s+первый элемент списка/m);
    expect(text).toMatch(/^\s*а\)\s+вложенный пункт а/m);
    expect(text).toMatch(/^\s*б\)\s+вложенный пункт б/m);
  });

  it('restarts every ordered list at 1 and prints ГОСТ letters in long lettered lists', () => {
    const text = edge.join('\n');
    expect(text).toMatch(/^\s*1\)\s+альфа/m);
    expect(text).toMatch(/^\s*3\)\s+гамма/m);
    expect(text).toMatch(/^\s*1\)\s+снова первый/m);
    expect(text).toMatch(/^\s*ж\)\s+семь/m);
    expect(text).toMatch(/^\s*и\)\s+восемь/m);
    expect(text).toMatch(/^\s*к\)\s+девять/m);
  });

  it('keeps literal numbers where the model departs from counting, and counts on after', () => {
    const text = edge.join('\n');
    expect(text).toMatch(/^\s*1\.5\.\s+Пропуск номера/m);
    expect(text).toMatch(/^\s*1\.6\.\s+После пропуска/m);
    expect(text).toMatch(/^\s*2\.\s+Раздел второй/m);
    expect(text).toMatch(/^\s*2\.1\.\s+Первый пункт/m);
  });

  it('prints markup-like text verbatim', () => {
    const text = edge.join('\n');
    expect(text).toContain(TRICKY);
    expect(text).toContain('CURRENT');
  });

  it('puts the approval block at the top right of page 1', () => {
    const { width, height, words } = pdfWords(join(dir, 'sample.pdf'), 1);
    const label = words.find((w) => w.text === 'УТВЕРЖДАЮ');
    expect(label).toBeDefined();
    expect(label!.xMin).toBeGreaterThan(width / 2);
    expect(label!.yMin).toBeLessThan(height / 5);
    // Its left edge is 80 mm before the right margin (10 mm): 90 mm from the page's right edge.
    expect(width - label!.xMin).toBeCloseTo((90 / 25.4) * 72, -1);
    const signer = words.find((w) => w.text === 'Петров');
    expect(signer!.yMin).toBeGreaterThan(label!.yMin);
  });

  it('repeats the table header on every page the table runs onto', () => {
    const rowPattern = /^\s*\d{2,3}\s+\d,\d{2}\s+40 000/m;
    const tablePages = sample.filter((page) => rowPattern.test(page));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const page of tablePages) expect(page).toContain('Коэффициент');
  });

  it('numbers pages from page 2, centred at the top', () => {
    expect(sample.length).toBeGreaterThanOrEqual(4);
    const firstLine = (page: string) =>
      page
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim();
    expect(firstLine(sample[0]!)).toBe('УТВЕРЖДАЮ');
    sample.slice(1).forEach((page, i) => expect(firstLine(page)).toBe(String(i + 2)));
    const { width, words } = pdfWords(join(dir, 'sample.pdf'), 2);
    const number = words.find((w) => w.text === '2');
    expect(number).toBeDefined();
    // Centred over the text column (left margin 30 mm, right 10 mm).
    const textCentre = ((30 + (210 - 40) / 2) / 25.4) * 72;
    expect((number!.xMin + number!.xMax) / 2).toBeCloseTo(textCentre, -1);
    expect(width).toBeCloseTo(595.3, 0);
  });

  it('starts a new page at a page break, without leaving a trailing empty page', () => {
    expect(edge).toHaveLength(2);
    expect(edge[1]).toMatch(/Группа/);
    expect(edge[1]).toMatch(/Подпись слева\s+Подпись справа/);
    expect(edge[0]).not.toMatch(/Группа/);
  });
});
