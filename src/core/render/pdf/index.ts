/**
 * PDF renderer: document model + theme + font bytes in, PDF bytes out. No I/O, so it runs in
 * Node and in a browser worker alike.
 *
 *   layout (measure, break lines) → paginate → draw → save
 *
 * Deterministic: the same model, theme, fonts and timestamp give the same bytes.
 *
 * createPdfRenderer keeps the parsed fonts and the width caches between documents, which is
 * most of the cost of a small document; renderPdf does the same behind the scenes per FontSet.
 */
import { PDFDocument } from 'pdf-lib';
import type { DocumentModel } from '../../model/types.ts';
import { fflateDeflater } from '../deflate.ts';
import type { FontSet } from '../fonts.ts';
import { mmToPt, type Theme } from '../theme.ts';
import { useDeflater } from './compression.ts';
import { drawPages, glyphUsage } from './draw.ts';
import { DocumentFonts, parseFontSet, type ParsedFontSet } from './fonts.ts';
import { russianHyphenation } from './hyphenate.ts';
import { layoutBlocks, layoutPageNumber } from './layout.ts';
import { FontMetrics } from './metrics.ts';
import { paginate } from './paginate.ts';
import type { LayoutContext } from './setting.ts';
import type { PageContent, PageFrame } from './types.ts';

/**
 * Page contents and embedded fonts are compressed with fflate everywhere, never with Node's
 * native zlib: pure JS gives the same bytes in Node and in every browser, so a PDF is the same
 * file whether the CLI, the site build or the wizard made it (native zlib's output may differ
 * between zlib builds and CPUs). pdf-lib's own object streams use pako, also pure JS.
 */
const PDF_DEFLATER = fflateDeflater;

export interface PdfRenderer {
  /** `timestamp` becomes the creation and modification dates (see src/core/pack/timestamp.ts). */
  render(doc: DocumentModel, theme: Theme, timestamp: Date): Promise<Uint8Array>;
}

export function pageFrame(theme: Theme): PageFrame {
  const width = mmToPt(theme.page.widthMm);
  const height = mmToPt(theme.page.heightMm);
  const m = theme.marginsMm;
  return {
    width,
    height,
    left: mmToPt(m.left),
    top: mmToPt(m.top),
    contentWidth: width - mmToPt(m.left) - mmToPt(m.right),
    contentHeight: height - mmToPt(m.top) - mmToPt(m.bottom),
  };
}

/** Lays the document out into pages (pure; exposed for tests and previews). */
export function layoutPages(doc: DocumentModel, theme: Theme, metrics: FontMetrics): { frame: PageFrame; pages: PageContent[] } {
  const frame = pageFrame(theme);
  const ctx: LayoutContext = {
    theme,
    frame,
    measurer: metrics,
    hyphenate: russianHyphenation,
    ascent: metrics.ascent,
    descent: metrics.descent,
  };
  const pages = paginate(layoutBlocks(doc.children, ctx), frame);
  pages.forEach((page, i) => {
    const n = i + 1;
    if (n < theme.pageNumbers.fromPage) return;
    const line = layoutPageNumber(n, ctx);
    page.items.push({ kind: 'text', line, x: frame.left, baseline: mmToPt(theme.pageNumbers.topMm) + line.ascent });
  });
  return { frame, pages };
}

async function render(parsed: ParsedFontSet, metrics: FontMetrics, doc: DocumentModel, theme: Theme, timestamp: Date): Promise<Uint8Array> {
  const { frame, pages } = layoutPages(doc, theme, metrics);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  useDeflater(pdf, PDF_DEFLATER);
  const { meta } = doc;
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.organization);
  pdf.setLanguage(meta.lang);
  pdf.setProducer('opkit');
  pdf.setCreator('opkit');
  pdf.setCreationDate(timestamp);
  pdf.setModificationDate(timestamp);
  const fonts = await DocumentFonts.embed(pdf, parsed, glyphUsage(pages, metrics));
  drawPages(pdf, pages, frame, fonts, metrics, PDF_DEFLATER);
  // pdf-lib pauses on a timer every 50 objects to keep a page responsive; none is waiting here.
  return pdf.save({ useObjectStreams: true, objectsPerTick: Number.POSITIVE_INFINITY });
}

/** A renderer that parses the fonts once and reuses glyph widths across documents. */
export function createPdfRenderer(fonts: FontSet): PdfRenderer {
  const parsed = parseFontSet(fonts);
  const metrics = new FontMetrics(parsed);
  return { render: (doc, theme, timestamp) => render(parsed, metrics, doc, theme, timestamp) };
}

const renderers = new WeakMap<FontSet, PdfRenderer>();

export function renderPdf(doc: DocumentModel, theme: Theme, fonts: FontSet, timestamp: Date): Promise<Uint8Array> {
  let renderer = renderers.get(fonts);
  if (!renderer) {
    renderer = createPdfRenderer(fonts);
    renderers.set(fonts, renderer);
  }
  return renderer.render(doc, theme, timestamp);
}
