/**
 * Bundle a pack's files into one ZIP, with the DOCX packages' own writer: every entry gets the
 * pack's timestamp (in UTC), so the same files give the same archive on every run and machine.
 */
import { crc32 } from '../render/crc32.ts';
import { fflateDeflater, type Deflater } from '../render/deflate.ts';
import { writeZip } from '../render/docx/zip.ts';

const utf8 = new TextEncoder();

/** `modified`: the entries' time (see timestamp.ts); `deflater`: fflate unless given (Node passes native zlib). */
export function zipFiles(
  files: ReadonlyArray<{ path: string; bytes: Uint8Array | string }>,
  modified: Date,
  deflater: Deflater = fflateDeflater,
): Uint8Array {
  const entries = files.map((file) => {
    const bytes = typeof file.bytes === 'string' ? utf8.encode(file.bytes) : file.bytes;
    return { path: file.path, crc: crc32(bytes), size: bytes.length, deflated: deflater.raw(bytes) };
  });
  return writeZip(entries, modified);
}
