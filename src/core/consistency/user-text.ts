/**
 * What the user typed, taken out of a passage before a check reads it as the pack's own text. A
 * company called «$mart Трейд» or a position «Менеджер по продажам в РК» is the client's wording,
 * printed as typed: a check looking for another country's money or law in OUR sentences must not
 * refuse the pack for it, and must still find the same sign when a sentence of ours prints it.
 */
import { buildCommonView, type TitleView } from '../../documents/shared/common.ts';
import type { Profile } from '../profile/schema.ts';
import { CASES } from '../text/inflect.ts';
import { capitalize, lowerFirst } from '../text/names.ts';

/** Stands where a user string was: no letter, digit or sign any check looks for. */
const MASK = '\uFFFC';

/** Every string of the profile, at any depth (a field added later is covered without a change here). */
function profileStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) profileStrings(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) profileStrings(item, out);
}

const forms = (title: TitleView): string[] => CASES.flatMap((c) => [title[c], title.lc[c]]);

/**
 * The user's strings as the documents print them: as typed, with the first letter in either case,
 * the organisation's names made from them, and the department's, positions' and director's titles
 * in every case (the documents inflect those).
 */
export function userStrings(profile: Profile): string[] {
  const typed: string[] = [];
  profileStrings(profile, typed);
  const common = buildCommonView(profile);
  const derived = [
    common.org.name,
    common.org.short,
    common.org.full,
    common.org.fullGen,
    common.director.fullName,
    common.director.signer,
    ...forms(common.director.position),
    ...forms(common.dept.name),
    ...common.positions.flatMap((p) => forms(p.title)),
  ];
  const all = [...typed, ...derived].flatMap((s) => [s, capitalize(s), lowerFirst(s)]);
  return [...new Set(all.map((s) => s.trim()).filter((s) => s !== ''))];
}

/** The words of a string that hold a mark inside a longer word («$mart»), with the quotes and brackets around them dropped. */
function markedWords(text: string, marks: readonly RegExp[]): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[«»"'„“”()[\]{},.;:!?]+|[«»"'„“”()[\]{},.;:!?]+$/gu, ''))
    .filter((w) =>
      marks.some((mark) => {
        const m = mark.exec(w);
        // A word that is the mark itself («$», «руб.», «РК») is not masked: ours may print the same word.
        return m !== null && m[0].trim().length < w.length;
      }),
    );
}

/**
 * A function that masks, in a passage, the user's strings that hold one of `marks` (only those:
 * the rest of the text is read as before). A whole string is masked where it is printed as typed or
 * inflected as the documents inflect it; a word of it that carries a mark inside it («$mart») is
 * masked wherever it stands, for the forms the documents make from a string in other ways.
 */
export function userTextMask(profile: Profile, marks: readonly RegExp[]): (text: string) => string {
  const hits = (s: string): boolean => marks.some((mark) => mark.test(s));
  const strings = userStrings(profile).filter(hits);
  const pieces = [...new Set([...strings, ...strings.flatMap((s) => markedWords(s, marks))])].sort((a, b) => b.length - a.length);
  if (pieces.length === 0) return (text) => text;
  return (text) => pieces.reduce((masked, piece) => masked.split(piece).join(MASK), text);
}
