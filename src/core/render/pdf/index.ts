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
import { JpegEmbedder, PDFDocument, PDFImage, PngEmbedder } from 'pdf-lib';
import type { DocumentModel, ImageFile, PageBand } from '../../model/types.ts';
import { BAND_TEXT, FOOTER_FROM_BOTTOM_MM, HEADER_IMAGE } from '../bands.ts';
import { rgb01 } from '../chart-style.ts';
import { fflateDeflater } from '../deflate.ts';
import type { FontSet } from '../fonts.ts';
import { mmToPt, type Theme } from '../theme.ts';
import { useDeflater } from './compression.ts';
import { drawPages, glyphUsage } from './draw.ts';
import { DocumentFonts, parseFontSet, type ParsedFontSet } from './fonts.ts';
import { russianHyphenation } from './hyphenate.ts';
import { layoutBlocks, layoutPageNumber } from './layout.ts';
import { inlineRuns, setText } from './setting.ts';
import { FontMetrics } from './metrics.ts';
import { paginate } from './paginate.ts';
import type { LayoutContext } from './setting.ts';
import type { PageContent, PageFrame, PlacedItem } from './types.ts';

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
  const header = doc.header ? headerItems(doc.header, ctx) : null;
  const footer = doc.footer ? footerItems(doc.footer, ctx) : [];
  pages.forEach((page, i) => {
    const n = i + 1;
    if (header) page.items.push(...(n === 1 ? header.first : header.rest));
    page.items.push(...footer);
    if (n < theme.pageNumbers.fromPage) return;
    const line = layoutPageNumber(n, ctx);
    page.items.push({ kind: 'text', line, x: frame.left, baseline: mmToPt(theme.pageNumbers.topMm) + line.ascent });
  });
  return { frame, pages };
}

const GREY = rgb01(BAND_TEXT.color);

/**
 * The firm's header: its picture at the left margin, its text at the right of the page number's
 * centred place (wrapping there, right-aligned); the first page leaves the picture off when the
 * title area carries it.
 */
function headerItems(band: PageBand, ctx: LayoutContext): { first: PlacedItem[]; rest: PlacedItem[] } {
  const { frame, theme } = ctx;
  const text: PlacedItem[] = [];
  if (band.children.length > 0) {
    const half = frame.contentWidth / 2 + mmToPt(10);
    const lines = setText(
      inlineRuns(band.children),
      { size: BAND_TEXT.sizePt, align: 'right', firstX: half, x: half, right: frame.contentWidth },
      ctx,
    );
    let y = mmToPt(theme.pageNumbers.topMm);
    for (const line of lines) {
      line.color = GREY;
      text.push({ kind: 'text', line, x: frame.left, baseline: y + line.ascent });
      y += line.height;
    }
  }
  const picture: PlacedItem[] = band.image
    ? [
        {
          kind: 'image',
          x: frame.left,
          y: mmToPt(HEADER_IMAGE.topMm),
          width: mmToPt(band.image.widthMm),
          height: mmToPt(band.image.heightMm),
          image: band.image.image,
        },
      ]
    : [];
  return { first: band.imageFromSecondPage ? text : [...picture, ...text], rest: [...picture, ...text] };
}

/** The firm's footer: centred lines, the first one's baseline FOOTER_FROM_BOTTOM_MM above the page's edge. */
function footerItems(band: PageBand, ctx: LayoutContext): PlacedItem[] {
  const { frame } = ctx;
  const lines = setText(
    inlineRuns(band.children),
    { size: BAND_TEXT.sizePt, align: 'center', firstX: 0, x: 0, right: frame.contentWidth },
    ctx,
  );
  let baseline = frame.height - mmToPt(FOOTER_FROM_BOTTOM_MM);
  return lines.map((line) => {
    line.color = GREY;
    const item: PlacedItem = { kind: 'text', line, x: frame.left, baseline };
    baseline += line.height;
    return item;
  });
}

/**
 * Decoded pictures by their bytes, for one renderer: a logo stands on every page of every
 * document of a pack (and of a batch thread's packs), and decoding a PNG, then deflating its
 * pixels, is most of what a picture costs. An embedder keeps nothing of a document, and the
 * same pixel arrays are deflated once (compression.ts).
 */
type ImageEmbedders = WeakMap<Uint8Array, Promise<PngEmbedder | JpegEmbedder>>;

function embedderFor(images: ImageEmbedders, { bytes, mime }: ImageFile): Promise<PngEmbedder | JpegEmbedder> {
  let embedder = images.get(bytes);
  if (!embedder) {
    embedder = mime === 'image/png' ? PngEmbedder.for(bytes) : JpegEmbedder.for(bytes);
    images.set(bytes, embedder);
  }
  return embedder;
}

/** Every distinct picture of the pages, embedded once per document. */
async function embedImages(pdf: PDFDocument, pages: readonly PageContent[], images: ImageEmbedders): Promise<Map<ImageFile, PDFImage>> {
  const embedded = new Map<ImageFile, PDFImage>();
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'image' || embedded.has(item.image)) continue;
      const image = PDFImage.of(pdf.context.nextRef(), pdf, await embedderFor(images, item.image));
      await image.embed();
      embedded.set(item.image, image);
    }
  }
  return embedded;
}

async function render(
  parsed: ParsedFontSet,
  metrics: FontMetrics,
  images: ImageEmbedders,
  doc: DocumentModel,
  theme: Theme,
  timestamp: Date,
): Promise<Uint8Array> {
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
  drawPages(pdf, pages, frame, fonts, metrics, PDF_DEFLATER, await embedImages(pdf, pages, images));
  // pdf-lib pauses on a timer every 50 objects to keep a page responsive; none is waiting here.
  return pdf.save({ useObjectStreams: true, objectsPerTick: Number.POSITIVE_INFINITY });
}

/** A renderer that parses the fonts once and reuses glyph widths and decoded pictures across documents. */
export function createPdfRenderer(fonts: FontSet): PdfRenderer {
  const parsed = parseFontSet(fonts);
  const metrics = new FontMetrics(parsed);
  const images: ImageEmbedders = new WeakMap();
  return { render: (doc, theme, timestamp) => render(parsed, metrics, images, doc, theme, timestamp) };
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
