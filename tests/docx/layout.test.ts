/**
 * The DOCX's own layout safeguards, read from the package XML: automatic hyphenation on, names
 * exempt from it, table columns no narrower than their longest word (measured with the real
 * font, the metric twin of the Times New Roman Word uses).
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/core/render/docx/index.ts';
import { parseFontSet } from '../../src/core/render/pdf/fonts.ts';
import { FontMetrics } from '../../src/core/render/pdf/metrics.ts';
import { TEXT_WIDTH_CHARS } from '../../src/core/render/text-width-chars.ts';
import { estimateTextWidthPt } from '../../src/core/render/text-width.ts';
import { DEFAULT_THEME, mmToTwip } from '../../src/core/render/theme.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { namesModel } from '../fixtures/names-model.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

const LONG = 'Электроэнергия';

describe('DOCX layout', () => {
  let parts: Record<string, string>;
  let metrics: FontMetrics;

  beforeAll(async () => {
    const model = structuredClone(namesModel);
    model.children.push({
      type: 'table',
      columns: [{ width: 1 }, { width: 20 }],
      headerRows: 1,
      borders: 'all',
      rows: [
        {
          cells: [
            { children: [{ type: 'paragraph', children: [{ text: 'Вид' }] }] },
            { children: [{ type: 'paragraph', children: [{ text: 'Описание' }] }] },
          ],
        },
        {
          cells: [
            { children: [{ type: 'paragraph', children: [{ text: LONG }] }] },
            { children: [{ type: 'paragraph', children: [{ text: 'текст' }] }] },
          ],
        },
      ],
    });
    const bytes = await renderDocx(model, DEFAULT_THEME, TIMESTAMP);
    parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
    metrics = new FontMetrics(parseFontSet(await loadFontSet('Times New Roman')));
  });

  const grids = (): number[][] =>
    [...parts['word/document.xml']!.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
      [...m[1]!.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((g) => Number(g[1])),
    );
  const needTwip = (word: string, bold = false): number =>
    metrics.width(word, bold ? 'bold' : 'regular') * DEFAULT_THEME.fontSize * 20 + 2 * mmToTwip(1.5);

  it('estimates widths no narrower than the font draws them (the generated table is current)', () => {
    for (const ch of TEXT_WIDTH_CHARS) {
      expect(estimateTextWidthPt(ch, 'Times New Roman', false, 1), ch).toBeGreaterThanOrEqual(metrics.width(ch, 'regular') - 1e-9);
      expect(estimateTextWidthPt(ch, 'Times New Roman', true, 1), ch).toBeGreaterThanOrEqual(metrics.width(ch, 'bold') - 1e-9);
    }
  });

  it('turns on automatic hyphenation', () => {
    expect(parts['word/settings.xml']).toMatch(/<w:autoHyphenation( w:val="(true|1|on)")?\/>/);
  });

  it('sizes a column to its longest word, taking the room from the wide column', () => {
    const [names, words] = grids();
    // 1 : 20 would give the first column about 8 mm; «Электроэнергия» needs more.
    expect(words![0]).toBeGreaterThanOrEqual(needTwip(LONG));
    expect(words![0]! + words![1]!).toBe(mmToTwip(DEFAULT_THEME.page.widthMm - 40));
    // The name column holds the whole surname, which is never hyphenated.
    expect(names![0]).toBeGreaterThanOrEqual(needTwip('Верхнеднепропетровский'));
  });

  it('marks names as not proofed, so Word does not hyphenate them, and ties the signature to the name', () => {
    const xml = parts['word/document.xml']!;
    const nameRuns = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*Верхнеднепропетровский(?:(?!<\/w:r>).)*<\/w:r>/g)].map((m) => m[0]);
    expect(nameRuns).toHaveLength(2);
    for (const run of nameRuns) expect(run).toContain('<w:noProof/>');
    // Rule, no-break space and name in one paragraph; a long name shortens the rule.
    expect(xml).toMatch(/_{8,15}\u00a0<\/w:t><\/w:r><w:r><w:rPr><w:noProof\/><\/w:rPr><w:t[^>]*>К\.К\.\u00a0Верхнеднепропетровский/);
    expect(xml).not.toContain('Переобустраивающийся</w:t></w:r><w:r><w:rPr><w:noProof/>');
  });
});
