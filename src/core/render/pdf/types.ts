/**
 * Data passed between the PDF stages: measured lines, laid-out blocks and the per-page
 * display list. Plain data only, so every stage before drawing is a pure function.
 * Lengths are PDF points; y grows downwards from the top of the page (the drawer flips it).
 */

import type { ImageFile } from '../../model/types.ts';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** A font actually drawn: one of the four faces or the wide-coverage fallback. */
export type FaceId = FontStyle | 'fallback';

/** How wide text is, in em; the fallback for missing glyphs is resolved inside. */
export interface Measurer {
  width(text: string, style: FontStyle): number;
}

/** Where a word too wide for its line may be hyphenated: indices a hyphen may go before. */
export type Hyphenator = (word: string) => number[];

/** A piece of styled text from the model, before line breaking. */
export interface InlineRun {
  text: string;
  style: FontStyle;
  /** A personal name: its words are never hyphenated or broken inside (Run.noHyphenate). */
  noHyphenate?: boolean;
}

/**
 * A stretch of a line in one style. Inter-word spaces are pieces of their own, so the
 * drawer can widen exactly them when justifying.
 */
export interface Piece {
  text: string;
  style: FontStyle;
  /** Natural width at the line's size, pt. */
  width: number;
  space: boolean;
  /** A hyphen inserted where a word was broken (not part of the text). */
  hyphen?: boolean;
  /**
   * A word broken over lines is wrapped in an /ActualText span holding the whole word, so
   * text extraction reads the word and not its hyphenated halves.
   */
  spanStart?: string;
  spanEnd?: boolean;
}

export interface TextLine {
  pieces: Piece[];
  size: number;
  /** Left of the first glyph, relative to the box the line sits in (alignment included). */
  x: number;
  /** Natural width, pt (before justification). */
  width: number;
  /** Extra advance after each inter-word space when justified, pt. */
  wordGap: number;
  /** Line advance, pt. */
  height: number;
  /** Baseline offset from the top of the line box, pt. */
  ascent: number;
  /** A list marker drawn on the same baseline at its own x (relative like `x`). */
  lead?: { pieces: Piece[]; x: number };
  /** Text colour, RGB in 0..1; black when absent (a firm's accent on headings, its grey header). */
  color?: readonly [number, number, number];
}

/** Consecutive lines of one paragraph-like block (paragraph, heading, approval). */
export interface LinesBlock {
  kind: 'lines';
  lines: TextLine[];
  spaceBefore: number;
  spaceAfter: number;
  /** Never split over pages (headings, the approval block). */
  keepTogether: boolean;
  /** Stay on the page of the next block's first lines. */
  keepWithNext: boolean;
}

export interface CellBox {
  /** Left edge of the cell (border), relative to the text area. */
  x: number;
  width: number;
  /** Left padding: where the content box starts inside the cell. */
  inset: number;
  /** Lines with `x` relative to the cell's content box. */
  lines: TextLine[];
}

export interface RowBox {
  cells: CellBox[];
  /** Full height including vertical padding. */
  height: number;
}

export interface TableBlock {
  kind: 'table';
  header: RowBox[];
  rows: RowBox[];
  borders: boolean;
  padY: number;
  /** Minimum content height of a row (an empty row is still a line high). */
  minContent: number;
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext: boolean;
  /** A firm's fill behind the header rows, RGB in 0..1. */
  headerFill?: readonly [number, number, number];
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

/**
 * A drawing that is never split over pages (a chart): its items are placed relative to the
 * block's top left corner in the text area, and the paginator moves them onto the page.
 */
export interface FigureBlock {
  kind: 'figure';
  items: PlacedItem[];
  height: number;
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext: boolean;
}

export type FlowBlock = LinesBlock | TableBlock | PageBreakBlock | FigureBlock;

/** The printable area of a page. */
export interface PageFrame {
  width: number;
  height: number;
  left: number;
  top: number;
  /** Text width. */
  contentWidth: number;
  /** Text height. */
  contentHeight: number;
}

/** A line of text placed on a page: `x` of the line origin, `baseline` from the page top. */
export interface PlacedText {
  kind: 'text';
  line: TextLine;
  x: number;
  baseline: number;
}

/** A thin straight rule (table borders). */
export interface PlacedRule {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A filled rectangle (chart bars); `y` is its top edge, colour RGB in 0..1. */
export interface PlacedRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: readonly [number, number, number];
}

/** A picture (a logo); `y` is its top edge. */
export interface PlacedImage {
  kind: 'image';
  x: number;
  y: number;
  width: number;
  height: number;
  image: ImageFile;
}

export type PlacedItem = PlacedText | PlacedRule | PlacedRect | PlacedImage;

export interface PageContent {
  items: PlacedItem[];
}
