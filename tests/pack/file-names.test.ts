/** The safe-name rule of the pack's files (src/core/pack/file-names.ts): what every disk accepts, unique, within length. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkProfileText } from '../../src/core/check.ts';
import { MAX_NAME_BYTES, packFileNames, packZipName, safeFileName, transliterate, uniqueNames } from '../../src/core/pack/file-names.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { fileTitle } from '../../src/documents/shared/file-title.ts';
import { profilePath } from '../support/profiles.ts';

const bytes = (name: string): number => new TextEncoder().encode(name).length;

describe('safeFileName', () => {
  test('drops what Windows, macOS or Linux refuse, and hidden or trailing dots', () => {
    expect(safeFileName('Регламент работы в 1C:CRM / "Битрикс"?', 'pdf')).toBe("Регламент работы в 1C_CRM _ 'Битрикс'_.pdf");
    expect(safeFileName('..скрытый.', 'pdf')).toBe('скрытый.pdf');
    expect(safeFileName('a\u0000b\u001b[2Kc\u202e', 'txt')).toBe('a_b_[2Kc.txt');
    expect(safeFileName('   ', 'pdf')).toBe('file.pdf');
  });

  test('a reserved device name gets a mark, whatever its extension', () => {
    expect(safeFileName('NUL', 'pdf')).toBe('NUL_.pdf');
    expect(safeFileName('com1', 'docx')).toBe('com1_.docx');
    expect(safeFileName('Console', 'pdf')).toBe('Console.pdf');
  });

  test('a long Russian title is cut to the byte limit, never inside a letter, the extension kept', () => {
    const name = safeFileName('Должностная инструкция '.repeat(20), 'docx');
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toMatch(/^Должностная .*[^ .]\.docx$/);
    expect(name).not.toContain('\uFFFD');
  });
});

/** The real belstal profile with its head of sales under a title as long as some companies write them. */
function longTitleProfile(): Profile {
  const check = checkProfileText(readFileSync(profilePath('belstal-by.yaml'), 'utf8'), 'belstal-by.yaml');
  if (!check.ok) throw new Error(JSON.stringify(check.errors));
  const tail =
    'по коммерческим вопросам и развитию региональной дилерской сети в Минской, Гродненской, Брестской и Витебской областях Республики Беларусь';
  const rop = check.profile.department.positions.find((p) => p.id === 'rop');
  if (rop === undefined) throw new Error('belstal-by.yaml has no rop');
  rop.title = `Заместитель генерального директора ${tail}`;
  rop.titleCases = {
    genitive: `Заместителя генерального директора ${tail}`,
    dative: `Заместителю генерального директора ${tail}`,
    accusative: `Заместителя генерального директора ${tail}`,
    instrumental: `Заместителем генерального директора ${tail}`,
    prepositional: `Заместителе генерального директора ${tail}`,
  };
  return check.profile;
}

/** A preposition or conjunction that governs the word after it: a name must not end on one. */
const DANGLING_END = /[ _](по|и|для|в|во|на|с|со|к|о|об|от|до|из|за|при|у|а|или|но|po|i|dlia|v|na|s|k|o|ob|ot|do|iz|za|pri|u|a|ili|no)$/i;

describe('a long title is cut between words', () => {
  const profile = longTitleProfile();
  const titles = ['Должностная инструкция', 'Карта KPI', 'План адаптации'].map((kind) => ({
    id: `${kind}:rop`,
    title: fileTitle(profile, `${kind}: ${profile.department.positions[0]?.title ?? ''}`, 'rop'),
  }));

  test.each(['ru', 'ascii'] as const)('%s names: whole words, no dangling preposition, number and extension kept', (style) => {
    const files = titles.flatMap((t) => ['pdf', 'docx'].map((extension) => ({ id: t.id, extension })));
    const names = packFileNames(titles, files, style);
    expect(new Set(names.map((n) => n.toLocaleLowerCase('ru'))).size).toBe(names.length);
    names.forEach((name, i) => {
      const item = Math.floor(i / 2);
      const title = titles[item]?.title ?? '';
      const full = style === 'ascii' ? transliterate(title) : title;
      expect(bytes(name), name).toBeLessThanOrEqual(MAX_NAME_BYTES);
      expect(name, name).toMatch(new RegExp(`^0${item + 1} .+\\.${files[i]?.extension}$`));
      const stem = name.slice(3, name.lastIndexOf('.'));
      // Cut, and cut at the end of a word of the title: what follows in the title is a space.
      expect(stem.length, name).toBeLessThan(full.length);
      expect(full.startsWith(stem), name).toBe(true);
      expect(full.charAt(stem.length), name).toBe(' ');
      expect(stem, name).not.toMatch(DANGLING_END);
      expect(stem, name).not.toMatch(/[\s.,;:\-–—]$/);
    });
  });

  test('the cut drops the partial word, then a dangling conjunction and punctuation', () => {
    const room = MAX_NAME_BYTES - bytes('.pdf');
    // «…вопросам и» fits, «развитию» does not: the name ends on «вопросам».
    const head = `01 ${'Х'.repeat(Math.floor((room - bytes('01  вопросам и разв')) / 2))}`;
    expect(safeFileName(`${head} вопросам и развитию сети`, 'pdf')).toBe(`${head} вопросам.pdf`);
    expect(safeFileName(`${head} вопросам, — развитию сети`, 'pdf')).toBe(`${head} вопросам.pdf`);
  });

  test('one unbreakable word is cut inside it, the number kept, never inside a letter', () => {
    const name = safeFileName(`07 ${'Сверхдлинноенаименование'.repeat(12)}`, 'pdf');
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(bytes(name)).toBeGreaterThan(MAX_NAME_BYTES - 2);
    expect(name).toMatch(/^07 Сверхдлинное.*\.pdf$/);
    expect(name).not.toContain('\uFFFD');
  });

  test('the « (2)» of a repeated long name keeps the cut between words', () => {
    const long = `${titles[0]?.title ?? ''}`;
    const [first, second] = uniqueNames([safeFileName(long, 'pdf'), safeFileName(long, 'pdf')]);
    expect(second).toMatch(/[^ ] \(2\)\.pdf$/);
    const stem = (second ?? '').replace(/ \(2\)\.pdf$/, '');
    expect(long.charAt(stem.length)).toBe(' ');
    expect(stem).not.toMatch(DANGLING_END);
    expect(first).not.toBe(second);
  });
});

test('uniqueNames tells names apart where the disk ignores case', () => {
  expect(uniqueNames(['План.pdf', 'план.pdf', 'ПЛАН.pdf', 'Другой.pdf'])).toEqual([
    'План.pdf',
    'план (2).pdf',
    'ПЛАН (3).pdf',
    'Другой.pdf',
  ]);
});

test('transliteration and the ZIP name', () => {
  expect(transliterate('Щёлковский «Юг» — Ъ')).toBe('Shchelkovskii Iug - Ie');
  expect(packZipName('ТехноСнаб', '2027-01-15', 'ru')).toBe('ТехноСнаб 2027-01-15.zip');
  expect(packZipName('ТехноСнаб', null, 'ascii')).toBe('TekhnoSnab bez daty.zip');
  expect(packZipName('А/Б: «В»', '2027-01-15', 'ru')).toBe('А_Б_ «В» 2027-01-15.zip');
});
