/**
 * TrueType subsetting for PDF embedding. Keeps the glyphs a document draws plus the
 * components of composite glyphs, renumbered in order of inclusion (glyph 0 first), and the
 * tables a viewer needs for a CIDFontType2: head, hhea, maxp, loca, glyf, hmtx.
 *
 * Hinting is dropped (glyph instructions and the cvt/fpgm/prep programs): it is close to half
 * of Tinos' glyph data, PDF viewers mostly render unhinted anyway, and printing never uses it.
 *
 * It stands in for @pdf-lib/fontkit's subsetter, which (1.1.1) writes small subsets with a
 * short loca table whose halved offsets misplace every glyph after one of odd length (most
 * Tinos text then renders blank), and which spends ~10 ms per document in a generic struct
 * encoder. Here glyph data is copied byte for byte.
 */

interface TableRecord {
  offset: number;
  length: number;
}

/** A parsed TrueType font: table directory, glyph locations and horizontal metrics. */
export class TrueTypeFont {
  readonly data: Uint8Array;
  readonly view: DataView;
  readonly tables: Map<string, TableRecord>;
  readonly #glyf: TableRecord;
  readonly #loca: TableRecord;
  readonly #longLoca: boolean;
  readonly #hmtx: TableRecord;
  readonly #hMetrics: number;
  readonly numGlyphs: number;

  /** Undefined when the font has no TrueType outlines (CFF fonts keep fontkit's subsetter). */
  static parse(data: Uint8Array): TrueTypeFont | undefined {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const tables = new Map<string, TableRecord>();
    const count = view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(data[at]!, data[at + 1]!, data[at + 2]!, data[at + 3]!);
      tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
    }
    for (const tag of ['head', 'hhea', 'maxp', 'loca', 'glyf', 'hmtx']) if (!tables.has(tag)) return undefined;
    return new TrueTypeFont(data, view, tables);
  }

  private constructor(data: Uint8Array, view: DataView, tables: Map<string, TableRecord>) {
    this.data = data;
    this.view = view;
    this.tables = tables;
    this.#glyf = tables.get('glyf')!;
    this.#loca = tables.get('loca')!;
    this.#hmtx = tables.get('hmtx')!;
    this.#longLoca = view.getInt16(tables.get('head')!.offset + 50) === 1;
    this.#hMetrics = view.getUint16(tables.get('hhea')!.offset + 34);
    this.numGlyphs = view.getUint16(tables.get('maxp')!.offset + 4);
  }

  /** The glyph's outline bytes (empty for glyphs without contours). */
  glyph(gid: number): Uint8Array {
    if (gid >= this.numGlyphs) return new Uint8Array(0);
    const loca = this.#loca.offset;
    const [start, end] = this.#longLoca
      ? [this.view.getUint32(loca + gid * 4), this.view.getUint32(loca + gid * 4 + 4)]
      : [this.view.getUint16(loca + gid * 2) * 2, this.view.getUint16(loca + gid * 2 + 2) * 2];
    return this.data.subarray(this.#glyf.offset + start, this.#glyf.offset + Math.max(start, end));
  }

  /** Advance width and left side bearing, font units. */
  metrics(gid: number): [number, number] {
    const at = this.#hmtx.offset;
    const last = this.#hMetrics - 1;
    if (gid <= last) return [this.view.getUint16(at + gid * 4), this.view.getInt16(at + gid * 4 + 2)];
    return [this.view.getUint16(at + last * 4), this.view.getInt16(at + this.#hMetrics * 4 + (gid - this.#hMetrics) * 2)];
  }
}

/** Composite glyph flags (OpenType glyf table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;

/** A simple glyph without its instructions (instructionLength set to 0). */
function stripSimple(source: Uint8Array, contours: number): Uint8Array {
  const at = 10 + contours * 2;
  if (at + 2 > source.length) return source;
  const length = (source[at]! << 8) | source[at + 1]!;
  if (length === 0) return source;
  const out = new Uint8Array(source.length - length);
  out.set(source.subarray(0, at + 2));
  out[at] = 0;
  out[at + 1] = 0;
  out.set(source.subarray(at + 2 + length), at + 2);
  return out;
}

function checksum(bytes: Uint8Array): number {
  let sum = 0;
  const padded = bytes.length + ((4 - (bytes.length % 4)) % 4);
  for (let i = 0; i < padded; i += 4) {
    sum = (sum + (((bytes[i] ?? 0) << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0))) >>> 0;
  }
  return sum;
}

/** The subset interface pdf-lib's CustomFontSubsetEmbedder uses. */
export interface SubsetStream {
  on(event: string, callback: (data: Uint8Array) => unknown): SubsetStream;
}

export class TrueTypeSubset {
  readonly #font: TrueTypeFont;
  readonly #glyphs: number[] = [];
  readonly #ids = new Map<number, number>();

  constructor(font: TrueTypeFont) {
    this.#font = font;
    this.includeGlyph(0);
  }

  /** Adds a glyph (id or fontkit glyph) and returns its id in the subset. */
  includeGlyph(glyph: number | { id: number }): number {
    const gid = typeof glyph === 'number' ? glyph : glyph.id;
    let id = this.#ids.get(gid);
    if (id === undefined) {
      id = this.#glyphs.length;
      this.#glyphs.push(gid);
      this.#ids.set(gid, id);
    }
    return id;
  }

  encode(): Uint8Array {
    const font = this.#font;
    const outlines: Uint8Array[] = [];
    // Composite glyphs add their components while we go, so the list may grow.
    for (let i = 0; i < this.#glyphs.length; i++) {
      const bytes = font.glyph(this.#glyphs[i]!);
      if (bytes.length < 10) {
        outlines.push(bytes);
        continue;
      }
      const contours = (bytes[0]! << 8) | bytes[1]!;
      outlines.push(contours & 0x8000 ? this.#remapComponents(bytes) : stripSimple(bytes, contours));
    }
    const n = outlines.length;
    const loca = new Uint8Array((n + 1) * 4);
    const locaView = new DataView(loca.buffer);
    let glyfLength = 0;
    outlines.forEach((bytes, i) => {
      locaView.setUint32(i * 4, glyfLength);
      glyfLength += (bytes.length + 3) & ~3;
    });
    locaView.setUint32(n * 4, glyfLength);
    const glyf = new Uint8Array(glyfLength);
    outlines.forEach((bytes, i) => glyf.set(bytes, locaView.getUint32(i * 4)));

    const hmtx = new Uint8Array(n * 4);
    const hmtxView = new DataView(hmtx.buffer);
    this.#glyphs.forEach((gid, i) => {
      const [advance, lsb] = font.metrics(gid);
      hmtxView.setUint16(i * 4, advance);
      hmtxView.setInt16(i * 4 + 2, lsb);
    });

    const copy = (tag: string): Uint8Array => {
      const t = font.tables.get(tag)!;
      return font.data.slice(t.offset, t.offset + t.length);
    };
    const head = copy('head');
    const headView = new DataView(head.buffer);
    headView.setUint32(8, 0);
    headView.setInt16(50, 1);
    const hhea = copy('hhea');
    new DataView(hhea.buffer).setUint16(34, n);
    const maxp = copy('maxp');
    new DataView(maxp.buffer).setUint16(4, n);

    const tables = new Map<string, Uint8Array>([
      ['glyf', glyf],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', loca],
      ['maxp', maxp],
    ]);
    const out = assemble(tables);
    // head.checkSumAdjustment makes the whole file sum to a fixed value.
    const adjust = (0xb1b0afba - checksum(out)) >>> 0;
    const headAt = directoryOffset(out, 'head');
    new DataView(out.buffer).setUint32(headAt + 8, adjust);
    return out;
  }

  /** Mirrors fontkit's subset stream: one 'data' chunk, then 'end' (handlers attach first). */
  encodeStream(): SubsetStream {
    const handlers = new Map<string, Array<(data: Uint8Array) => unknown>>();
    const stream: SubsetStream = {
      on(event, callback) {
        const list = handlers.get(event) ?? [];
        list.push(callback);
        handlers.set(event, list);
        return stream;
      },
    };
    // Encoding here, synchronously, lets an error reject pdf-lib's promise around this call.
    const data = this.encode();
    queueMicrotask(() => {
      for (const cb of handlers.get('data') ?? []) cb(data);
      for (const cb of handlers.get('end') ?? []) cb(new Uint8Array(0));
    });
    return stream;
  }

  /** A composite glyph with its components renumbered and its instructions cut off. */
  #remapComponents(source: Uint8Array): Uint8Array {
    const bytes = source.slice();
    const view = new DataView(bytes.buffer);
    let at = 10;
    for (;;) {
      if (at + 4 > bytes.length) break;
      const flags = view.getUint16(at);
      view.setUint16(at, flags & ~WE_HAVE_INSTRUCTIONS);
      view.setUint16(at + 2, this.includeGlyph(view.getUint16(at + 2)));
      at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) at += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
      if (!(flags & MORE_COMPONENTS)) break;
    }
    return bytes.subarray(0, Math.min(at, bytes.length));
  }
}

/** An sfnt file from tables: directory sorted by tag, tables 4-byte aligned. */
function assemble(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  let size = 12 + count * 16;
  for (const tag of tags) size += (tables.get(tag)!.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(count));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  let offset = 12 + count * 16;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const at = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[at + c] = tag.charCodeAt(c);
    view.setUint32(at + 4, checksum(data));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, data.length);
    out.set(data, offset);
    offset += (data.length + 3) & ~3;
  });
  return out;
}

function directoryOffset(font: Uint8Array, tag: string): number {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    if (String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!) === tag) return view.getUint32(at + 8);
  }
  throw new Error(`sfnt table ${tag} missing`);
}
