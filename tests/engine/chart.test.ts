/**
 * The chart block: `:::chart` in a template → model, and the bars as a reader sees them in the
 * PDF, in the DOCX opened by LibreOffice, and in the HTML.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DocumentFrame } from '../../src/core/compose/build-document.ts';
import { buildFromSource } from '../support/templates.ts';
import type { Chart, DocumentModel } from '../../src/core/model/types.ts';
import { modelText } from '../../src/core/model/to-text.ts';
import { CHART_COLORS } from '../../src/core/render/chart-style.ts';
import { renderDocx } from '../../src/core/render/docx/index.ts';
import { renderHtml } from '../../src/core/render/html/index.ts';
import { renderPdf } from '../../src/core/render/pdf/index.ts';
import { DEFAULT_THEME } from '../../src/core/render/theme.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { libreOfficeToPdf, pdfText, removeDir, squash, tempDir } from '../support/readers.ts';
import { chartBars, rasterPage } from '../support/raster.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

const frame: DocumentFrame = { organization: 'ООО «Тест»', city: '', approval: null, acknowledgement: null, lang: 'ru-RU' };
const head = '---\nid: chart\ntitle: Диаграмма\nnumbered: false\n---\n';

function build(body: string, view: object = {}): DocumentModel {
  return buildFromSource('chart.md.hbs', `${head}${body}`, view, frame);
}

function chartOf(model: DocumentModel): Chart {
  const chart = model.children.find((b) => b.type === 'chart');
  if (chart?.type !== 'chart') throw new Error('no chart');
  return chart;
}

describe(':::chart in a template', () => {
  test('a list of «label: value» becomes bars; the value is printed as a percentage', () => {
    const chart = chartOf(
      build(':::chart{caption="Результат, %"}\n- Планирование: 62\n- Контроль: 0\n- CRM: 100\n- Аналитика: 42,5\n:::\n'),
    );
    expect(chart).toEqual({
      type: 'chart',
      caption: 'Результат, %',
      marks: [],
      items: [
        { label: 'Планирование', value: 62, text: '62\u00a0%' },
        { label: 'Контроль', value: 0, text: '0\u00a0%' },
        { label: 'CRM', value: 100, text: '100\u00a0%' },
        { label: 'Аналитика', value: 42.5, text: '42,5\u00a0%' },
      ],
    });
  });

  test('marks="50,80" puts threshold marks on every bar; a mark outside 0–100 is refused', () => {
    expect(chartOf(build(':::chart{marks="50,80"}\n- А: 62\n:::\n')).marks).toEqual([50, 80]);
    expect(() => build(':::chart{marks="50,120"}\n- А: 62\n:::\n')).toThrow(/отметки marks="50,120"/);
  });

  test('labels from the view stay literal, colons included; values may come from the view', () => {
    const view = { rows: [{ name: 'Итог: **всё** | <b>', score: 75 }] };
    const chart = chartOf(build(':::chart\n{{#each rows}}\n- {{name}}: {{score}}\n{{/each}}\n:::\n', view));
    expect(chart.items).toEqual([{ label: 'Итог: **всё** | <b>', value: 75, text: '75\u00a0%' }]);
    expect(chart.caption).toBe('');
  });

  test('a value outside 0..100 or a missing one is a template error naming the line', () => {
    expect(() => build(':::chart\n- А: 120\n:::\n')).toThrowError(
      /chart.md.hbs: «:::chart» в строке \d+: значение «120» у «А» должно быть числом от 0 до 100/,
    );
    expect(() => build(':::chart\n- А\n:::\n')).toThrowError(/без значения/);
    expect(() => build(':::chart\nтекст\n:::\n')).toThrowError(/один список/);
  });

  test('the plain-text projection lists label and value', () => {
    expect(modelText(build(':::chart{caption="Подпись"}\n- А: 10\n:::\n'))).toContain('А: 10\u00a0%\nПодпись');
  });
});

describe('the chart as printed', () => {
  const values = [100, 75, 50, 25, 0, 62];
  const body = `Перед диаграммой.\n\n:::chart{caption="Доля, % от максимума"}\n${values.map((v, i) => `- Полоса ${i + 1}: ${v}`).join('\n')}\n:::\n\nПосле диаграммы.\n`;
  let dir: string;
  let model: DocumentModel;
  beforeAll(() => {
    dir = tempDir('chart');
    model = build(body);
  });
  afterAll(() => removeDir(dir));

  const expectBars = (shares: number[]): void => {
    expect(shares).toHaveLength(values.length);
    shares.forEach((share, i) => expect(Math.abs(share - (values[i] ?? 0) / 100), `bar ${i + 1}: ${share}`).toBeLessThan(0.02));
  };

  test('PDF: each bar is as long as its value, with its label and value as text', async () => {
    const file = path.join(dir, 'chart.pdf');
    writeFileSync(file, await renderPdf(model, DEFAULT_THEME, await loadFontSet('Times New Roman'), TIMESTAMP));
    expectBars(chartBars(rasterPage(file, 1), CHART_COLORS.bar, CHART_COLORS.track));
    const text = squash(pdfText(file));
    expect(text).toContain('Полоса 1 100 %');
    expect(text).toContain('Полоса 4 25 %');
    expect(text).toContain('Доля, % от максимума После диаграммы.');
  });

  test('DOCX through LibreOffice: the same bars', async () => {
    const file = path.join(dir, 'chart.docx');
    writeFileSync(file, await renderDocx(model, DEFAULT_THEME, TIMESTAMP));
    const [pdf] = libreOfficeToPdf([file], dir);
    expectBars(chartBars(rasterPage(pdf!, 1), CHART_COLORS.bar, CHART_COLORS.track));
    expect(squash(pdfText(pdf!))).toContain('Полоса 6 62 %');
  });

  test('HTML: an SVG bar of the value’s width per row, labels escaped', () => {
    const html = renderHtml(build(':::chart\n- {{name}}: 40\n:::\n', { name: '<script>x</script>' }), DEFAULT_THEME);
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toMatch(/<rect x="0" y="0" width="40" height="10" fill="#2F5597"\/>/);
    expect(html).toContain('40\u00a0%');
    // Threshold marks cross the bar where the levels change.
    const marked = renderHtml(build(':::chart{marks="50,80"}\n- А: 40\n:::\n'), DEFAULT_THEME);
    expect(marked.match(/<line x1="(\d+)"/g)).toEqual(['<line x1="50"', '<line x1="80"']);
  });
});
