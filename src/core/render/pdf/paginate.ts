/**
 * Pagination: flow blocks onto pages, as a display list of positioned lines and rules.
 * Pure. Rules it keeps:
 *  - a heading (and any keepWithNext block) goes to the next page unless the first lines of
 *    the following block fit under it;
 *  - a paragraph leaves no single line at the bottom (orphan) or top (widow) of a page;
 *  - a table row that does not fit moves to the next page; a row taller than a page splits
 *    between lines; header rows repeat on every page the table runs onto;
 *  - a paragraph kept with a table (its legend) goes with the header and the first rows; a
 *    table kept with the next block (a note under it) takes its last row along;
 *  - no page but the last, or one closed by a page break, carries fewer than MIN_PAGE_LINES
 *    lines: lines move forward from the page before until it does (see `paginate`).
 */
import type { CellBox, FlowBlock, LinesBlock, PageContent, PageFrame, PlacedItem, RowBox, TableBlock, TextLine } from './types.ts';

/** Lines a paragraph keeps together at the bottom and at the top of a page. */
const MIN_LINES = 2;
/** Body rows a table keeps with its header and with a legend above it. */
const MIN_ROWS = 2;
/** Fewer lines than this on a page that is followed by more flowing text read as a stray tail. */
export const MIN_PAGE_LINES = 5;
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
  if (first.height > frame.contentHeight - header) {
    const firstLines = Math.max(...first.cells.map((c) => c.lines[0]?.height ?? 0));
    return header + firstLines + 2 * block.padY;
  }
  // The first rows, as many of MIN_ROWS as a page holds: a header over a single row reads as a
  // table cut off.
  let need = header + first.height;
  for (const row of block.rows.slice(1, MIN_ROWS)) {
    if (need + row.height > frame.contentHeight) break;
    need += row.height;
  }
  return need;
}

/** Height a block needs on the current page together with the blocks it keeps with. */
function keepNeed(blocks: FlowBlock[], i: number, frame: PageFrame, depth = 0): number {
  const block = blocks[i];
  if (!block || block.kind === 'pageBreak') return 0;
  const next = blocks[i + 1];
  if (!block.keepWithNext || !next || next.kind === 'pageBreak' || depth > 8) return firstChunk(block, frame);
  // A paragraph long enough to split may start here: placeLines carries its last lines over
  // with what it keeps with. A table keeps its last row with the next block the same way.
  if (splittable(block) || block.kind === 'table') return firstChunk(block, frame);
  const own = block.kind === 'lines' ? sumHeights(block.lines) : firstChunk(block, frame);
  return own + block.spaceAfter + next.spaceBefore + keepNeed(blocks, i + 1, frame, depth + 1);
}

const splittable = (block: FlowBlock): boolean => block.kind === 'lines' && !block.keepTogether && block.lines.length >= 2 * MIN_LINES;

/** Height the blocks after `i` need on the page of its end, when it keeps with them. */
function tailNeed(blocks: FlowBlock[], i: number, frame: PageFrame): number {
  const block = blocks[i];
  const next = blocks[i + 1];
  if (!block || block.kind === 'pageBreak' || !block.keepWithNext || !next || next.kind === 'pageBreak') return 0;
  return block.spaceAfter + next.spaceBefore + keepNeed(blocks, i + 1, frame);
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

/**
 * A unit of flow placed on a page: a line of a lines block, a body row of a table, a figure.
 * `unit` is the line or row index; `lines` how many text lines it adds to the page.
 */
interface Mark {
  block: number;
  unit: number;
  lines: number;
}

/** A position in the flow where a page must start: before unit `unit` of block `block`. */
const positionKey = (block: number, unit: number): string => `${block}:${unit}`;

class Pager {
  readonly pages: PageContent[] = [];
  /** Per page, the units on it in order. */
  readonly marks: Mark[][] = [];
  /** Pages a page break ended (the next page was started by it). */
  readonly closedByBreak = new Set<number>();
  /** Cursor below the top of the text area. */
  y = 0;
  readonly #frame: PageFrame;
  readonly #breaks: ReadonlySet<string>;
  #page!: PageContent;

  constructor(frame: PageFrame, breaks: ReadonlySet<string>) {
    this.#frame = frame;
    this.#breaks = breaks;
    this.newPage();
  }

  mark(block: number, unit: number, lines: number): void {
    this.marks[this.marks.length - 1]!.push({ block, unit, lines });
  }

  /** A page must start before this unit (see `paginate`). */
  forced(block: number, unit: number): boolean {
    return this.#breaks.has(positionKey(block, unit));
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
    this.marks.push([]);
    this.y = 0;
  }

  line(line: TextLine, x: number, top: number): void {
    this.#page.items.push({ kind: 'text', line, x: this.#frame.left + x, baseline: this.#frame.top + top + line.ascent });
  }

  /** A filled rectangle under the text (a table header's fill). */
  rect(x: number, y: number, width: number, height: number, fill: readonly [number, number, number]): void {
    this.#page.items.push({ kind: 'rect', x: this.#frame.left + x, y: this.#frame.top + y, width, height, fill });
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

/**
 * `tail`: what must follow the block's last lines on their page (a table it introduces); the
 * block then leaves at least MIN_LINES lines for that page rather than end at the bottom of this one.
 */
function placeLines(block: LinesBlock, index: number, pager: Pager, frame: PageFrame, tail: number): void {
  const { lines } = block;
  let from = 0;
  const put = (to: number): void => {
    for (let i = from; i < to; i++) {
      const line = lines[i]!;
      pager.line(line, 0, pager.y);
      pager.mark(index, i, 1);
      pager.y += line.height;
    }
    from = to;
  };
  if (block.keepTogether && sumHeights(lines) > pager.room + EPSILON && pager.started && sumHeights(lines) <= frame.contentHeight) {
    pager.newPage();
  }
  while (from < lines.length) {
    if (from > 0 && pager.started && pager.forced(index, from)) pager.newPage();
    let fit = 0;
    let h = 0;
    while (from + fit < lines.length && h + lines[from + fit]!.height <= pager.room + EPSILON) {
      // A forced page start inside the block ends what this page takes of it.
      if (fit > 0 && pager.forced(index, from + fit)) break;
      h += lines[from + fit++]!.height;
    }
    const rest = lines.length - from;
    const fitsWithTail = h + tail <= pager.room + EPSILON || !pager.started || tail > frame.contentHeight;
    if (fit >= rest && (fitsWithTail || block.keepTogether || rest <= MIN_LINES)) {
      put(lines.length);
      return;
    }
    // All of it fits but not with what it keeps with: its last lines go on to the next page.
    if (fit >= rest) fit = rest - MIN_LINES;
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

/** `tail`: what must follow the last row on its page (a note under the table). */
function placeTable(block: TableBlock, index: number, pager: Pager, frame: PageFrame, tail: number): void {
  const { padY } = block;
  let fragmentTop = true;
  /** Only the repeated header is on this page so far, at its top. */
  let fresh = !pager.started;
  /** Body rows of this table on the current page. */
  let rowsOnPage = 0;
  const placeRow = (row: RowBox, header = false): void => {
    const top = pager.y;
    const left = row.cells[0]?.x ?? 0;
    const lastCell = row.cells[row.cells.length - 1];
    if (header && block.headerFill && lastCell) pager.rect(left, top, lastCell.x + lastCell.width - left, row.height, block.headerFill);
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
    rowsOnPage = 0;
    for (const row of block.header) placeRow(row, true);
  };

  for (const row of block.header) placeRow(row, true);
  const headerHeight = block.header.reduce((h, r) => h + r.height, 0);
  const last = block.rows.length - 1;
  block.rows.forEach((row, r) => {
    if (rowsOnPage > 0 && pager.forced(index, r)) continueOnNewPage();
    let current = row;
    for (;;) {
      // The last row takes along what the table keeps with, unless it is alone under the header.
      const carry = r === last && rowsOnPage > 0 && tail <= frame.contentHeight - headerHeight - row.height;
      const need = carry ? current.height + tail : current.height;
      if (need <= pager.room + EPSILON) {
        placeRow(current);
        pager.mark(index, r, Math.max(0, ...current.cells.map((c) => c.lines.length)));
        fresh = false;
        rowsOnPage++;
        break;
      }
      if (carry && current.height <= pager.room + EPSILON) {
        continueOnNewPage();
        continue;
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
          pager.mark(index, r, Math.max(0, ...current.cells.map((c) => c.lines.length)));
          fresh = false;
          break;
        }
        continueOnNewPage();
        continue;
      }
      placeRow(split[0]);
      pager.mark(index, r, Math.max(0, ...split[0].cells.map((c) => c.lines.length)));
      current = split[1];
      continueOnNewPage();
    }
  });
}

function flow(blocks: FlowBlock[], frame: PageFrame, breaks: ReadonlySet<string>): Pager {
  const pager = new Pager(frame, breaks);
  let spaceAfter = 0;
  blocks.forEach((block, i) => {
    if (block.kind === 'pageBreak') {
      if (pager.started) {
        pager.closedByBreak.add(pager.pages.length - 1);
        pager.newPage();
      }
      spaceAfter = 0;
      return;
    }
    if (pager.started && pager.forced(i, 0)) pager.newPage();
    else if (pager.started) {
      const gap = spaceAfter + block.spaceBefore;
      const need = gap + keepNeed(blocks, i, frame);
      if (need > pager.room + EPSILON && need - gap <= frame.contentHeight) pager.newPage();
      else pager.y += gap;
    }
    const tail = tailNeed(blocks, i, frame);
    if (block.kind === 'lines') placeLines(block, i, pager, frame, tail);
    else if (block.kind === 'figure') {
      // Never split: the paginator has already moved it to a new page if it does not fit.
      pager.figure(block.items, pager.y);
      pager.mark(i, 0, new Set(block.items.flatMap((item) => (item.kind === 'text' ? [item.baseline] : []))).size);
      pager.y += block.height;
    } else placeTable(block, i, pager, frame, tail);
    spaceAfter = block.spaceAfter;
  });
  return pager;
}

/** Text lines on a page: distinct baselines (the cells of a table row share theirs). */
export function pageLineCount(page: PageContent): number {
  return new Set(page.items.flatMap((item) => (item.kind === 'text' ? [Math.round(item.baseline * 100)] : []))).size;
}

/**
 * Where a page must start so that the first short page gets MIN_PAGE_LINES lines: the last
 * lines of the page before it move forward. Undefined when no page is short, or when moving
 * lines would break another rule (orphans, widows, a heading or legend left behind) or leave
 * the page before short in its turn.
 */
function shortPageFix(pager: Pager, blocks: FlowBlock[]): string | undefined {
  const { pages, marks } = pager;
  for (let s = 1; s < pages.length - 1; s++) {
    if (pager.closedByBreak.has(s)) continue;
    const count = pageLineCount(pages[s]!);
    if (count === 0 || count >= MIN_PAGE_LINES) continue;
    const before = marks[s - 1]!;
    if (pager.closedByBreak.has(s - 1) || before.length === 0) continue;
    // Walk back from the end of the page before until enough lines would move.
    let k = before.length;
    let moved = 0;
    while (k > 0 && moved < MIN_PAGE_LINES - count) moved += before[--k]!.lines;
    k = settle(before, k, blocks, marks[s]!);
    if (k <= 0) continue;
    const kept = before.slice(0, k).reduce((n, m) => n + m.lines, 0);
    if (kept < MIN_PAGE_LINES) continue;
    return positionKey(before[k]!.block, before[k]!.unit);
  }
  return undefined;
}

/**
 * Moves a candidate page start `k` (an index into the page's marks) back until cutting there
 * keeps the paragraph rules: MIN_LINES of a paragraph on each side of the cut, and a block
 * kept with the next (heading, legend) not left behind.
 */
function settle(page: Mark[], k: number, blocks: FlowBlock[], nextPage: Mark[]): number {
  for (let guard = 0; guard < page.length && k > 0; guard++) {
    const at = page[k]!;
    const block = blocks[at.block]!;
    const firstOnPage = page.findIndex((m) => m.block === at.block);
    if (block.kind === 'lines' && k > firstOnPage) {
      const left = k - firstOnPage + (page[firstOnPage]!.unit > 0 ? MIN_LINES : 0);
      const lastOnPage = page.findLastIndex((m) => m.block === at.block);
      const continues = nextPage[0]?.block === at.block;
      const right = lastOnPage - k + 1 + (continues ? MIN_LINES : 0);
      if (right < MIN_LINES) {
        k = lastOnPage - MIN_LINES + 1;
        continue;
      }
      if (left < MIN_LINES) {
        k = firstOnPage;
        continue;
      }
      return k;
    }
    if (k > firstOnPage) return k;
    // At the start of a block on this page: what is kept with it comes along.
    const previous = page[k - 1];
    const keeper = previous ? blocks[previous.block] : undefined;
    if (previous && keeper && keeper.kind !== 'pageBreak' && keeper.keepWithNext && previous.block === at.block - 1) {
      k = page.findIndex((m) => m.block === previous.block);
      // A long paragraph may split: only its last lines need to come.
      if (splittable(keeper)) k = Math.max(k, page.findLastIndex((m) => m.block === previous.block) - MIN_LINES + 1);
      continue;
    }
    return k;
  }
  return k;
}

/**
 * Flows the blocks onto pages. A page that would carry only a few lines before more flowing
 * text (a paragraph's tail ahead of a table or a figure that did not fit) takes lines from the
 * page before: a page start is forced a few lines earlier and the flow laid out again, until
 * no page is short or nothing can move.
 */
export function paginate(blocks: FlowBlock[], frame: PageFrame): PageContent[] {
  const breaks = new Set<string>();
  let pager = flow(blocks, frame, breaks);
  for (let round = 0; round < 2 * pager.pages.length + 4; round++) {
    const fix = shortPageFix(pager, blocks);
    if (fix === undefined || breaks.has(fix)) break;
    const next = flow(blocks, frame, new Set([...breaks, fix]));
    // A fix that leaves more short pages, or one earlier than before (the moved lines pushed
    // something else over), is no progress: keep the flow as it was.
    const [before, after] = [shortPages(pager), shortPages(next)];
    if (after.length > before.length || (after.length === before.length && (after[0] ?? Infinity) <= (before[0] ?? Infinity))) break;
    breaks.add(fix);
    pager = next;
  }
  return pager.pages;
}

/** Short pages (see shortPageFix): neither the first nor the last, nor closed by a page break. */
function shortPages(pager: Pager): number[] {
  const short: number[] = [];
  for (let s = 1; s < pager.pages.length - 1; s++) {
    if (pager.closedByBreak.has(s)) continue;
    const count = pageLineCount(pager.pages[s]!);
    if (count > 0 && count < MIN_PAGE_LINES) short.push(s);
  }
  return short;
}
