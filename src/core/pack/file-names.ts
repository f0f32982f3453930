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

/** A file name's limit in UTF-8 bytes, extension included. */
export const MAX_NAME_BYTES = 180;

export type NameStyle = 'ru' | 'ascii';

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)$/i;
const utf8 = new TextEncoder();

/** Russian letters in Latin, after the passport rule (ГОСТ Р 52535.1-2006) people are used to. */
const TRANSLIT: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  // Kazakh, Belarusian and Ukrainian letters the fixtures' companies may carry.
  і: 'i',
  ї: 'i',
  є: 'ie',
  ґ: 'g',
  ў: 'u',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
};

/** Text in plain ASCII: Cyrillic transliterated, quotes dropped, other letters stripped of accents, the rest `_`. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const lower = ch.toLowerCase();
    const latin = TRANSLIT[lower];
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
 * Words that cannot end a cut name: a preposition or conjunction left without what it governs
 * («…по коммерческим вопросам и» → «…по коммерческим вопросам»). Russian, and their transliterations
 * for `--ascii-names`.
 */
const DANGLING = new Set([
  ...['а', 'без', 'в', 'во', 'для', 'до', 'за', 'и', 'из', 'или', 'к', 'ко', 'между', 'на', 'над', 'но'],
  ...['о', 'об', 'обо', 'от', 'по', 'под', 'при', 'про', 'с', 'со', 'у', 'через', 'либо', 'не', 'ни'],
  ...['a', 'bez', 'v', 'vo', 'dlia', 'do', 'za', 'i', 'iz', 'ili', 'k', 'ko', 'mezhdu', 'na', 'nad', 'no'],
  ...['o', 'ob', 'obo', 'ot', 'po', 'pod', 'pri', 'pro', 's', 'so', 'u', 'cherez', 'libo', 'ne', 'ni'],
]);

/** Punctuation, dashes and opening brackets or quotes that mean nothing at the end of a cut name. */
const TRAILING_MARKS = /[\s.,;:!?\-\u2010-\u2015([{«„“"'_&+]+$/u;

/**
 * `text` within `bytes` bytes of UTF-8, cut between words: a word that does not fit is dropped
 * whole, then any preposition, conjunction or punctuation left hanging at the end. The leading
 * number (`03 `) stays. A name whose first word alone overflows (one unbreakable word) is cut
 * inside it, never inside a character.
 */
function cutAtWord(text: string, bytes: number): string {
  if (utf8.encode(text).length <= bytes) return text;
  const hard = cutToBytes(text, bytes);
  const rest = text.slice(hard.length);
  let cut = /^\s/.test(rest) ? hard : hard.replace(/\S+$/, '');
  for (;;) {
    const stripped = cut.replace(TRAILING_MARKS, '');
    const last = /(?:^|\s)(\S+)$/.exec(stripped);
    const word = last?.[1];
    if (word !== undefined && DANGLING.has(word.toLocaleLowerCase('ru'))) {
      cut = stripped.slice(0, stripped.length - word.length);
      continue;
    }
    cut = stripped;
    break;
  }
  // Nothing left but the number: the title is one word too long for any disk, so cut inside it.
  return /^[\d\s]*$/.test(cut) ? hard : cut;
}

/**
 * One safe file name from a stem and an extension (without the dot): forbidden characters become
 * `_`, whitespace one space, the stem cut between words so that the whole name fits MAX_NAME_BYTES.
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
  let cut = trim(cutAtWord(cleaned, MAX_NAME_BYTES - utf8.encode(ext).length));
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
      candidate = safeFileName(cutAtWord(stem, MAX_NAME_BYTES - utf8.encode(`${suffix}.${ext}`).length) + suffix, ext);
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
