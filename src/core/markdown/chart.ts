/**
 * `:::chart` → a Chart block. The container holds one bullet list, an item per bar written as
 * «label: value», value 0..100:
 *
 *   :::chart{caption="Результат по областям, % от максимума"}
 *   - Планирование продаж: 62
 *   - Контроль: 40
 *   :::
 *
 * The split happens before literal tokens are resolved, so a colon inside a user's string (a
 * token at this point) is never taken for the separator.
 */
import type { ContainerDirective } from 'mdast-util-directive';
import type { PhrasingContent } from 'mdast';
import { ModelError } from '../errors.ts';
import type { Chart, ChartItem } from '../model/types.ts';
import type { LiteralTable } from '../templating/literal.ts';
import { formatPercent } from '../text/format.ts';
import { typography } from './typography.ts';

const VALUE = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/;

function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text' || node.type === 'inlineCode') return node.value;
      if ('children' in node) return plainText(node.children as PhrasingContent[]);
      return '';
    })
    .join('');
}

function chartItem(raw: string, literals: LiteralTable, line: number | string): ChartItem {
  const colon = raw.lastIndexOf(':');
  if (colon < 0)
    throw new ModelError(`«:::chart» в строке ${line}: пункт «${literals.resolve(raw)}» без значения; пишется «подпись: число»`);
  const label = literals.resolve(typography(raw.slice(0, colon).replace(/\s+/g, ' ').trim()));
  const valueText = literals.resolve(raw.slice(colon + 1));
  const match = VALUE.exec(valueText);
  const value = match ? Number((match[1] ?? '').replace(',', '.')) : Number.NaN;
  if (!(value >= 0 && value <= 100)) {
    throw new ModelError(`«:::chart» в строке ${line}: значение «${valueText.trim()}» у «${label}» должно быть числом от 0 до 100`);
  }
  return { label, value, text: formatPercent(value) };
}

export function chartBlock(node: ContainerDirective, literals: LiteralTable): Chart {
  const line = node.position?.start.line ?? '?';
  const list = node.children.find((child) => child.type === 'list');
  if (list?.type !== 'list' || node.children.length !== 1) {
    throw new ModelError(`«:::chart» в строке ${line}: внутри должен быть один список «- подпись: число»`);
  }
  const items = list.children.map((item) => {
    const paragraph = item.children[0];
    if (item.children.length !== 1 || paragraph?.type !== 'paragraph') {
      throw new ModelError(`«:::chart» в строке ${item.position?.start.line ?? line}: пункт должен быть одной строкой «подпись: число»`);
    }
    return chartItem(plainText(paragraph.children), literals, item.position?.start.line ?? line);
  });
  const caption = node.attributes?.['caption'];
  const marksText = literals.resolve(node.attributes?.['marks'] ?? '').trim();
  const marks = marksText === '' ? [] : marksText.split(',').map((m) => Number(m.trim()));
  if (marks.some((m) => !(m > 0 && m < 100))) {
    throw new ModelError(`«:::chart» в строке ${line}: отметки marks="${marksText}" — числа больше 0 и меньше 100 через запятую`);
  }
  return { type: 'chart', items, marks, caption: caption ? literals.resolve(typography(caption)) : '' };
}
