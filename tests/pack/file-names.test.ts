/** The safe-name rule of the pack's files (src/core/pack/file-names.ts): what every disk accepts, unique, within length. */
import { describe, expect, test } from 'vitest';
import { MAX_NAME_BYTES, packZipName, safeFileName, transliterate, uniqueNames } from '../../src/core/pack/file-names.ts';

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
