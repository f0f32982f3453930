/**
 * Shared by the block layouts: what they need to know (theme in points, measurer,
 * hyphenation) and how a run list becomes positioned TextLines.
 */
import type { Align, Run } from '../../model/types.ts';
import type { Theme } from '../theme.ts';
import { breakLines } from './linebreak.ts';
import type { FontStyle, Hyphenator, InlineRun, Measurer, PageFrame, TextLine } from './types.ts';

export interface LayoutContext {
  theme: Theme;
  frame: PageFrame;
  measurer: Measurer;
  hyphenate: Hyphenator;
  /** Ascender and descender of the body face, em. */
  ascent: number;
  descent: number;
}

export interface SetOptions {
  size: number;
  align: Align;
  /** Left of the first line and of the others, relative to the box. */
  firstX: number;
  x: number;
  /** Right edge of the text, relative to the box. */
  right: number;
}

export function styleOf(run: { bold?: boolean; italic?: boolean }): FontStyle {
  if (run.bold) return run.italic ? 'boldItalic' : 'bold';
  return run.italic ? 'italic' : 'regular';
}

export function inlineRuns(runs: Run[], forceBold = false): InlineRun[] {
  return runs.map((run) => ({
    text: run.text,
    style: styleOf({ bold: forceBold || run.bold, italic: run.italic }),
    ...(run.noHyphenate ? { noHyphenate: true } : {}),
  }));
}

/** Line box height and the baseline inside it, centring the font's ascender+descender. */
export function lineMetrics(size: number, ctx: LayoutContext): { height: number; ascent: number } {
  const height = size * ctx.theme.lineHeight;
  const ink = (ctx.ascent + ctx.descent) * size;
  return { height, ascent: (height - ink) / 2 + ctx.ascent * size };
}

/** Breaks runs into lines; an empty paragraph still takes one (empty) line. */
export function setText(runs: InlineRun[], opts: SetOptions, ctx: LayoutContext): TextLine[] {
  const { height, ascent } = lineMetrics(opts.size, ctx);
  const broken = breakLines(
    runs,
    { size: opts.size, align: opts.align, firstWidth: opts.right - opts.firstX, width: opts.right - opts.x },
    ctx.measurer,
    ctx.hyphenate,
  );
  if (broken.length === 0) return [{ pieces: [], size: opts.size, x: opts.firstX, width: 0, wordGap: 0, height, ascent }];
  return broken.map((line, i) => ({
    pieces: line.pieces,
    size: opts.size,
    x: (i === 0 ? opts.firstX : opts.x) + line.offset,
    width: line.width,
    wordGap: line.wordGap,
    height,
    ascent,
  }));
}
