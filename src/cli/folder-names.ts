/**
 * The folder of each profile of a batch inside --out, from the profile's file name: a plain,
 * safe name (no path parts, no leading dot, no characters Windows refuses, at most 100
 * characters), each different from every other even where the disk ignores case. A name given
 * literally keeps it; a repeated one gets the next free suffix: d1/x.yaml, d2/x.yaml, x-2.yaml
 * → x, x-3, x-2.
 */
import path from 'node:path';

const MAX_LENGTH = 100;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name's stem as a folder name that stays a single folder inside --out. */
export function safeFolderName(file: string): string {
  const stem = path
    .basename(file.replaceAll('\\', '/'))
    .replace(/\.(ya?ml|json)$/i, '')
    .normalize('NFC');
  const cleaned = stem
    // Control characters, path separators and what Windows refuses in a name.
    .replace(/[\u0000-\u001f\u007f-\u009f/\\:*?"<>|]/g, '_')
    // A leading dot hides the folder (and «.», «..» leave it); a trailing dot or space Windows drops.
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  const cut = Array.from(cleaned)
    .slice(0, MAX_LENGTH)
    .join('')
    .replace(/[.\s]+$/, '');
  const name = cut === '' ? 'profile' : cut;
  return WINDOWS_RESERVED.test(name) ? `${name}_` : name;
}

/** One folder name per file, in order; no two equal, case ignored. */
export function packFolderNames(files: readonly string[]): string[] {
  const bases = files.map(safeFolderName);
  const key = (name: string): string => name.toLocaleLowerCase('ru');
  const firstIndex = new Map<string, number>();
  bases.forEach((base, i) => {
    if (!firstIndex.has(key(base))) firstIndex.set(key(base), i);
  });
  // The names asked for literally are taken first, so «x-2.yaml» is never pushed aside by a second «x».
  const taken = new Set(firstIndex.keys());
  return bases.map((base, i) => {
    if (firstIndex.get(key(base)) === i) return base;
    let n = 2;
    while (taken.has(key(`${base}-${n}`))) n++;
    const name = `${base}-${n}`;
    taken.add(key(name));
    return name;
  });
}
