/**
 * A name that ends in a full stop («Агро СХ.», a director's «И.И.») ends a sentence without a second
 * one: before, «о СХ..» made the wording check refuse the whole pack (exit 1 for a valid profile).
 */
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { profileFromFile, writePack } from '../support/packs.ts';
import { REFERENCE_PROFILE } from '../support/reference.ts';
import { pdfText, removeDir, squash, tempDir } from '../support/readers.ts';

const root = tempDir('opkit-stop-');
afterAll(() => removeDir(root));

test('names and an activity ending in a full stop: the pack builds, no «..» in any document', async () => {
  const profile = profileFromFile(REFERENCE_PROFILE, (text) =>
    text
      .replace(/^ {2}name: ТехноСнаб$/m, '  name: Агро СХ.')
      .replace(/^ {2}name: Отдел продаж$/m, '  name: Отдел сбыта и К.')
      .replace(/^ {2}city: .*$/m, '  city: Верх. Пышма.')
      .replace(/^ {2}industry: .*$/m, '  industry: оптовые поставки оборудования и т. п.'),
  );
  expect(profile.company.name).toBe('Агро СХ.');
  const { pack, dir } = await writePack(root, 'dot', profile, ['pdf']);
  const pdfs = pack.files.filter((f) => f.path.endsWith('.pdf'));
  expect(pdfs.length).toBeGreaterThan(10);
  const all = pdfs.map((f) => squash(pdfText(path.join(dir, f.path)))).join('\n');
  expect(all).toContain('«Агро СХ.»');
  expect(all).not.toMatch(/[^.]\.\.(?!\.)/u);
});
