/** The paginator alone, on hand-made blocks with 10 pt lines on a 100 pt high text area. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_PAGE_LINES, pageLineCount, paginate } from '../../src/core/render/pdf/paginate.ts';
import type {
  CellBox,
  FigureBlock,
  FlowBlock,
  LinesBlock,
  PageContent,
  PageFrame,
  RowBox,
  TableBlock,
  TextLine,
} from '../../src/core/render/pdf/types.ts';

const frame: PageFrame = { width: 200, height: 140, left: 20, top: 20, contentWidth: 160, contentHeight: 100 };
const LINE = 10;

const line = (label: string): TextLine => ({
  pieces: [{ text: label, style: 'regular', width: 10, space: false }],
  size: 10,
  x: 0,
  width: 10,
  wordGap: 0,
  height: LINE,
  ascent: 8,
});
const lines = (prefix: string, n: number): TextLine[] => Array.from({ length: n }, (_, i) => line(`${prefix}${i + 1}`));
const para = (prefix: string, n: number, keep: Partial<LinesBlock> = {}): LinesBlock => ({
  kind: 'lines',
  lines: lines(prefix, n),
  spaceBefore: 0,
  spaceAfter: 0,
  keepTogether: false,
  keepWithNext: false,
  ...keep,
});
/** A chart of nine labelled bars, 90 pt high: never split. */
const figure: FigureBlock = {
  kind: 'figure',
  items: lines('f', 9).map((l, i) => ({ kind: 'text', line: l, x: 0, baseline: i * LINE + 8 })),
  height: 90,
  spaceBefore: 0,
  spaceAfter: 0,
  keepWithNext: false,
};
const heading = (label: string): LinesBlock => para(label, 1, { keepTogether: true, keepWithNext: true });

const PAD = 2;
const row = (prefix: string, n: number): RowBox => {
  const cells: CellBox[] = [
    { x: 0, width: 80, inset: 2, lines: lines(`${prefix}a`, n) },
    { x: 80, width: 80, inset: 2, lines: lines(`${prefix}b`, 1) },
  ];
  return { cells, height: n * LINE + 2 * PAD };
};
const table = (header: RowBox[], rows: RowBox[]): TableBlock => ({
  kind: 'table',
  header,
  rows,
  borders: true,
  padY: PAD,
  minContent: LINE,
  spaceBefore: 0,
  spaceAfter: 0,
  keepWithNext: false,
});

/** Text of each page's lines, in order. */
const texts = (pages: PageContent[]): string[][] =>
  pages.map((p) => p.items.flatMap((item) => (item.kind === 'text' ? [item.line.pieces[0]!.text] : [])));
const pageOf = (pages: PageContent[], label: string): number => texts(pages).findIndex((p) => p.includes(label));

describe('paginate', () => {
  it('fills pages with lines inside the text area', () => {
    const pages = paginate([para('p', 25)], frame);
    expect(texts(pages).map((p) => p.length)).toEqual([10, 10, 5]);
    for (const page of pages) {
      for (const item of page.items) {
        if (item.kind !== 'text') continue;
        expect(item.baseline - item.line.ascent).toBeGreaterThanOrEqual(frame.top);
        expect(item.baseline - item.line.ascent + item.line.height).toBeLessThanOrEqual(frame.top + frame.contentHeight + 1e-6);
      }
    }
  });

  it('never leaves a heading last on a page', () => {
    // 9 lines of text leave room for the heading alone: it moves to the next page.
    const pages = paginate([para('a', 9), heading('H'), para('b', 4)], frame);
    expect(pageOf(pages, 'H1')).toBe(1);
    expect(pageOf(pages, 'b1')).toBe(1);
    expect(texts(pages)[0]).toEqual(lines('a', 9).map((l) => l.pieces[0]!.text));
  });

  it('keeps a heading with the first lines of a following table', () => {
    const pages = paginate([para('a', 7), heading('H'), table([row('h', 1)], [row('r1', 1), row('r2', 1)])], frame);
    // 7 + heading + header row + first row do not fit in 10 lines (padding): all move together.
    expect(pageOf(pages, 'H1')).toBe(pageOf(pages, 'r1a1'));
    expect(pageOf(pages, 'H1')).toBe(pageOf(pages, 'ha1'));
  });

  it('leaves no single line of a paragraph at the bottom or top of a page', () => {
    // 9 lines used: one line of the next paragraph would fit, but not two.
    let pages = paginate([para('a', 9), para('b', 5)], frame);
    expect(pageOf(pages, 'b1')).toBe(1);
    // 7 used, 3 fit, but 4 lines must not leave 1 behind: 2 go here, 2 there.
    pages = paginate([para('a', 7), para('b', 4)], frame);
    expect(texts(pages)[0]!.filter((t) => t.startsWith('b'))).toEqual(['b1', 'b2']);
    expect(texts(pages)[1]).toEqual(['b3', 'b4']);
  });

  it('starts a new page at a page break, and not twice', () => {
    const pages = paginate([para('a', 2), { kind: 'pageBreak' }, para('b', 2), para('c', 8), { kind: 'pageBreak' }, para('d', 1)], frame);
    expect(texts(pages)).toEqual([['a1', 'a2'], ['b1', 'b2', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'], ['d1']]);
  });

  it('moves a table row that does not fit to the next page, under a repeated header', () => {
    const rows = Array.from({ length: 12 }, (_, i) => row(`r${i + 1}`, 1));
    const pages = paginate([table([row('h', 1)], rows)], frame);
    const pageTexts = texts(pages);
    expect(pages.length).toBe(2);
    for (const page of pageTexts) expect(page.slice(0, 2)).toEqual(['ha1', 'hb1']);
    // No row is split: both cells of every row are on the same page.
    for (let i = 1; i <= 12; i++) expect(pageOf(pages, `r${i}a1`)).toBe(pageOf(pages, `r${i}b1`));
  });

  it('splits a row taller than a page between lines', () => {
    const tall = row('t', 25);
    const pages = paginate([table([row('h', 1)], [row('r1', 1), tall, row('r3', 1)])], frame);
    const pageTexts = texts(pages);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // Every line of the tall cell is drawn exactly once, in order, across the pages.
    const tallLines = pageTexts.flat().filter((t) => t.startsWith('ta'));
    expect(tallLines).toEqual(lines('ta', 25).map((l) => l.pieces[0]!.text));
    // Each page starts with the header and stays inside the text area.
    for (const [i, page] of pageTexts.entries()) expect(page.slice(0, 2), `page ${i + 1}`).toEqual(['ha1', 'hb1']);
    for (const page of pages) {
      for (const item of page.items) {
        const bottom =
          item.kind === 'text'
            ? item.baseline - item.line.ascent + item.line.height
            : item.kind === 'rule'
              ? Math.max(item.y1, item.y2)
              : item.y + item.height;
        expect(bottom).toBeLessThanOrEqual(frame.top + frame.contentHeight + 1e-6);
      }
    }
    // The split starts on the page of the row before it: no half-empty page.
    expect(pageOf(pages, 'ta1')).toBe(pageOf(pages, 'r1a1'));
  });

  it('draws closed table borders on every page a table spans', () => {
    const rows = Array.from({ length: 12 }, (_, i) => row(`r${i + 1}`, 1));
    const pages = paginate([table([row('h', 1)], rows)], frame);
    for (const page of pages) {
      const rules = page.items.filter((i) => i.kind === 'rule');
      const horizontal = rules.filter((r) => r.y1 === r.y2).map((r) => r.y1);
      const tops = page.items.filter((i) => i.kind === 'text').map((i) => i.baseline - i.line.ascent - PAD);
      // A rule above the first row and below the last one on the page.
      expect(Math.min(...horizontal)).toBeCloseTo(Math.min(...tops), 6);
      expect(Math.max(...horizontal)).toBeGreaterThan(Math.max(...tops));
    }
  });

  it('leaves no page of a few lines before more text: lines move over from the page before', () => {
    // 13 lines: 10 fill page 1, 3 would stand alone on page 2 above a figure that does not fit.

    const pages = paginate([para('a', 13), figure, para('b', 3)], frame);
    const counts = pages.map(pageLineCount);
    for (const n of counts.slice(0, -1)) expect(n).toBeGreaterThanOrEqual(MIN_PAGE_LINES);
    expect(texts(pages)[1]).toEqual(['a9', 'a10', 'a11', 'a12', 'a13']);
    expect(texts(pages)[0]).toEqual(lines('a', 8).map((l) => l.pieces[0]!.text));
  });

  it('moves a heading along with the lines under it, and leaves a short page before a page break', () => {
    // Page 2 would hold only the last line of «a», the heading and two lines: the heading
    // must not stay behind at the bottom of page 1 when lines move.
    const pages = paginate([para('a', 6), heading('H'), para('b', 5), figure, para('c', 2), { kind: 'pageBreak' }, para('d', 12)], frame);
    for (const [i, n] of pages.map(pageLineCount).entries()) {
      const closedByBreak = texts(pages)[i + 1]?.[0] === 'd1';
      if (i < pages.length - 1 && !closedByBreak) expect(n, `page ${i + 1}`).toBeGreaterThanOrEqual(MIN_PAGE_LINES);
    }
    expect(pageOf(pages, 'H1')).toBe(pageOf(pages, 'b1'));
    // «c» is followed by a page break: its short page stays.
    expect(texts(pages)[pageOf(pages, 'c1')]).toEqual(['c1', 'c2']);
  });

  it('keeps a legend with the header and first rows of its table, and a note with the last row', () => {
    const legend = para('L', 1, { keepWithNext: true });
    const rows = Array.from({ length: 4 }, (_, i) => row(`r${i + 1}`, 1));
    // 7 lines, the legend, then the header and one row would just fit: the legend goes over.
    let pages = paginate([para('a', 7), legend, table([row('h', 1)], rows)], frame);
    expect(pageOf(pages, 'L1')).toBe(pageOf(pages, 'ha1'));
    expect(pageOf(pages, 'L1')).toBe(pageOf(pages, 'r2a1'));
    // A note under a table keeps the last row with it.
    const kept = { ...table([row('h', 1)], rows), keepWithNext: true };
    pages = paginate([para('a', 3), kept, para('N', 1)], frame);
    expect(pageOf(pages, 'N1')).toBe(pageOf(pages, 'r4a1'));
    expect(pageOf(pages, 'r1a1')).toBe(0);
  });

  it('places every line once and inside the text area, for any mix of blocks', () => {
    let id = 0;
    const block = fc.oneof(
      fc.integer({ min: 1, max: 15 }).map((n): FlowBlock => para(`p${id++}_`, n)),
      fc.constant(0).map((): FlowBlock => heading(`h${id++}_`)),
      fc.constant(0).map((): FlowBlock => ({ kind: 'pageBreak' })),
      fc.array(fc.integer({ min: 1, max: 14 }), { minLength: 1, maxLength: 8 }).map(
        (sizes): FlowBlock =>
          table(
            [row(`t${id++}h`, 1)],
            sizes.map((n) => row(`t${id++}r`, n)),
          ),
      ),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 25 }), (blocks) => {
        const pages = paginate(blocks, frame);
        const expected = blocks.flatMap((b) =>
          b.kind === 'lines' ? b.lines : b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.lines)) : [],
        );
        const placed = pages.flatMap((p) => p.items.flatMap((i) => (i.kind === 'text' ? [i.line] : [])));
        for (const l of expected) expect(placed.filter((p) => p === l)).toHaveLength(1);
        for (const page of pages) {
          for (const item of page.items) {
            const [top, bottom] =
              item.kind === 'text'
                ? [item.baseline - item.line.ascent, item.baseline - item.line.ascent + item.line.height]
                : item.kind === 'rule'
                  ? [Math.min(item.y1, item.y2), Math.max(item.y1, item.y2)]
                  : [item.y, item.y + item.height];
            expect(top).toBeGreaterThanOrEqual(frame.top - 1e-6);
            expect(bottom).toBeLessThanOrEqual(frame.top + frame.contentHeight + 1e-6);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
