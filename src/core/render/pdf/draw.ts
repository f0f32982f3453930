/**
 * Drawing: the only stage that touches pdf-lib pages. Each page's content stream is written
 * as raw operators (one text object per page, TJ arrays of glyph ids as literal strings) and
 * Flate-compressed with fflate, instead of page.drawText, which re-lays out and re-encodes
 * every line, and pdf-lib's pako compression, which is several times slower.
 * Justification widens only the real space glyphs, through TJ adjustments, so text
 * extraction sees ordinary words and spaces.
 */
import type { PDFDocument, PDFImage, PDFPage } from 'pdf-lib';
import type { ImageFile } from '../../model/types.ts';
import { fflateDeflater, type Deflater } from '../deflate.ts';
import type { DocumentFonts } from './fonts.ts';
import type { FaceRun, FontMetrics } from './metrics.ts';
import type { FaceId, PageContent, PageFrame, Piece, PlacedImage, PlacedRect, PlacedRule, PlacedText } from './types.ts';

const RULE_WIDTH = 0.5;

/** A number as PDF content syntax: at most 3 decimals, never exponent notation. */
function num(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

/** A PDF text string in UTF-16BE hex, for /ActualText. */
function utf16Hex(text: string): string {
  let hex = '<FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `${hex}>`;
}

/** The characters drawn with each face: only these faces are embedded, with these glyphs. */
export function glyphUsage(pages: PageContent[], metrics: FontMetrics): Map<FaceId, Set<string>> {
  const usage = new Map<FaceId, Set<string>>();
  // faceRuns caches its result per style and text, so one run list stands for every copy of a
  // word or space: each distinct one is looked at once, without building a key string.
  const seen = new Set<readonly FaceRun[]>();
  const add = (pieces: Piece[]): void => {
    for (const piece of pieces) {
      const runs = metrics.faceRuns(piece.text, piece.style);
      if (seen.has(runs)) continue;
      seen.add(runs);
      for (const run of runs) {
        let chars = usage.get(run.face);
        if (!chars) {
          chars = new Set();
          usage.set(run.face, chars);
        }
        for (const ch of run.text) chars.add(ch);
      }
    }
  };
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'text') continue;
      add(item.line.pieces);
      if (item.line.lead) add(item.line.lead.pieces);
    }
  }
  return usage;
}

class PageWriter {
  readonly #out: string[] = [];
  readonly #page: PDFPage;
  readonly #fonts: DocumentFonts;
  readonly #metrics: FontMetrics;
  readonly #height: number;
  readonly #keys = new Map<FaceId, string>();
  #face: FaceId | undefined;
  #size = 0;
  #tj: string[] = [];
  #spanOpen = false;

  constructor(page: PDFPage, height: number, fonts: DocumentFonts, metrics: FontMetrics) {
    this.#page = page;
    this.#height = height;
    this.#fonts = fonts;
    this.#metrics = metrics;
  }

  get content(): string {
    return this.#out.join('\n');
  }

  rules(rules: PlacedRule[]): void {
    if (rules.length === 0) return;
    const h = this.#height;
    // Projecting caps (2 J) close the corners where horizontal and vertical rules meet.
    this.#out.push(`q ${num(RULE_WIDTH)} w 0 G 2 J`);
    for (const r of rules) this.#out.push(`${num(r.x1)} ${num(h - r.y1)} m ${num(r.x2)} ${num(h - r.y2)} l`);
    this.#out.push('S Q');
  }

  /** Filled rectangles, under the rules and the text. */
  rects(rects: PlacedRect[]): void {
    if (rects.length === 0) return;
    const h = this.#height;
    this.#out.push('q');
    for (const r of rects) {
      this.#out.push(
        `${num(r.fill[0])} ${num(r.fill[1])} ${num(r.fill[2])} rg ${num(r.x)} ${num(h - r.y - r.height)} ${num(r.width)} ${num(r.height)} re f`,
      );
    }
    this.#out.push('Q');
  }

  /** Pictures, under everything else; each embedded once per document (`embedded`). */
  images(images: PlacedImage[], embedded: ReadonlyMap<ImageFile, PDFImage>): void {
    const h = this.#height;
    for (const item of images) {
      const image = embedded.get(item.image);
      if (!image) throw new Error('image not embedded');
      const key = this.#page.node.newXObject('Im', image.ref).toString();
      this.#out.push(`q ${num(item.width)} 0 0 ${num(item.height)} ${num(item.x)} ${num(h - item.y - item.height)} cm ${key} Do Q`);
    }
  }

  texts(texts: PlacedText[]): void {
    if (texts.length === 0) return;
    this.#out.push('BT');
    // Black unless a line says otherwise; the operator is written only on a change, so a page
    // without coloured lines is the same content stream as before colours existed.
    let color = '0 0 0';
    for (const t of texts) {
      const { line } = t;
      const wanted = line.color ? line.color.map(num).join(' ') : '0 0 0';
      if (wanted !== color) {
        this.#flush();
        this.#out.push(`${wanted} rg`);
        color = wanted;
      }
      const baseline = this.#height - t.baseline;
      if (line.lead) this.#show(line.lead.pieces, t.x + line.lead.x, baseline, line.size, 0);
      this.#show(line.pieces, t.x + line.x, baseline, line.size, line.wordGap);
    }
    // A word broken over a page break: its span closes with the text object.
    if (this.#spanOpen) this.#endSpan();
    this.#out.push('ET');
  }

  #show(pieces: Piece[], x: number, y: number, size: number, wordGap: number): void {
    if (pieces.length === 0) return;
    this.#out.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
    // TJ adjustments are in thousandths of the font size, positive moving left.
    const gap = wordGap > 0 ? num((-wordGap * 1000) / size) : undefined;
    for (const piece of pieces) {
      if (piece.spanStart !== undefined) {
        if (this.#spanOpen) this.#endSpan();
        this.#flush();
        this.#out.push(`/Span <</ActualText ${utf16Hex(piece.spanStart)}>> BDC`);
        this.#spanOpen = true;
      }
      for (const run of this.#metrics.faceRuns(piece.text, piece.style)) {
        if (run.face !== this.#face || size !== this.#size) {
          this.#flush();
          this.#out.push(`${this.#key(run.face)} ${num(size)} Tf`);
          this.#face = run.face;
          this.#size = size;
        }
        this.#tj.push(this.#fonts.encode(run.face, run.text));
      }
      if (piece.space && gap !== undefined) this.#tj.push(gap);
      if (piece.spanEnd && this.#spanOpen) this.#endSpan();
    }
    this.#flush();
  }

  #endSpan(): void {
    this.#flush();
    this.#out.push('EMC');
    this.#spanOpen = false;
  }

  #flush(): void {
    if (this.#tj.length === 0) return;
    this.#out.push(`[${this.#tj.join('')}] TJ`);
    this.#tj = [];
  }

  /** The page's resource name of a face ("/Tinos-Regular-1"), registered on first use. */
  #key(face: FaceId): string {
    let key = this.#keys.get(face);
    if (!key) {
      const font = this.#fonts.font(face);
      key = this.#page.node.newFontDictionary(font.name, font.ref).toString();
      this.#keys.set(face, key);
    }
    return key;
  }
}

/** The content as bytes: every character is 0–255 (operators, numbers and glyph-id strings). */
function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function drawPages(
  pdf: PDFDocument,
  pages: PageContent[],
  frame: PageFrame,
  fonts: DocumentFonts,
  metrics: FontMetrics,
  deflater: Deflater = fflateDeflater,
  embedded: ReadonlyMap<ImageFile, PDFImage> = new Map(),
): void {
  for (const content of pages) {
    const page = pdf.addPage([frame.width, frame.height]);
    const writer = new PageWriter(page, frame.height, fonts, metrics);
    const rules: PlacedRule[] = [];
    const texts: PlacedText[] = [];
    const rects: PlacedRect[] = [];
    const images: PlacedImage[] = [];
    for (const item of content.items) {
      if (item.kind === 'rule') rules.push(item);
      else if (item.kind === 'rect') rects.push(item);
      else if (item.kind === 'image') images.push(item);
      else texts.push(item);
    }
    writer.images(images, embedded);
    writer.rects(rects);
    writer.rules(rules);
    writer.texts(texts);
    const stream = pdf.context.stream(deflater.zlib(latin1(writer.content)), { Filter: 'FlateDecode' });
    page.node.addContentStream(pdf.context.register(stream));
  }
}
