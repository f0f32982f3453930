/**
 * Our DocumentModel as a pdfmake docDefinition, laid out the way our PDF renderer lays it out
 * (src/core/render/pdf/layout.ts, table-layout.ts), so the benchmark compares two engines on
 * the same content and the same typography:
 *
 *  - A4 (theme size) with the theme's margins; page numbers centred in the top margin from
 *    `theme.pageNumbers.fromPage` on, through pdfmake's dynamic header;
 *  - headings bold (level 1 centred) with the same space before/after; section numbers in front;
 *  - paragraphs as inline runs (bold/italic), justified by default, first-line indent
 *    (`leadingIndent`) for body text and clauses, clause numbers in front, `small` at the
 *    table size;
 *  - lists with our markers («–», «1)», «а)») and hanging indents: pdfmake's `ul` draws only
 *    vector bullets and `ol` only Latin letters, so each item is a two-column row (marker,
 *    text), the usual pdfmake idiom for custom markers;
 *  - tables with header rows (bold, repeated), the relative widths turned into pdfmake's content
 *    widths (padding and rules taken off), 0.5 pt rules or none, 4/2 pt padding, colSpan, the
 *    minimum row height of acknowledgement sheets;
 *  - the approval block as a left-aligned stack starting APPROVAL_WIDTH_MM from the right margin;
 *  - hard page breaks.
 *
 * Keep-with-next (headings, `keepWithNext` paragraphs) has no declarative form in pdfmake; the
 * documented way is a `pageBreakBefore` callback, which makes pdfmake collect node information
 * for every node and re-run layout. It is optional here (`keepWithNext`), so the benchmark can
 * show pdfmake both with and without it. What pdfmake cannot do at all is left out: Russian
 * hyphenation and widow/orphan control (our renderer does both).
 *
 * pdfmake mutates the definition while laying it out, so build a fresh one for every render.
 */
import type {
  Alignment,
  Column,
  Content,
  ContentText,
  CustomTableLayout,
  DynamicContent,
  TableCell as PmTableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces.js';
import type { Align, Approval, Block, DocumentModel, Heading, List, Paragraph, Run, Table } from '../src/core/model/types.ts';
import { APPROVAL_WIDTH_MM, LIST_HANG_MM, listMarker, SIGNATURE_LINE } from '../src/core/render/conventions.ts';
import { mmToPt, type Theme } from '../src/core/render/theme.ts';

/** Same table geometry as src/core/render/pdf/table-layout.ts and draw.ts. */
const PAD_X = 4;
const PAD_Y = 2;
const RULE_WIDTH = 0.5;

export interface PdfmakeModelOptions {
  /** The family name registered with pdfmake (four faces). */
  font: string;
  /**
   * pdfmake's `lineHeight` multiplies the font's own line height (ascender + descender + line
   * gap); this is the factor that gives line boxes of `theme.lineHeight × size`, as ours.
   */
  lineHeight: number;
  /** Width of `text` in the regular face at `size` pt: sizes list hangs for wide markers ("10)"). */
  textWidth: (text: string, size: number) => number;
  /** Keep headings and keepWithNext paragraphs with the next block (pageBreakBefore callback). */
  keepWithNext: boolean;
}

interface Ctx {
  theme: Theme;
  opts: PdfmakeModelOptions;
  contentWidth: number;
  indent: number;
}

type Margins4 = [number, number, number, number];

function inline(runs: readonly Run[], forceBold = false): ContentText[] {
  return runs.map((run) => {
    const node: ContentText = { text: run.text };
    if (forceBold || run.bold) node.bold = true;
    if (run.italic) node.italics = true;
    return node;
  });
}

function alignment(align: Align): Alignment {
  return align;
}

function heading(h: Heading, ctx: Ctx): Content {
  const size = ctx.theme.fontSize;
  const runs = inline(h.children, true);
  if (h.number) runs.unshift({ text: `${h.number} `, bold: true });
  const [before, after] = h.level === 1 ? [size, size / 2] : [size / 2, size / 3];
  const node: ContentText = {
    text: runs,
    alignment: h.level === 1 ? 'center' : 'left',
    margin: [0, before, 0, after],
  };
  if (ctx.opts.keepWithNext) node.headlineLevel = 1;
  return node;
}

/** A paragraph with its left edge at `x` (pt from the margin); `first` overrides the first line's. */
function paragraph(p: Paragraph, ctx: Ctx, x = 0, first?: number, spaceAfter = ctx.theme.paragraphSpacingPt): ContentText {
  const { theme } = ctx;
  const align = p.align ?? 'justify';
  const runs = inline(p.children);
  let firstX = first ?? x;
  if (p.clause) {
    runs.unshift({ text: `${p.clause.number} ` });
    firstX = x + ctx.indent;
  } else if (first === undefined && !p.noIndent && (align === 'justify' || align === 'left')) {
    firstX = x + ctx.indent;
  }
  const node: ContentText = { text: runs.length > 0 ? runs : '', alignment: alignment(align), margin: [x, 0, 0, spaceAfter] };
  if (firstX !== x) node.leadingIndent = firstX - x;
  if (p.small) node.fontSize = theme.tableFontSize;
  if (p.keepWithNext && ctx.opts.keepWithNext) node.headlineLevel = 1;
  return node;
}

/** A list as ours lays it out: markers at `markerX`, text and wrapped lines at one hanging indent. */
function list(l: List, ctx: Ctx, out: Content[], at?: number): void {
  const size = ctx.theme.fontSize;
  const step = mmToPt(LIST_HANG_MM);
  const markers = l.items.map((_, index) => listMarker(l.ordered, l.depth, index + 1));
  const widest = Math.max(0, ...markers.map((m) => ctx.opts.textWidth(m, size)));
  const hang = Math.max(step, widest + ctx.opts.textWidth(' ', size) * 2);
  const markerX = at ?? ctx.indent + l.depth * step;
  const textX = markerX + hang;
  const itemSpace = ctx.theme.paragraphSpacingPt / 2;
  const start = out.length;
  l.items.forEach((item, index) => {
    let marked = false;
    for (const child of item.children) {
      if (child.type === 'list') {
        list(child, ctx, out, textX);
        continue;
      }
      const text = paragraph({ ...child, clause: undefined }, ctx, textX, textX, itemSpace);
      if (marked) {
        out.push(text);
        continue;
      }
      marked = true;
      text.margin = [0, 0, 0, 0];
      const columns: Column[] = [
        { width: hang, text: markers[index] ?? '', alignment: 'left' },
        { width: '*', ...text },
      ];
      out.push({ columns, columnGap: 0, margin: [markerX, 0, 0, itemSpace] });
    }
  });
  const last = out[out.length - 1];
  if (
    at === undefined &&
    out.length > start &&
    last !== undefined &&
    typeof last === 'object' &&
    !Array.isArray(last) &&
    'margin' in last
  ) {
    const m = last.margin;
    if (Array.isArray(m) && m.length === 4) last.margin = [m[0], m[1], m[2], ctx.theme.paragraphSpacingPt];
  }
}

function cellAlign(table: Table, col: number, align: Align | undefined, first: Paragraph | undefined): Align {
  return align ?? table.columns[col]?.align ?? first?.align ?? 'left';
}

function table(t: Table, ctx: Ctx): Content {
  const columns = t.columns.length > 0 ? t.columns : [{ width: 1 }];
  const n = columns.length;
  const borders = t.borders === 'all';
  const size = t.size === 'small' ? ctx.theme.tableFontSize : ctx.theme.fontSize;
  const padLeft = (i: number): number => (!borders && i === 0 ? 0 : PAD_X);
  const padRight = (i: number): number => (!borders && i === n - 1 ? 0 : PAD_X);
  const rule = borders ? RULE_WIDTH : 0;

  // pdfmake's widths are content widths: take the padding and the rules off the text width,
  // then share the rest by the model's relative widths.
  let weights = columns.map((c) => (Number.isFinite(c.width) && c.width > 0 ? c.width : 0));
  if (weights.every((w) => w === 0)) weights = columns.map(() => 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  let offsets = (n + 1) * rule;
  for (let i = 0; i < n; i++) offsets += padLeft(i) + padRight(i);
  const available = ctx.contentWidth - offsets;
  const widths = weights.map((w) => (w / total) * available);

  const body: PmTableCell[][] = t.rows.map((row, r) => {
    const header = r < t.headerRows;
    const cells: PmTableCell[] = [];
    let col = 0;
    for (const cell of row.cells) {
      if (col >= n) break;
      const span = Math.min(Math.max(1, cell.colSpan ?? 1), n - col);
      const align = cellAlign(t, col, cell.align, cell.children[0]);
      const texts: ContentText[] = cell.children
        .filter((p) => !p.children.every((run) => run.text === ''))
        .map((p) => ({ text: inline(p.children, header), alignment: alignment(align) }));
      const content: Content = texts.length === 1 ? texts[0]! : texts.length === 0 ? { text: '' } : { stack: texts };
      cells.push(span > 1 ? { ...content, colSpan: span } : content);
      for (let k = 1; k < span; k++) cells.push({});
      col += span;
    }
    for (; col < n; col++) cells.push({ text: '' });
    return cells;
  });

  const layout: CustomTableLayout = {
    hLineWidth: () => rule,
    vLineWidth: () => rule,
    paddingLeft: (i) => padLeft(i),
    paddingRight: (i) => padRight(i),
    paddingTop: () => PAD_Y,
    paddingBottom: () => PAD_Y,
  };
  const headerRows = Math.min(t.headerRows, t.rows.length);
  const minRow = t.rowHeightMm ? mmToPt(t.rowHeightMm) - 2 * PAD_Y : 0;
  return {
    table: {
      widths,
      body,
      headerRows,
      keepWithHeaderRows: headerRows > 0 ? 1 : 0,
      heights: minRow > 0 ? (row: number) => (row >= headerRows ? minRow : 'auto') : 'auto',
    },
    layout,
    fontSize: size,
    margin: [0, ctx.theme.paragraphSpacingPt, 0, ctx.theme.paragraphSpacingPt * 1.5],
  };
}

function approval(a: Approval, ctx: Ctx): Content {
  const signature = a.signer ? `${SIGNATURE_LINE}\u00a0${a.signer}` : SIGNATURE_LINE;
  const texts = [a.label, ...a.lines, signature, a.date].filter((t) => t !== '');
  const x = Math.max(0, ctx.contentWidth - mmToPt(APPROVAL_WIDTH_MM));
  return {
    stack: texts.map((text) => ({ text, alignment: 'left' })),
    margin: [x, 0, 0, ctx.theme.fontSize * 2],
    unbreakable: true,
  };
}

function blocks(children: readonly Block[], ctx: Ctx): Content[] {
  const out: Content[] = [];
  for (const block of children) {
    switch (block.type) {
      case 'heading':
        out.push(heading(block, ctx));
        break;
      case 'paragraph':
        out.push(paragraph(block, ctx));
        break;
      case 'list':
        list(block, ctx, out);
        break;
      case 'table':
        out.push(table(block, ctx));
        break;
      case 'approval':
        out.push(approval(block, ctx));
        break;
      case 'pageBreak':
        out.push({ text: '', pageBreak: 'after' });
        break;
    }
  }
  return out;
}

export function toPdfmake(doc: DocumentModel, theme: Theme, opts: PdfmakeModelOptions): TDocumentDefinitions {
  const m = theme.marginsMm;
  const margins: Margins4 = [mmToPt(m.left), mmToPt(m.top), mmToPt(m.right), mmToPt(m.bottom)];
  const pageWidth = mmToPt(theme.page.widthMm);
  const ctx: Ctx = { theme, opts, contentWidth: pageWidth - margins[0] - margins[2], indent: mmToPt(theme.paragraphIndentMm) };
  const header: DynamicContent = (currentPage) =>
    currentPage < theme.pageNumbers.fromPage
      ? null
      : { text: String(currentPage), alignment: 'center', margin: [margins[0], mmToPt(theme.pageNumbers.topMm), margins[2], 0] };
  const definition: TDocumentDefinitions = {
    pageSize: { width: pageWidth, height: mmToPt(theme.page.heightMm) },
    pageMargins: margins,
    info: { title: doc.meta.title, author: doc.meta.organization, creator: 'opkit bench', producer: 'pdfmake' },
    language: doc.meta.lang,
    defaultStyle: { font: opts.font, fontSize: theme.fontSize, lineHeight: opts.lineHeight },
    header,
    content: blocks(doc.children, ctx),
  };
  if (opts.keepWithNext) {
    definition.pageBreakBefore = (node, queries) => node.headlineLevel === 1 && queries.getFollowingNodesOnPage().length === 0;
  }
  return definition;
}
