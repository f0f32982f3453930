import type { Paragraph } from '../../../model/types.ts';
import { escapeHtml } from '../escape.ts';
import { runsHtml } from '../runs.ts';

/** Classes for the paragraph's layout; the stylesheet maps them onto the print layout. */
export function paragraphClasses(block: Paragraph): string[] {
  const classes: string[] = [];
  if (block.clause) classes.push('opk-clause', `opk-clause-${block.clause.level}`);
  if (block.noIndent) classes.push('opk-noindent');
  if (block.align) classes.push(`opk-al-${block.align}`);
  if (block.small) classes.push('opk-small');
  if (block.keepWithNext) classes.push('opk-keep');
  return classes;
}

export const classAttr = (classes: readonly string[]): string => (classes.length > 0 ? ` class="${classes.join(' ')}"` : '');

/** A body paragraph; a clause prints its number first, then a space, as on paper. */
export function paragraphHtml(block: Paragraph): string {
  const num = block.clause ? `<span class="opk-num">${escapeHtml(block.clause.number)}</span> ` : '';
  return `<p${classAttr(paragraphClasses(block))}>${num}${runsHtml(block.children)}</p>`;
}
