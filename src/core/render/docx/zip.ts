/**
 * A ZIP writer for DOCX packages (and pack.zip) whose entries come already deflated, so the
 * caller chooses the deflater and can reuse an entry compressed for an earlier document. Plain
 * ZIP: no ZIP64, no data descriptors, names in UTF-8, every entry with the one time it is given.
 */

export interface ZipEntry {
  path: string;
  /** CRC-32 of the uncompressed data. */
  crc: number;
  /** Uncompressed size in bytes. */
  size: number;
  /** Raw DEFLATE data. */
  deflated: Uint8Array;
}

const utf8 = new TextEncoder();

/**
 * MS-DOS time and date fields of a moment, as ZIP headers store them (2-second steps). Taken in
 * UTC, not in the machine's time zone, so the same moment gives the same bytes everywhere;
 * outside the years the fields can hold (1980–2107) the nearest end is written.
 */
function dosDateTime(moment: Date): { time: number; date: number } {
  const year = moment.getUTCFullYear();
  if (year < 1980) return { time: 0, date: (1 << 5) | 1 };
  if (year > 2107) return { time: (23 << 11) | (59 << 5) | 29, date: (127 << 9) | (12 << 5) | 31 };
  return {
    time: (moment.getUTCHours() << 11) | (moment.getUTCMinutes() << 5) | (moment.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((moment.getUTCMonth() + 1) << 5) | moment.getUTCDate(),
  };
}

export function writeZip(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const { time, date } = dosDateTime(modified);
  const names = entries.map((e) => utf8.encode(e.path));
  const localSize = entries.reduce((sum, e, i) => sum + 30 + (names[i] as Uint8Array).length + e.deflated.length, 0);
  const centralSize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number): void => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number): void => {
    view.setUint32(at, v, true);
    at += 4;
  };
  const bytes = (b: Uint8Array): void => {
    out.set(b, at);
    at += b.length;
  };
  /** Version needed 2.0 (deflate), UTF-8 names, deflate, time, CRC and sizes: shared by both headers. */
  const common = (e: ZipEntry, name: Uint8Array): void => {
    u16(20);
    u16(0x0800);
    u16(8);
    u16(time);
    u16(date);
    u32(e.crc);
    u32(e.deflated.length);
    u32(e.size);
    u16(name.length);
    u16(0);
  };
  const offsets: number[] = [];
  entries.forEach((e, i) => {
    const name = names[i] as Uint8Array;
    offsets.push(at);
    u32(0x04034b50);
    common(e, name);
    bytes(name);
    bytes(e.deflated);
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    const name = names[i] as Uint8Array;
    u32(0x02014b50);
    u16(20); // made by: version 2.0, MS-DOS attributes
    common(e, name);
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i] as number);
    bytes(name);
  });
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(centralSize);
  u32(centralStart);
  u16(0);
  return out;
}
