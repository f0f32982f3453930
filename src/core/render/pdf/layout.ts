/**
 * Layout: model blocks to measured flow blocks (lines with their x, heights and spacing).
 * Pure; page breaks are decided later by the paginator. Typographic choices of a Russian
 * Положение live here: centred bold section headings, clause numbers on the first line at
 * the paragraph indent with wrapped lines back at the margin, "–" lists with a hanging indent.
 */
import type { Approval, Block, Heading, Image, List, Paragraph } from '../../model/types.ts';
import { rgb01 } from '../chart-style.ts';
import { headingSize, mmToPt } from '../theme.ts';
import { inlineRuns, setText, type LayoutContext } from './setting.ts';
import { layoutTable } from './table-layout.ts';
import { layoutChart } from './chart.ts';
import type { FigureBlock, FlowBlock, InlineRun, LinesBlock, Piece, TextLine } from './types.ts';

import { APPROVAL_WIDTH_MM, LIST_HANG_MM, LIST_LETTERS, MIN_SIGNATURE_RULE, SIGNATURE_LINE } from '../conventions.ts';

function linesBlock(lines: TextLine[], spaceBefore: number, spaceAfter: number, keep: Partial<LinesBlock> = {}): LinesBlock {
  return { kind: 'lines', lines, spaceBefore, spaceAfter, keepTogether: false, keepWithNext: false, ...keep };
}

function layoutHeading(h: Heading, ctx: LayoutContext): LinesBlock {
  const { fontSize, accent } = ctx.theme;
  const size = headingSize(ctx.theme, h.level);
  const runs = inlineRuns(h.children, true);
  if (h.number) runs.unshift({ text: `${h.number} `, style: 'bold' });
  const lines = setText(runs, { size, align: h.level === 1 ? 'center' : 'left', firstX: 0, x: 0, right: ctx.frame.contentWidth }, ctx);
  if (accent) {
    const color = rgb01(accent);
    for (const line of lines) line.color = color;
  }
  // Spacing follows the body size, as in the DOCX styles, whatever the heading's own size.
  const [before, after] = h.level === 1 ? [fontSize, fontSize / 2] : [fontSize / 2, fontSize / 3];
  return linesBlock(lines, before, after, { keepTogether: true, keepWithNext: true });
}

function layoutParagraph(p: Paragraph, ctx: LayoutContext, x = 0, firstX?: number): LinesBlock {
  const { theme } = ctx;
  const size = p.small ? theme.tableFontSize : theme.fontSize;
  const align = p.align ?? 'justify';
  const runs = inlineRuns(p.children);
  let first = firstX ?? x;
  if (p.clause) {
    runs.unshift({ text: `${p.clause.number} `, style: 'regular' });
    first = x + mmToPt(theme.paragraphIndentMm);
  } else if (firstX === undefined && !p.noIndent && (align === 'justify' || align === 'left')) {
    first = x + mmToPt(theme.paragraphIndentMm);
  }
  const lines = setText(runs, { size, align, firstX: first, x, right: ctx.frame.contentWidth }, ctx);
  return linesBlock(lines, 0, theme.paragraphSpacingPt, { keepWithNext: p.keepWithNext === true });
}

function listMarker(list: List, index: number): string {
  if (!list.ordered) return '–';
  if (list.depth % 2 === 0) return `${index + 1})`;
  return `${LIST_LETTERS[index] ?? String(index + 1)})`;
}

function markerPieces(text: string, size: number, ctx: LayoutContext): Piece[] {
  return [{ text, style: 'regular', width: ctx.measurer.width(text, 'regular') * size, space: false }];
}

/**
 * A list: markers at `markerX` (by depth, or under the parent item's text when nested), text
 * and wrapped lines at one hanging indent, wide enough for the list's widest marker ("10)").
 */
function layoutList(list: List, ctx: LayoutContext, out: FlowBlock[], at?: number): void {
  const size = ctx.theme.fontSize;
  const step = mmToPt(LIST_HANG_MM);
  const markers = list.items.map((_, index) => listMarker(list, index));
  const widest = Math.max(0, ...markers.map((m) => ctx.measurer.width(m, 'regular') * size));
  const hang = Math.max(step, widest + ctx.measurer.width(' ', 'regular') * size * 2);
  const markerX = at ?? mmToPt(ctx.theme.paragraphIndentMm) + list.depth * step;
  const textX = markerX + hang;
  const start = out.length;
  list.items.forEach((item, index) => {
    let marked = false;
    for (const child of item.children) {
      if (child.type === 'list') {
        layoutList(child, ctx, out, textX);
        continue;
      }
      const block = layoutParagraph({ ...child, clause: undefined }, ctx, textX, textX);
      block.spaceAfter = ctx.theme.paragraphSpacingPt / 2;
      const firstLine = block.lines[0];
      if (!marked && firstLine) {
        firstLine.lead = { pieces: markerPieces(markers[index]!, firstLine.size, ctx), x: markerX };
        marked = true;
      }
      out.push(block);
    }
  });
  const last = out[out.length - 1];
  if (at === undefined && out.length > start && last?.kind === 'lines') last.spaceAfter = ctx.theme.paragraphSpacingPt;
}

function layoutApproval(a: Approval, ctx: LayoutContext): LinesBlock {
  const size = ctx.theme.fontSize;
  const right = ctx.frame.contentWidth;
  // The block starts at a fixed distance from the right margin, as in the DOCX and the HTML,
  // so documents of one pack line their approval blocks up whatever their longest line.
  const x = Math.max(0, right - mmToPt(APPROVAL_WIDTH_MM));
  const set = (runs: InlineRun[]): TextLine[] => setText(runs, { size, align: 'left', firstX: x, x, right }, ctx);
  const plain = (text: string): TextLine[] => (text === '' ? [] : set([{ text, style: 'regular' }]));
  return linesBlock(
    [...plain(a.label), ...a.lines.flatMap(plain), ...signatureLines(a.signer, right - x, set, ctx), ...plain(a.date)],
    0,
    size * 2,
    {
      keepTogether: true,
    },
  );
}

/**
 * The signature rule and the signer's name on one line: a no-break space ties them, and a long
 * surname shortens the rule rather than being hyphenated (the name is never broken). Only when
 * even the shortest rule leaves no room does the name go under the rule, still whole.
 */
function signatureLines(signer: string, width: number, set: (runs: InlineRun[]) => TextLine[], ctx: LayoutContext): TextLine[] {
  if (signer === '') return set([{ text: SIGNATURE_LINE, style: 'regular' }]);
  const size = ctx.theme.fontSize;
  const nameWidth = ctx.measurer.width(`\u00a0${signer}`, 'regular') * size;
  const ruleChar = ctx.measurer.width('_', 'regular') * size;
  const fits = Math.floor((width - nameWidth) / ruleChar);
  const rule = '_'.repeat(Math.max(MIN_SIGNATURE_RULE, Math.min(SIGNATURE_LINE.length, fits)));
  return set([
    { text: `${rule}\u00a0`, style: 'regular' },
    { text: signer, style: 'regular', noHyphenate: true },
  ]);
}

export function layoutBlocks(blocks: Block[], ctx: LayoutContext): FlowBlock[] {
  const out: FlowBlock[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        out.push(layoutHeading(block, ctx));
        break;
      case 'paragraph':
        out.push(layoutParagraph(block, ctx));
        break;
      case 'list':
        layoutList(block, ctx, out);
        break;
      case 'table':
        out.push(layoutTable(block, ctx));
        break;
      case 'approval':
        out.push(layoutApproval(block, ctx));
        break;
      case 'pageBreak':
        out.push({ kind: 'pageBreak' });
        break;
      case 'chart':
        out.push(layoutChart(block, ctx));
        break;
      case 'image':
        out.push(layoutImage(block, ctx));
        break;
    }
  }
  return out;
}

/** A picture on its own line, never split, no wider than the text. */
function layoutImage(block: Image, ctx: LayoutContext): FigureBlock {
  const scale = Math.min(1, ctx.frame.contentWidth / mmToPt(block.widthMm));
  const width = mmToPt(block.widthMm) * scale;
  const height = mmToPt(block.heightMm) * scale;
  const room = ctx.frame.contentWidth - width;
  const x = block.align === 'left' ? 0 : block.align === 'right' ? room : room / 2;
  return {
    kind: 'figure',
    items: [{ kind: 'image', x, y: 0, width, height, image: block.image }],
    height,
    spaceBefore: 0,
    spaceAfter: mmToPt(4),
    keepWithNext: true,
  };
}

/** The page number line, centred over the text width. */
export function layoutPageNumber(n: number, ctx: LayoutContext): TextLine {
  const [line] = setText(
    [{ text: String(n), style: 'regular' }],
    { size: ctx.theme.fontSize, align: 'center', firstX: 0, x: 0, right: ctx.frame.contentWidth },
    ctx,
  );
  return line!;
}
