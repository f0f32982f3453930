/** File names under --ascii-names and the slugs of clause ids spell Cyrillic by one table (ICAO Doc 9303). */
import { expect, test } from 'vitest';
import { transliterate } from '../../src/core/pack/file-names.ts';
import { slugOf } from '../../src/documents/shared/plan-values.ts';

test('й, ъ, ю and я read the same in a file name and in a clause id', () => {
  expect(transliterate('Объём заявок новой линейки, Юг')).toBe('Obieem zaiavok novoi lineiki, Iug');
  expect(slugOf('Объём заявок новой линейки, Юг')).toBe('obieem-zaiavok-novoi-lineiki-iug');
  // Belarusian ў is a letter of the table, not a word break.
  expect(slugOf('Заўвагі кліентаў')).toBe('zauvagi-klientau');
});
