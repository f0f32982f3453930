/**
 * Line breaking: styled runs in, lines of measured pieces out. Pure (widths come from the
 * Measurer). Justified text is broken for the most even word spacing over the paragraph
 * (total fit, as in TeX); other alignments fill each line greedily, like a word processor.
 *
 * Lines break only at spaces (U+0020). U+00A0 is part of a word, so "1 234 567 ₽" never
 * splits. A word wider than a whole line (narrow table cells) is broken after one of its own
 * hyphens, else at a Russian hyphenation point with an inserted hyphen, else between
 * characters; such a word is marked as an /ActualText span so extraction reads it whole.
 * A word of a personal name (noHyphenate) is never broken inside: wider than its line, it
 * parts only at its no-break spaces («А.В.» / «Петров»), and a part still too wide
 * overruns the line rather than lose letters to the next one.
 */
import type { Align } from '../../model/types.ts';
import type { FontStyle, Hyphenator, InlineRun, Measurer, Piece } from './types.ts';

export interface BreakOptions {
  /** Font size, pt. */
  size: number;
  /** Available width of the first line (after a first-line indent), pt. */
  firstWidth: number;
  /** Available width of the other lines, pt. */
  width: number;
  align: Align;
}

export interface BrokenLine {
  pieces: Piece[];
  /** Natural width, pt. */
  width: number;
  /** Offset of the line from the start of its available width (centre/right alignment). */
  offset: number;
  /** Extra advance after each inter-word space (justified lines), pt. */
  wordGap: number;
}

interface WordPart {
  text: string;
  style: FontStyle;
}

type Token =
  | { kind: 'word'; parts: WordPart[]; width: number; keep: boolean }
  | { kind: 'space'; text: string; style: FontStyle; width: number }
  | { kind: 'newline' };
type WordToken = Extract<Token, { kind: 'word' }>;
type SpaceToken = Extract<Token, { kind: 'space' }>;

const EPSILON = 0.01;
const HYPHEN = '-';
/** Characters after which a word may break without adding a hyphen. */
const NATURAL_BREAK = new Set(['-', '\u2010', '\u2013', '\u2014', '/']);
const NBSP = '\u00a0';

function tokenize(runs: InlineRun[], size: number, measurer: Measurer): Token[] {
  const tokens: Token[] = [];
  let word: WordPart[] | undefined;
  let keep = false;
  const flushWord = (): void => {
    if (!word) return;
    let width = 0;
    for (const part of word) width += measurer.width(part.text, part.style) * size;
    tokens.push({ kind: 'word', parts: word, width, keep });
    word = undefined;
    keep = false;
  };
  for (const run of runs) {
    // Soft hyphens are hints for other renderers; here only real overflow hyphenates. NFC,
    // because glyphs are drawn one per character without mark positioning.
    const text = run.text
      .normalize('NFC')
      .replace(/\u00ad|\r/g, '')
      .replace(/\t/g, ' ');
    for (const chunk of text.split(/( +|\n)/)) {
      if (chunk === '') continue;
      if (chunk === '\n') {
        flushWord();
        tokens.push({ kind: 'newline' });
      } else if (chunk[0] === ' ') {
        flushWord();
        tokens.push({ kind: 'space', text: chunk, style: run.style, width: measurer.width(chunk, run.style) * size });
      } else {
        word ??= [];
        word.push({ text: chunk, style: run.style });
        // A word with any part of a name in it is kept whole, as the name is.
        if (run.noHyphenate) keep = true;
      }
    }
  }
  flushWord();
  return tokens;
}

class LineBuilder {
  readonly lines: BrokenLine[] = [];
  pieces: Piece[] = [];
  width = 0;
  spaces = 0;
  readonly #opts: BreakOptions;

  constructor(opts: BreakOptions) {
    this.#opts = opts;
  }

  get available(): number {
    return this.lines.length === 0 ? this.#opts.firstWidth : this.#opts.width;
  }

  get empty(): boolean {
    return this.pieces.length === 0;
  }

  push(piece: Piece): void {
    this.pieces.push(piece);
    this.width += piece.width;
    if (piece.space) this.spaces++;
  }

  /** Ends the current line; `last` lines (paragraph end, hard break) are not justified. */
  finish(last: boolean): void {
    const available = this.available;
    const slack = available - this.width;
    const { align } = this.#opts;
    let offset = 0;
    let wordGap = 0;
    if (align === 'center') offset = Math.max(0, slack / 2);
    else if (align === 'right') offset = Math.max(0, slack);
    else if (align === 'justify' && !last && this.spaces > 0 && slack > 0) wordGap = slack / this.spaces;
    this.lines.push({ pieces: this.pieces, width: this.width, offset, wordGap });
    this.pieces = [];
    this.width = 0;
    this.spaces = 0;
  }
}

interface Glyph {
  ch: string;
  style: FontStyle;
  width: number;
  /** UTF-16 index of the character in the word. */
  at: number;
}

interface BreakPoint {
  /** Index into the glyph list: the break falls before this glyph. */
  index: number;
  hyphen: boolean;
}

/**
 * Break candidates inside a word: after its own hyphens (nothing added), at hyphenation points
 * (a hyphen added); inside a name only after its no-break spaces.
 */
function breakPoints(glyphs: Glyph[], text: string, hyphenate: Hyphenator, keep: boolean): BreakPoint[] {
  if (keep) {
    const points: BreakPoint[] = [];
    for (let i = 1; i < glyphs.length; i++) if (glyphs[i - 1]!.ch === NBSP) points.push({ index: i, hyphen: false });
    return points;
  }
  const byUnit = new Map<number, number>();
  glyphs.forEach((g, i) => byUnit.set(g.at, i));
  const points: BreakPoint[] = [];
  for (let i = 1; i < glyphs.length; i++) {
    if (NATURAL_BREAK.has(glyphs[i - 1]!.ch)) points.push({ index: i, hyphen: false });
  }
  for (const unit of hyphenate(text)) {
    const index = byUnit.get(unit);
    if (index === undefined || index === 0) continue;
    // No inserted hyphen next to a hyphen the word already has.
    if (NATURAL_BREAK.has(glyphs[index - 1]!.ch) || NATURAL_BREAK.has(glyphs[index]!.ch)) continue;
    points.push({ index, hyphen: true });
  }
  return points;
}

function piecesOf(glyphs: Glyph[], from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece | undefined;
  for (let i = from; i < to; i++) {
    const g = glyphs[i]!;
    if (current && current.style === g.style) {
      current.text += g.ch;
      current.width += g.width;
    } else {
      current = { text: g.ch, style: g.style, width: g.width, space: false };
      pieces.push(current);
    }
  }
  return pieces;
}

/** Places a word that is wider than a whole line, breaking it as often as needed. */
function placeOverwideWord(
  word: WordToken,
  space: SpaceToken | undefined,
  line: LineBuilder,
  size: number,
  measurer: Measurer,
  hyphenate: Hyphenator,
): void {
  const text = word.parts.map((p) => p.text).join('');
  const glyphs: Glyph[] = [];
  let at = 0;
  for (const part of word.parts) {
    for (const ch of part.text) {
      glyphs.push({ ch, style: part.style, width: measurer.width(ch, part.style) * size, at });
      at += ch.length;
    }
  }
  const prefix = [0];
  for (const g of glyphs) prefix.push(prefix[prefix.length - 1]! + g.width);
  const widthOf = (from: number, to: number): number => prefix[to]! - prefix[from]!;
  const points = breakPoints(glyphs, text, hyphenate, word.keep);

  let start = 0;
  let first = true;
  let pendingSpace = line.empty ? undefined : space;
  const emit = (to: number, hyphen: boolean): void => {
    if (pendingSpace) line.push({ text: pendingSpace.text, style: pendingSpace.style, width: pendingSpace.width, space: true });
    pendingSpace = undefined;
    const pieces = piecesOf(glyphs, start, to);
    if (hyphen) {
      const style = glyphs[to - 1]!.style;
      pieces.push({ text: HYPHEN, style, width: measurer.width(HYPHEN, style) * size, space: false, hyphen: true });
    }
    const whole = first && to === glyphs.length;
    if (first && !whole) pieces[0]!.spanStart = text;
    if (to === glyphs.length && !whole) pieces[pieces.length - 1]!.spanEnd = true;
    for (const piece of pieces) line.push(piece);
    first = false;
    start = to;
  };

  while (start < glyphs.length) {
    const room = line.available - line.width - (pendingSpace?.width ?? 0);
    if (widthOf(start, glyphs.length) <= room + EPSILON) {
      emit(glyphs.length, false);
      return;
    }
    let best: BreakPoint | undefined;
    for (const p of points) {
      if (p.index <= start || p.index >= glyphs.length) continue;
      const w = widthOf(start, p.index) + (p.hyphen ? measurer.width(HYPHEN, glyphs[p.index - 1]!.style) * size : 0);
      if (w <= room + EPSILON && (!best || p.index > best.index)) best = p;
    }
    if (!best && !line.empty) {
      // Nothing fits after the text already on this line: start the word on a fresh line.
      line.finish(false);
      pendingSpace = undefined;
      continue;
    }
    if (!best && word.keep) {
      // A name part wider than the whole line stands alone on it, overrunning it.
      best = points.find((p) => p.index > start) ?? { index: glyphs.length, hyphen: false };
    }
    if (!best) {
      let index = start + 1;
      while (index < glyphs.length && widthOf(start, index + 1) <= room + EPSILON) index++;
      best = { index, hyphen: false };
    }
    emit(best.index, best.hyphen);
    line.finish(false);
  }
}

/** A word and the space before it (none at the start of a segment). */
interface Entry {
  word: WordToken;
  space?: SpaceToken;
}

/** Tokens split at hard line breaks; spaces attach to the following word. */
function segments(tokens: Token[]): Entry[][] {
  const out: Entry[][] = [[]];
  let space: SpaceToken | undefined;
  for (const token of tokens) {
    const current = out[out.length - 1]!;
    if (token.kind === 'newline') {
      out.push([]);
      space = undefined;
    } else if (token.kind === 'space') {
      // Leading spaces are dropped; several in a row count once.
      if (current.length > 0) space ??= token;
    } else {
      current.push(space ? { word: token, space } : { word: token });
      space = undefined;
    }
  }
  return out;
}

function pushWord(line: LineBuilder, entry: Entry, withSpace: boolean, size: number, measurer: Measurer): void {
  const { space, word } = entry;
  if (withSpace && space) line.push({ text: space.text, style: space.style, width: space.width, space: true });
  for (const part of word.parts)
    line.push({ text: part.text, style: part.style, width: measurer.width(part.text, part.style) * size, space: false });
}

/** How much a space is expected to stretch, as a share of its width. */
const STRETCH = 0.5;
/** Stretch assumed for a line without spaces, pt: anything but a full line is very bad. */
const RIGID = 0.1;

/**
 * Break positions (index after each line's last word) that keep the inter-word gaps of a
 * justified paragraph as even as possible: total fit over the whole paragraph, like TeX,
 * instead of filling each line greedily and leaving the slack where it falls. Undefined
 * when some word fits no line, which the greedy breaker handles (it may hyphenate).
 */
function evenBreaks(entries: Entry[], firstWidth: number, width: number): number[] | undefined {
  const n = entries.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(0);
  const lines = new Array<number>(n + 1).fill(0);
  cost[0] = 0;
  for (let a = 0; a < n; a++) {
    if (cost[a] === Infinity) continue;
    const available = a === 0 ? firstWidth : width;
    let natural = 0;
    let stretch = 0;
    for (let b = a + 1; b <= n; b++) {
      const entry = entries[b - 1]!;
      if (b > a + 1) {
        natural += entry.space?.width ?? 0;
        stretch += (entry.space?.width ?? 0) * STRETCH;
      }
      natural += entry.word.width;
      if (natural > available + EPSILON) break;
      let demerits = 0;
      if (b < n) {
        // Badness as in TeX: cubic in how far the spaces must stretch; not capped, so a very
        // loose line always loses to a less loose one.
        const ratio = Math.max(0, available - natural) / Math.max(stretch, RIGID);
        demerits = (10 + 100 * ratio ** 3) ** 2;
      }
      const total = cost[a]! + demerits;
      // Equal cost: prefer fewer lines.
      if (total < cost[b]! || (total === cost[b]! && lines[a]! + 1 < lines[b]!)) {
        cost[b] = total;
        from[b] = a;
        lines[b] = lines[a]! + 1;
      }
    }
  }
  if (cost[n] === Infinity) return undefined;
  const ends: number[] = [];
  for (let b = n; b > 0; b = from[b]!) ends.unshift(b);
  return ends;
}

/** Greedy first fit: as many words on each line as fit; words wider than a line are broken. */
function greedy(entries: Entry[], line: LineBuilder, opts: BreakOptions, measurer: Measurer, hyphenate: Hyphenator): void {
  for (const entry of entries) {
    const { word, space } = entry;
    const gap = line.empty ? 0 : (space?.width ?? 0);
    if (line.width + gap + word.width <= line.available + EPSILON) {
      pushWord(line, entry, !line.empty, opts.size, measurer);
    } else if (word.width > opts.width + EPSILON || (line.empty && word.width > line.available + EPSILON)) {
      placeOverwideWord(word, space, line, opts.size, measurer, hyphenate);
    } else {
      line.finish(false);
      pushWord(line, entry, false, opts.size, measurer);
    }
  }
}

export function breakLines(runs: InlineRun[], opts: BreakOptions, measurer: Measurer, hyphenate: Hyphenator): BrokenLine[] {
  const parts = segments(tokenize(runs, opts.size, measurer));
  const line = new LineBuilder(opts);
  parts.forEach((entries, i) => {
    const ends = opts.align === 'justify' && entries.length > 1 && line.empty ? evenBreaks(entries, line.available, opts.width) : undefined;
    if (ends) {
      let start = 0;
      for (const end of ends) {
        for (let k = start; k < end; k++) pushWord(line, entries[k]!, k > start, opts.size, measurer);
        if (end < entries.length) line.finish(false);
        start = end;
      }
    } else {
      greedy(entries, line, opts, measurer, hyphenate);
    }
    // Every hard break ends a line, even an empty one; the paragraph's end only a non-empty one.
    if (i < parts.length - 1 || !line.empty) line.finish(true);
  });
  return line.lines;
}
