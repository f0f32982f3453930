/**
 * The fill-in forms have many narrow columns: in every fixture's pack, no column of the report
 * forms, the hand-over act or an onboarding plan is narrower in the DOCX than its longest word
 * (Word does not hyphenate), measured with the profile's own font like the defect-class test.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseFontSet } from '../../src/core/render/pdf/fonts.ts';
import { FontMetrics } from '../../src/core/render/pdf/metrics.ts';
import { DEFAULT_THEME } from '../../src/core/render/theme.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { fixtureProfile } from '../support/packs.ts';
import { packSet } from '../support/pack-set.ts';
import { readDocx } from '../support/readers.ts';

const FIXTURES = [
  'tehnosnab.yaml',
  'karpov-ip.yaml',
  'cloudtrack-saas.yaml',
  'logiline-services.yaml',
  'belstal-by.yaml',
  'nordline-eur-40.yaml',
];
const FORMS = /^(report-forms|handover-act|onboarding-plan-.+)\.docx$/;
const built = packSet('form-widths');
const packs: Array<{ files: string[]; metrics: FontMetrics }> = [];

beforeAll(async () => {
  for (const name of FIXTURES) {
    const { pack, dir, profile } = await built.build(name, fixtureProfile(name), ['docx']);
    const files = pack.files.filter((f) => FORMS.test(f.path)).map((f) => path.join(dir, f.path));
    packs.push({ files, metrics: new FontMetrics(parseFontSet(await loadFontSet(profile.documents.font))) });
  }
}, 240_000);
afterAll(() => built.remove());

test('every column of the forms is as wide as its longest word', () => {
  const size = DEFAULT_THEME.tableFontSize;
  const narrow: string[] = [];
  let checked = 0;
  for (const { files, metrics } of packs) {
    for (const file of files) {
      for (const table of readDocx(file).tables) {
        for (const row of table.rows) {
          if (row.cells.length !== table.grid.length) continue;
          row.cells.forEach((text, column) => {
            for (const word of text.split(/[ \n\t]+/).flatMap((w) => w.split(/(?<=-)/))) {
              if (word === '') continue;
              checked++;
              if ((table.grid[column] ?? 0) < metrics.width(word, 'regular') * size * 20) narrow.push(`${path.basename(file)}: «${word}»`);
            }
          });
        }
      }
    }
  }
  expect([...new Set(narrow)]).toEqual([]);
  expect(checked).toBeGreaterThan(500);
});
