import type { Heading } from '../../../model/types.ts';
import { escapeHtml } from '../escape.ts';
import { runsHtml } from '../runs.ts';

export function headingHtml(block: Heading): string {
  const tag = `h${block.level}`;
  const num = block.number === undefined ? '' : `<span class="opk-num">${escapeHtml(block.number)}</span> `;
  return `<${tag} class="opk-h${block.level}">${num}${runsHtml(block.children)}</${tag}>`;
}
