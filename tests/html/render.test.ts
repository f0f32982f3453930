/**
 * The HTML preview: semantic structure, the print-like layout hooks, and escaping checked by
 * parsing the output with a real HTML parser.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/core/model/types.ts';
import { documentCss, escapeHtml, renderHtml } from '../../src/core/render/html/index.ts';
import { DEFAULT_THEME, themeFor } from '../../src/core/render/theme.ts';
import { edgeModel, TRICKY } from '../docx/edge-model.ts';
import { sampleModel } from '../fixtures/sample-model.ts';
import { python } from '../support/readers.ts';

interface Parsed {
  tags: Array<{ tag: string; attrs: Record<string, string | null> }>;
  blocks: Array<{ tag: string; class: string | null; text: string }>;
}

const PARSE = fileURLToPath(new URL('./parse-html.py', import.meta.url));
const parse = (html: string): Parsed => JSON.parse(python([PARSE], html)) as Parsed;

const sample = renderHtml(sampleModel, DEFAULT_THEME);
const count = (html: string, needle: string | RegExp): number =>
  typeof needle === 'string' ? html.split(needle).length - 1 : (html.match(new RegExp(needle, 'g')) ?? []).length;

describe('HTML structure', () => {
  it('wraps the document in an article with the document language', () => {
    expect(sample.startsWith('<article class="opk-doc" lang="ru-RU" data-doc="sample">')).toBe(true);
    expect(sample.trimEnd().endsWith('</article>')).toBe(true);
  });

  it('renders headings as h1–h3 with their numbers', () => {
    expect(sample).toContain('<h1 class="opk-h1"><span class="opk-num">1.</span> Общие положения</h1>');
    expect(sample).toContain('<h1 class="opk-h1">ЛИСТ ОЗНАКОМЛЕНИЯ</h1>');
    expect(count(sample, '<h1')).toBe(4);
    const edge = renderHtml(edgeModel, DEFAULT_THEME);
    expect(edge).toContain('<h2 class="opk-h2">Менеджер по продажам</h2>');
    expect(edge).toContain('<h3 class="opk-h3">Обязанности</h3>');
  });

  it('prints clause numbers in a span before the text', () => {
    expect(sample).toContain(
      '<p class="opk-clause opk-clause-2"><span class="opk-num">2.3.</span> Пункт с <strong>полужирным</strong> и <em>курсивом</em>.',
    );
    expect(sample).toContain('<p class="opk-clause opk-clause-3"><span class="opk-num">1.2.1.</span> Подпункт третьего уровня:');
  });

  it('writes list markers as print has them and restarts each ordered list', () => {
    expect(sample).toMatch(/<ul class="opk-list opk-depth-0"><li><p class="opk-li"><span class="opk-marker">–<\/span>первый элемент/);
    expect(sample).toMatch(/<ol class="opk-list opk-depth-1"><li><p class="opk-li"><span class="opk-marker">а\)<\/span>вложенный пункт а/);
    expect(sample).toContain('<span class="opk-marker">б)</span>вложенный пункт б');
    const edge = parse(renderHtml(edgeModel, DEFAULT_THEME))
      .blocks.filter((b) => b.class === 'opk-li')
      .map((b) => b.text);
    expect(edge).toEqual(expect.arrayContaining(['1)альфа', '3)гамма', '1)снова первый', 'ж)семь', 'и)восемь', 'к)девять']));
  });

  it('puts header rows in thead, body rows in tbody, widths in colgroup', () => {
    const table = /<table class="opk-table opk-borders-all">(.*?)<\/table>/s.exec(sample)?.[1] ?? '';
    expect(table).toMatch(
      /^<colgroup>(<col style="width:[\d.]+%">){4}<\/colgroup><thead><tr>(<th scope="col">.*?<\/th>){4}<\/tr><\/thead><tbody>/,
    );
    expect(count(table, '<tr>')).toBe(41);
    expect(count(/<thead>.*<\/thead>/s.exec(table)?.[0] ?? '', '<tr>')).toBe(1);
    const widths = [...table.matchAll(/width:([\d.]+)%/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([18.18, 27.27, 27.27, 27.27]);
    expect(table).toContain('<td class="opk-al-right"><p>40\u00a0000</p></td>');
    const edge = renderHtml(edgeModel, DEFAULT_THEME);
    expect(edge).toContain('<table class="opk-table opk-borders-all opk-table-small">');
    expect(edge).toContain('<th scope="col" colspan="2"><p>Группа</p></th>');
    expect(count(/<thead>.*?<\/thead>/s.exec(edge)?.[0] ?? '', '<tr>')).toBe(2);
    expect(edge).toContain('<table class="opk-table opk-borders-none">');
  });

  it('renders the approval block as an aside', () => {
    expect(sample).toContain(
      '<aside class="opk-approval"><p class="opk-approval-label">УТВЕРЖДАЮ</p><p>Генеральный директор</p><p>ООО «ТехноСнаб»</p>' +
        '<p class="opk-approval-sign"><span class="opk-sign-line">________________</span>\u00a0<span class="opk-name">А.В. Петров</span></p>' +
        '<p class="opk-approval-date">«15» января 2027 г.</p></aside>',
    );
  });

  it('marks page breaks with a separator', () => {
    expect(count(sample, '<hr class="opk-page-break">')).toBe(1);
  });
});

describe('HTML escaping', () => {
  it('keeps markup-like text as text', () => {
    const html = renderHtml(edgeModel, DEFAULT_THEME);
    expect(html).toContain('<strong>&lt;b&gt;**x**&lt;/b&gt; {{y}} &amp; &quot;q&quot;</strong>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Первая строка<br>вторая строка');
  });

  it('parses back to exactly the model text', () => {
    const { blocks, tags } = parse(renderHtml(edgeModel, DEFAULT_THEME, { standalone: true }));
    const texts = blocks.map((b) => b.text);
    expect(texts).toContain(`1.1. Текст: ${TRICKY} сумма 1\u00a0000 CURRENT`);
    expect(texts).toContain('1.2. Первая строка\nвторая строка');
    expect(texts).toContain('Проверка <краёв> & "кавычек"');
    expect(tags.find((t) => t.tag === 'meta' && t.attrs.name === 'author')?.attrs.content).toBe('ООО «Рога & Копыта»');
  });

  it('lets no input become markup', () => {
    const evil = `</p><script>alert(1)</script><img src=x onerror="alert('x')">`;
    const model: DocumentModel = {
      type: 'document',
      meta: { id: evil, title: evil, organization: evil, lang: `ru"><script>` },
      children: [
        { type: 'approval', label: evil, lines: [evil], signer: evil, date: evil },
        { type: 'heading', level: 1, number: evil, children: [{ text: evil }] },
        { type: 'paragraph', clause: { level: 2, number: evil }, children: [{ text: evil, bold: true }] },
        { type: 'list', ordered: false, depth: 0, items: [{ children: [{ type: 'paragraph', children: [{ text: evil }] }] }] },
        {
          type: 'table',
          columns: [{ width: 1 }],
          headerRows: 1,
          borders: 'all',
          rows: [
            { cells: [{ children: [{ type: 'paragraph', children: [{ text: evil }] }] }] },
            { cells: [{ children: [{ type: 'paragraph', children: [{ text: evil }] }] }] },
          ],
        },
      ],
    };
    const html = renderHtml(model, DEFAULT_THEME, { standalone: true });
    const { tags, blocks } = parse(html);
    const allowed = new Set([
      'html',
      'head',
      'meta',
      'title',
      'style',
      'body',
      'article',
      'aside',
      'p',
      'span',
      'h1',
      'h2',
      'h3',
      'ul',
      'ol',
      'li',
      'table',
      'colgroup',
      'col',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'strong',
      'em',
      'br',
      'hr',
    ]);
    expect(tags.map((t) => t.tag).filter((t) => !allowed.has(t))).toEqual([]);
    expect(
      tags
        .flatMap((t) => Object.keys(t.attrs))
        .filter((a) => !['class', 'lang', 'data-doc', 'style', 'scope', 'colspan', 'charset', 'name', 'content'].includes(a)),
    ).toEqual([]);
    expect(blocks.filter((b) => b.text.includes(evil)).length).toBeGreaterThanOrEqual(7);
  });

  it('escapes every special character and keeps every printable one', () => {
    const unescapeHtml = (s: string) =>
      s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
    const printable = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '');
    const markupHeavy = fc.string({
      unit: fc.constantFrom('<', '>', '&', '"', "'", '{', '}', '*', '/', ';', '#', 'amp', 'я', '\u00a0', '\u0001'),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), markupHeavy), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
        expect(unescapeHtml(out)).toBe(printable(s));
      }),
    );
  });
});

describe('standalone page and stylesheet', () => {
  const page = renderHtml(sampleModel, DEFAULT_THEME, { standalone: true });

  it('is a complete page with the stylesheet inline and nothing loaded from outside', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="ru-RU">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<title>Положение об отделе продаж</title>');
    expect(page).toMatch(/<style>[\s\S]*\.opk-doc \{[\s\S]*<\/style>/);
    expect(page).toContain(sample);
    expect(page).not.toMatch(/https?:|url\(|@import|<link|<script|src=/i);
  });

  it('styles the sheet like the printed page', () => {
    const css = documentCss(DEFAULT_THEME);
    expect(css).toContain('font-family: "Times New Roman", "Tinos", "Liberation Serif"');
    expect(css).toMatch(/font-family: [^;]*, serif;/);
    expect(css).toContain('width: 210mm;');
    expect(css).toContain('padding: 20mm 10mm 20mm 30mm;');
    expect(css).toContain('font-size: 12pt; line-height: 1.15; text-align: justify;');
    expect(css).toContain('.opk-doc p { margin: 0 0 4pt; text-indent: 12.5mm; }');
    expect(css).toContain('.opk-doc .opk-approval { width: 80mm;');
    expect(css).toContain('.opk-doc .opk-borders-all th, .opk-doc .opk-borders-all td { border: 0.5pt solid #000; }');
    const arial = documentCss(themeFor('Arial', 14));
    expect(arial).toMatch(/font-family: "Arial", "Arimo", [^;]*, sans-serif;/);
    expect(arial).toContain('font-size: 14pt;');
  });

  it('scopes every rule under .opk-doc', () => {
    const css = documentCss(DEFAULT_THEME).replace(/@media[^{]*\{/g, '');
    const selectors = [...css.matchAll(/(^|\})\s*([^{}@]+)\{/g)].map((m) => m[2]!.trim()).filter((s) => s !== '');
    expect(selectors.length).toBeGreaterThan(20);
    for (const list of selectors) for (const s of list.split(',')) expect(s.trim()).toMatch(/^\.opk-doc\b/);
  });
});
