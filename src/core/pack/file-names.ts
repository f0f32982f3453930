/**
 * The names a client pack's files carry on the client's disk: numbered in the pack's order, in
 * Russian from the documents' titles (`03 Должностная инструкция менеджера по продажам.pdf`) or
 * transliterated (`--ascii-names`), and the ZIP named after the client and the approval date. One
 * function for the CLI and the site's ZIP, so a pack is named the same wherever it is built.
 *
 * The safe-name rule: no character Windows, macOS or Linux refuses or treats specially (control
 * characters, `<>:"/\|?*`), no leading dot (hidden) or trailing dot or space (Windows drops them),
 * no reserved device name (CON, NUL, COM1…), at most MAX_NAME_BYTES bytes of UTF-8 (ext4 and
 * most file systems allow 255; the rest is left for the staging and the ZIP tools), and no two
 * names equal where the disk ignores case.
 */

import { CYRILLIC_TO_LATIN } from '../text/latin.ts';

/** A file name's limit in UTF-8 bytes, extension included. */
export const MAX_NAME_BYTES = 180;

export type NameStyle = 'ru' | 'ascii';

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)$/i;
const utf8 = new TextEncoder();

/** Text in plain ASCII: Cyrillic transliterated, quotes dropped, other letters stripped of accents, the rest `_`. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower];
    if (latin !== undefined) {
      out += ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    } else if (/[«»“”„"']/.test(ch)) {
      // Quotes around a company name add nothing to a file name.
    } else if (/[\u2010-\u2015]/.test(ch)) out += '-';
    else if (ch === '№') out += 'N';
    else if (/[\x20-\x7e]/.test(ch)) out += ch;
    else {
      const plain = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += /^[\x20-\x7e]+$/.test(plain) ? plain : '_';
    }
  }
  return out;
}

/** `text` cut to at most `bytes` bytes of UTF-8, never inside a character. */
function cutToBytes(text: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const size = utf8.encode(ch).length;
    if (used + size > bytes) break;
    out += ch;
    used += size;
  }
  return out;
}

/**
 * One safe file name from a stem and an extension (without the dot): forbidden characters become
 * `_`, whitespace one space, the stem cut so that the whole name fits MAX_NAME_BYTES.
 */
export function safeFileName(stem: string, extension: string): string {
  const ext = extension === '' ? '' : `.${extension}`;
  const trim = (s: string): string => s.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  const cleaned = trim(
    stem
      .normalize('NFC')
      .replace(/"/g, "'")
      .replace(/[\u0000-\u001f\u007f-\u009f<>:/\\|?*]/g, '_')
      // Zero-width and bidirectional marks would make two names look the same.
      .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
      .replace(/\s+/g, ' '),
  );
  let cut = trim(cutToBytes(cleaned, MAX_NAME_BYTES - utf8.encode(ext).length));
  if (cut === '') cut = 'file';
  // Windows reserves a device name whatever extension follows it («NUL.pdf»).
  const device = cut.split('.')[0] ?? '';
  if (RESERVED.test(device)) cut = `${device}_${cut.slice(device.length)}`;
  return `${cut}${ext}`;
}

/** Names made unique where the disk ignores case: a repeated one gets « (2)», « (3)» before its extension. */
export function uniqueNames(names: readonly string[]): string[] {
  const key = (name: string): string => name.toLocaleLowerCase('ru');
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(key(candidate)); n++) {
      const dot = name.lastIndexOf('.');
      const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
      const suffix = ` (${n})`;
      candidate = safeFileName(cutToBytes(stem, MAX_NAME_BYTES - utf8.encode(`${suffix}.${ext}`).length) + suffix, ext);
    }
    taken.add(key(candidate));
    return candidate;
  });
}

/** One item of the pack as it is named: a document (its id and title) or the bonus workbook. */
export interface NamedItem {
  id: string;
  title: string;
}

/**
 * The file stem of each item, in the pack's order, by id: `03 Должностная инструкция менеджера по
 * продажам`, numbered from 01 (three digits when the pack has a hundred items or more).
 */
export function packFileStems(items: readonly NamedItem[], style: NameStyle): Map<string, string> {
  const width = Math.max(2, String(items.length).length);
  return new Map(
    items.map((item, i) => {
      const title = style === 'ascii' ? transliterate(item.title) : item.title;
      return [item.id, `${String(i + 1).padStart(width, '0')} ${title}`];
    }),
  );
}

/**
 * The file names of a pack: for each item id and extension, the safe, unique name. `files` are
 * the item id and extension of every file in the order they are written.
 */
export function packFileNames(
  items: readonly NamedItem[],
  files: ReadonlyArray<{ id: string; extension: string }>,
  style: NameStyle,
): string[] {
  const stems = packFileStems(items, style);
  return uniqueNames(files.map((f) => safeFileName(stems.get(f.id) ?? f.id, f.extension)));
}

/** The pack's ZIP: `ТехноСнаб 2027-01-15.zip`, or `… без даты.zip` when the profile has no approval date. */
export function packZipName(company: string, approvalDate: string | null, style: NameStyle): string {
  const date = approvalDate ?? (style === 'ascii' ? 'bez daty' : 'без даты');
  const name = `${company} ${date}`;
  return safeFileName(style === 'ascii' ? transliterate(name) : name, 'zip');
}
