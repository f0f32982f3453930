/**
 * Pagination: flow blocks onto pages, as a display list of positioned lines and rules.
 * Pure. Rules it keeps:
 *  - a heading (and any keepWithNext block) goes to the next page unless the first lines of
 *    the following block fit under it;
 *  - a paragraph leaves no single line at the bottom (orphan) or top (widow) of a page;
 *  - a table row that does not fit moves to the next page; a row taller than a page splits
 *    between lines; header rows repeat on every page the table runs onto.
 */
import type { CellBox, FlowBlock, LinesBlock, PageContent, PageFrame, PlacedItem, RowBox, TableBlock, TextLine } from './types.ts';

/** Lines a paragraph keeps together at the bottom and at the top of a page. */
const MIN_LINES = 2;
const EPSILON = 0.01;

const sumHeights = (lines: TextLine[]): number => lines.reduce((h, l) => h + l.height, 0);

/** Height of the smallest part of a block that may stand at the bottom of a page. */
function firstChunk(block: FlowBlock, frame: PageFrame): number {
  if (block.kind === 'pageBreak') return 0;
  if (block.kind === 'figure') return block.height;
  if (block.kind === 'lines') {
    const { lines } = block;
    if (block.keepTogether || lines.length < 2 * MIN_LINES) return sumHeights(lines);
    return sumHeights(lines.slice(0, MIN_LINES));
  }
  const header = block.header.reduce((h, r) => h + r.height, 0);
  const first = block.rows[0];
  if (!first) return header;
  if (first.height <= frame.contentHeight - header) return header + first.height;
  const firstLines = Math.max(...first.cells.map((c) => c.lines[0]?.height ?? 0));
  return header + firstLines + 2 * block.padY;
}

/** Height a block needs on the current page together with the blocks it keeps with. */
function keepNeed(blocks: FlowBlock[], i: number, frame: PageFrame, depth = 0): number {
  const block = blocks[i];
  if (!block || block.kind === 'pageBreak') return 0;
  const next = blocks[i + 1];
  if (!block.keepWithNext || !next || next.kind === 'pageBreak' || depth > 8) return firstChunk(block, frame);
  const own = block.kind === 'lines' ? sumHeights(block.lines) : firstChunk(block, frame);
  return own + block.spaceAfter + next.spaceBefore + keepNeed(blocks, i + 1, frame, depth + 1);
}

/** Splits a row so its first part is at most `height` tall; undefined when no line fits. */
export function splitRow(row: RowBox, height: number, padY: number, minContent: number): [RowBox, RowBox] | undefined {
  const room = height - 2 * padY;
  const head: CellBox[] = [];
  const tail: CellBox[] = [];
  let taken = 0;
  for (const cell of row.cells) {
    let h = 0;
    let n = 0;
    while (n < cell.lines.length && h + cell.lines[n]!.height <= room + EPSILON) h += cell.lines[n++]!.height;
    taken += n;
    head.push({ ...cell, lines: cell.lines.slice(0, n) });
    tail.push({ ...cell, lines: cell.lines.slice(n) });
  }
  if (taken === 0) return undefined;
  const heightOf = (cells: CellBox[]): number => Math.max(minContent, ...cells.map((c) => sumHeights(c.lines))) + 2 * padY;
  return [
    { cells: head, height: heightOf(head) },
    { cells: tail, height: heightOf(tail) },
  ];
}

class Pager {
  readonly pages: PageContent[] = [];
  /** Cursor below the top of the text area. */
  y = 0;
  readonly #frame: PageFrame;
  #page!: PageContent;

  constructor(frame: PageFrame) {
    this.#frame = frame;
    this.newPage();
  }

  get room(): number {
    return this.#frame.contentHeight - this.y;
  }

  /** Something is on the current page already. */
  get started(): boolean {
    return this.#page.items.length > 0 || this.y > 0;
  }

  newPage(): void {
    this.#page = { items: [] };
    this.pages.push(this.#page);
    this.y = 0;
  }

  line(line: TextLine, x: number, top: number): void {
    this.#page.items.push({ kind: 'text', line, x: this.#frame.left + x, baseline: this.#frame.top + top + line.ascent });
  }

  rule(x1: number, y1: number, x2: number, y2: number): void {
    const { left, top } = this.#frame;
    this.#page.items.push({ kind: 'rule', x1: left + x1, y1: top + y1, x2: left + x2, y2: top + y2 });
  }

  /** A figure's items, whose coordinates are relative to its top left corner at `y`. */
  figure(items: readonly PlacedItem[], y: number): void {
    const dx = this.#frame.left;
    const dy = this.#frame.top + y;
    for (const item of items) {
      if (item.kind === 'text') this.#page.items.push({ ...item, x: item.x + dx, baseline: item.baseline + dy });
      else if (item.kind === 'rule')
        this.#page.items.push({ ...item, x1: item.x1 + dx, y1: item.y1 + dy, x2: item.x2 + dx, y2: item.y2 + dy });
      else this.#page.items.push({ ...item, x: item.x + dx, y: item.y + dy });
    }
  }
}

function placeLines(block: LinesBlock, pager: Pager, frame: PageFrame): void {
  const { lines } = block;
  let from = 0;
  const put = (to: number): void => {
    for (let i = from; i < to; i++) {
      const line = lines[i]!;
      pager.line(line, 0, pager.y);
      pager.y += line.height;
    }
    from = to;
  };
  if (block.keepTogether && sumHeights(lines) > pager.room + EPSILON && pager.started && sumHeights(lines) <= frame.contentHeight) {
    pager.newPage();
  }
  while (from < lines.length) {
    let fit = 0;
    let h = 0;
    while (from + fit < lines.length && h + lines[from + fit]!.height <= pager.room + EPSILON) h += lines[from + fit++]!.height;
    const rest = lines.length - from;
    if (fit >= rest) {
      put(lines.length);
      return;
    }
    let take = fit;
    if (!block.keepTogether) {
      if (rest - take < MIN_LINES) take = rest - MIN_LINES;
      if (take < MIN_LINES && from === 0) take = 0;
    }
    if (take <= 0 && pager.started) {
      pager.newPage();
      continue;
    }
    // A fresh page that cannot hold the rest: fill it, at least one line.
    put(from + Math.max(1, take > 0 ? take : fit));
    pager.newPage();
  }
}

function placeTable(block: TableBlock, pager: Pager, frame: PageFrame): void {
  const { padY } = block;
  let fragmentTop = true;
  /** Only the repeated header is on this page so far, at its top. */
  let fresh = !pager.started;
  const placeRow = (row: RowBox): void => {
    const top = pager.y;
    for (const cell of row.cells) {
      let y = top + padY;
      for (const line of cell.lines) {
        pager.line(line, cell.x + cell.inset, y);
        y += line.height;
      }
    }
    if (block.borders) {
      const bottom = top + row.height;
      const left = row.cells[0]?.x ?? 0;
      const last = row.cells[row.cells.length - 1];
      const right = last ? last.x + last.width : 0;
      // The bottom rule of one row is the top rule of the next: draw it once.
      if (fragmentTop) pager.rule(left, top, right, top);
      pager.rule(left, bottom, right, bottom);
      for (const cell of row.cells) pager.rule(cell.x, top, cell.x, bottom);
      pager.rule(right, top, right, bottom);
    }
    fragmentTop = false;
    pager.y += row.height;
  };
  const continueOnNewPage = (): void => {
    pager.newPage();
    fragmentTop = true;
    fresh = true;
    for (const row of block.header) placeRow(row);
  };

  for (const row of block.header) placeRow(row);
  const headerHeight = block.header.reduce((h, r) => h + r.height, 0);
  for (const row of block.rows) {
    let current = row;
    for (;;) {
      if (current.height <= pager.room + EPSILON) {
        placeRow(current);
        fresh = false;
        break;
      }
      if (current.height <= frame.contentHeight - headerHeight + EPSILON && !fresh) {
        continueOnNewPage();
        continue;
      }
      // Taller than a page: split between lines, as much as fits here.
      const split = splitRow(current, pager.room, padY, block.minContent);
      if (!split) {
        if (fresh) {
          placeRow(current);
          fresh = false;
          break;
        }
        continueOnNewPage();
        continue;
      }
      placeRow(split[0]);
      current = split[1];
      continueOnNewPage();
    }
  }
}

export function paginate(blocks: FlowBlock[], frame: PageFrame): PageContent[] {
  const pager = new Pager(frame);
  let spaceAfter = 0;
  blocks.forEach((block, i) => {
    if (block.kind === 'pageBreak') {
      if (pager.started) pager.newPage();
      spaceAfter = 0;
      return;
    }
    if (pager.started) {
      const gap = spaceAfter + block.spaceBefore;
      const need = gap + keepNeed(blocks, i, frame);
      if (need > pager.room + EPSILON && need - gap <= frame.contentHeight) pager.newPage();
      else pager.y += gap;
    }
    if (block.kind === 'lines') placeLines(block, pager, frame);
    else if (block.kind === 'figure') {
      // Never split: the paginator has already moved it to a new page if it does not fit.
      pager.figure(block.items, pager.y);
      pager.y += block.height;
    } else placeTable(block, pager, frame);
    spaceAfter = block.spaceAfter;
  });
  return pager.pages;
}
