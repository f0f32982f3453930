import { describe, expect, test } from 'vitest';
import type { DocumentFrame } from '../../src/core/compose/build-document.ts';
import { buildFromSource } from '../support/templates.ts';
import type { Block, Paragraph } from '../../src/core/model/types.ts';
import { TemplateError } from '../../src/core/errors.ts';

const frame: DocumentFrame = {
  organization: 'ООО «Тест»',
  city: 'Казань',
  approval: { label: 'УТВЕРЖДАЮ', lines: ['Директор', 'ООО «Тест»'], signer: 'А.Б. Иванов', date: '«1» марта 2027 г.' },
  acknowledgement: {
    rows: [
      { name: 'Иванов Иван', position: 'Менеджер' },
      { name: '', position: 'Менеджер' },
    ],
    signers: 2,
  },
  lang: 'ru-RU',
};

const head = `---\nid: t\ntitle: Тест\nkind: ПОЛОЖЕНИЕ\nsubtitle: о тесте\nacknowledgement: true\n---\n`;

function text(blocks: Block[]): string {
  const out: string[] = [];
  const para = (p: Paragraph) => out.push(p.children.map((r) => r.text).join(''));
  for (const b of blocks) {
    if (b.type === 'paragraph') para(b);
    if (b.type === 'heading') out.push(b.children.map((r) => r.text).join(''));
    if (b.type === 'table') for (const row of b.rows) for (const cell of row.cells) cell.children.forEach(para);
    if (b.type === 'list') for (const item of b.items) for (const c of item.children) if (c.type === 'paragraph') para(c);
  }
  return out.join('\n');
}

describe('numbering', () => {
  test('sections, clauses and sub-clauses are numbered across tables and lists', () => {
    const doc = buildFromSource(
      't',
      `${head}# {#first} Первый\n\n1. {#a} А\n2. {#b} Б:\n   - маркер\n3. {#c} В\n   1. {#c1} В1\n   2. {#c2} В2\n\n:::table{#xy}\n| x | y |\n| - | - |\n| 1 | 2 |\n:::\n\n1. {#d} Г\n\n# {#second} Второй\n\n1. {#e} Д\n`,
      {},
      frame,
    );
    const numbers = doc.children.flatMap((b) =>
      b.type === 'heading' && b.number ? [b.number] : b.type === 'paragraph' && b.clause ? [b.clause.number] : [],
    );
    expect(numbers).toEqual(['1.', '1.1.', '1.2.', '1.3.', '1.3.1.', '1.3.2.', '1.4.', '2.', '2.1.']);
  });

  test('a page break with clauses=restart starts the clauses at 1 again (one agreement per employee)', () => {
    const doc = buildFromSource(
      't',
      `---\nid: t\ntitle: Тест\n---\n1. {#a-1} А\n   1. {#x} А1\n2. {#b-1} Б\n\n::pagebreak{clauses=restart}\n\n1. {#a-2} А\n   1. {#x} А1\n2. {#b-2} Б\n\n::pagebreak\n\n1. {#c} В\n`,
      {},
      frame,
    );
    const numbers = doc.children.flatMap((b) => (b.type === 'paragraph' && b.clause ? [b.clause.number] : []));
    expect(numbers).toEqual(['1.', '1.1.', '2.', '1.', '1.1.', '2.', '3.']);
  });

  test('letterhead: false leaves the head to the template: no approval, organisation, kind or place', () => {
    const doc = buildFromSource('t', `---\nid: t\ntitle: Тест\nkind: ПРИКАЗ\nletterhead: false\n---\n1. {#a} Текст.\n`, {}, frame);
    expect(doc.children.some((b) => b.type === 'approval')).toBe(false);
    const all = text(doc.children);
    expect(all).not.toContain('ООО «Тест»');
    expect(all).not.toContain('ПРИКАЗ');
    expect(all).not.toContain('Казань');
    expect(doc.meta.title).toBe('Тест');
  });

  test('frame: approval first, kind and subtitle, acknowledgement sheet with blank rows', () => {
    const doc = buildFromSource('t', `${head}# {#s} Раздел\n\n1. {#t} Текст.\n`, {}, frame);
    expect(doc.children[0]?.type).toBe('approval');
    const all = text(doc.children);
    expect(all).toContain('ПОЛОЖЕНИЕ');
    expect(all).toContain('о тесте');
    expect(all).toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
    const sheet = doc.children.at(-1);
    expect(sheet?.type === 'table' && sheet.rows.length).toBe(3);
  });
});

describe('user strings are literal', () => {
  const nasty = [
    '**жирный** _курсив_',
    '<b>html</b> &amp;',
    '{{name}} {{#if x}}',
    '| a | b |',
    '# заголовок',
    '1. не пункт',
    '- не список',
    '[ссылка](http://x)',
    '\\*экран\\*',
    ':::table',
    '::pagebreak',
    '`код`',
  ];
  test.each(nasty)('%s appears verbatim and changes nothing else', (value) => {
    const doc = buildFromSource(
      't',
      `${head}# {#s} Раздел {{v}}\n\n1. {#c} Компания {{v}} работает.\n\n:::table{#fields}\n| Поле | Значение |\n| --- | --- |\n| имя | {{v}} |\n:::\n\n- пункт {{v}}\n`,
      { v: value },
      frame,
    );
    const all = text(doc.children);
    expect(all).toContain(`Раздел ${value}`);
    expect(all).toContain(`Компания ${value} работает.`);
    expect(all).toContain(`пункт ${value}`);
    const table = doc.children.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows[1]?.cells[1]?.children[0]?.children[0]?.text).toBe(value);
    const clauses = doc.children.filter((b) => b.type === 'paragraph' && b.clause);
    expect(clauses).toHaveLength(1);
    expect(doc.children.filter((b) => b.type === 'heading')).toHaveLength(1);
    expect(all).not.toMatch(/[\uE000-\uE1FF]/);
  });

  test('bold around a user string stays one bold run with the literal text', () => {
    const doc = buildFromSource('t', `${head}Текст **{{v}}**.\n`, { v: '*x*' }, frame);
    const p = doc.children.find((b): b is Paragraph => b.type === 'paragraph' && b.children.some((r) => r.bold && r.text === '*x*'));
    expect(p).toBeDefined();
  });
});

describe('template errors', () => {
  test('a missing variable names the variable and the line', () => {
    expect(() => buildFromSource('demo.md.hbs', `${head}# Раздел\n\n1. {{nope}}\n`, {}, frame)).toThrowError(
      /demo\.md\.hbs:10: переменная «nope» не определена/,
    );
  });
  test('front matter without id is an error', () => {
    expect(() => buildFromSource('demo.md.hbs', `---\ntitle: x\n---\nтекст\n`, {}, frame)).toThrow(TemplateError);
  });
  test('an unknown directive is an error with its line', () => {
    expect(() => buildFromSource('demo.md.hbs', `${head}\n::unknown\n`, {}, frame)).toThrowError(/::unknown/);
  });
});

describe('pagination hints', () => {
  test('a clause that introduces a list or a table is kept with it', () => {
    const doc = buildFromSource(
      't',
      `${head}# {#s} Раздел\n\n1. {#does} Отдел делает следующее:\n   - одно;\n   - другое.\n2. {#table} Таблица:\n\n:::table{#ab}\n| a | b |\n| - | - |\n| 1 | 2 |\n:::\n\n3. {#plain} Просто пункт.\n`,
      {},
      frame,
    );
    const clauses = doc.children.filter((b): b is Paragraph => b.type === 'paragraph' && !!b.clause);
    expect(clauses.map((c) => c.keepWithNext === true)).toEqual([true, true, false]);
  });
});

describe('fill-in forms', () => {
  const form = (attrs: string) =>
    `${head}# {#s} Форма\n\n:::table{#blank widths="1,3,2" ${attrs}}\n| № | Клиент | Сумма |\n| --- | --- | --- |\n| 1 | | |\n| 2 | | |\n:::\n`;

  test('blank cells stay empty paragraphs and `height` sets the height of the rows written in', () => {
    const doc = buildFromSource('t', form('height=9'), {}, frame);
    const table = doc.children.find((b) => b.type === 'table' && b.id === 't.s.blank');
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    expect(table.rowHeightMm).toBe(9);
    expect(table.rows).toHaveLength(3);
    const body = table.rows[1]?.cells ?? [];
    expect(body.map((c) => c.children[0]?.children.length)).toEqual([1, 0, 0]);
  });

  test('without `height` a table keeps the text height; a height that is not a size in mm is a template error', () => {
    const doc = buildFromSource('t', form(''), {}, frame);
    const table = doc.children.find((b) => b.type === 'table' && b.id === 't.s.blank');
    expect(table?.type === 'table' && table.rowHeightMm).toBeUndefined();
    expect(() => buildFromSource('t', form('height=abc'), {}, frame)).toThrow(TemplateError);
    expect(() => buildFromSource('t', form('height=0'), {}, frame)).toThrow(/высота строк/);
  });
});
