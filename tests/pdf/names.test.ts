/**
 * Personal names are never hyphenated: a long surname in the approval block and in a narrow
 * table column comes out of pdftotext whole, on one line.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAMES, namesModel } from '../fixtures/names-model.ts';
import { parseFontSet } from '../../src/core/render/pdf/fonts.ts';
import { layoutPages, renderPdf } from '../../src/core/render/pdf/index.ts';
import { FontMetrics } from '../../src/core/render/pdf/metrics.ts';
import { DEFAULT_THEME } from '../../src/core/render/theme.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { pdfText, removeDir, tempDir } from '../support/readers.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

const { SURNAME, OTHER } = NAMES;

describe('names in the PDF', () => {
  let dir: string | undefined;
  let text = '';

  beforeAll(async () => {
    dir = tempDir('pdf-names');
    const file = join(dir, 'names.pdf');
    writeFileSync(file, await renderPdf(namesModel, DEFAULT_THEME, await loadFontSet('Times New Roman'), TIMESTAMP));
    text = pdfText(file, { layout: true });
  });
  afterAll(() => removeDir(dir));

  it('keeps a long surname whole next to the signature rule', () => {
    const line = text.split('\n').find((l) => l.includes('К.К.'));
    expect(line).toMatch(new RegExp(`_{8,} К\\.К\\. ${SURNAME}`));
  });

  it('keeps a name whole in a narrow column, where other words still hyphenate', async () => {
    expect(text.split('\n').filter((l) => l.includes(SURNAME))).toHaveLength(2);
    // As drawn: the name is whole on one line, while the ordinary long word of the other
    // narrow column is hyphenated, which proves the columns narrow.
    const metrics = new FontMetrics(parseFontSet(await loadFontSet('Times New Roman')));
    const drawn = layoutPages(namesModel, DEFAULT_THEME, metrics).pages.flatMap((p) =>
      p.items.flatMap((i) => (i.kind === 'text' ? [i.line.pieces.map((piece) => piece.text).join('')] : [])),
    );
    expect(drawn.filter((l) => l.includes(SURNAME))).toHaveLength(2);
    expect(drawn.some((l) => l.includes(OTHER))).toBe(false);
    expect(drawn.some((l) => l.endsWith('-'))).toBe(true);
  });
});
