/**
 * A small model of the awkward cases: markup-like text, a broken number sequence, lists that
 * must restart, a long lettered list, sub-headings, a page break before a table and two
 * tables in a row.
 */
import type { Block, DocumentModel, Paragraph, Run } from '../../src/core/model/types.ts';

/** Text that must come out exactly as written, never as markup or a template. */
export const TRICKY = '<b>**x**</b> {{y}} & "q"';

const r = (text: string, style: Partial<Run> = {}): Run => ({ text, ...style });
const p = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({ type: 'paragraph', children: [r(text)], ...extra });
const clause = (number: string, text: string): Paragraph => ({
  type: 'paragraph',
  clause: { level: number.split('.').length === 3 ? 2 : 3, number },
  children: [r(text)],
});
const items = (...texts: string[]) => texts.map((t) => ({ children: [p(t, { noIndent: true })] }));

const blocks: Block[] = [
  { type: 'approval', label: 'УТВЕРЖДАЮ', lines: ['Директор'], signer: '', date: '«___» ____________ 20__ г.' },
  { type: 'heading', level: 1, number: '1.', children: [r('Раздел первый')] },
  { type: 'heading', level: 2, children: [r('Менеджер по продажам')] },
  { type: 'heading', level: 3, children: [r('Обязанности')] },
  {
    type: 'paragraph',
    clause: { level: 2, number: '1.1.' },
    // U+0001 cannot exist in XML: it is dropped, everything else is kept verbatim.
    children: [r('Текст: '), r(TRICKY, { bold: true }), r(' сумма 1\u00a0000\u0001 CURRENT')],
  },
  { type: 'paragraph', clause: { level: 2, number: '1.2.' }, children: [r('Первая строка\nвторая строка')] },
  { type: 'list', ordered: true, depth: 0, items: items('альфа', 'бета', 'гамма') },
  p('Между списками.'),
  { type: 'list', ordered: true, depth: 0, items: items('снова первый', 'снова второй') },
  { type: 'list', ordered: true, depth: 1, items: items(...'раз два три четыре пять шесть семь восемь девять'.split(' ')) },
  // The model skips 1.3. and 1.4.: Word would print 1.3., so the numbers stay literal.
  clause('1.5.', 'Пропуск номера.'),
  clause('1.6.', 'После пропуска.'),
  { type: 'heading', level: 1, number: '2.', children: [r('Раздел второй')] },
  clause('2.1.', 'Первый пункт второго раздела.'),
  { type: 'pageBreak' },
  {
    type: 'table',
    columns: [{ width: 1 }, { width: 1 }, { width: 2, align: 'right' }],
    headerRows: 2,
    borders: 'all',
    size: 'small',
    rows: [
      { cells: [{ children: [p('Группа', { noIndent: true })], colSpan: 2 }, { children: [p('Итого', { noIndent: true })] }] },
      { cells: ['А', 'Б', 'В'].map((t) => ({ children: [p(t, { noIndent: true })] })) },
      { cells: ['а1', 'б1', '100'].map((t) => ({ children: [p(t, { noIndent: true })] })) },
    ],
  },
  {
    type: 'table',
    columns: [{ width: 1 }, { width: 1 }],
    headerRows: 0,
    borders: 'none',
    rows: [
      {
        cells: [
          { children: [p('Подпись слева', { noIndent: true })] },
          { children: [p('Подпись справа', { noIndent: true })], align: 'right' },
        ],
      },
    ],
  },
  { type: 'pageBreak' },
];

export const edgeModel: DocumentModel = {
  type: 'document',
  meta: { id: 'edge', title: 'Проверка <краёв> & "кавычек"', organization: 'ООО «Рога & Копыта»', lang: 'ru-RU' },
  children: blocks,
};
