import type { List, Paragraph } from '../../../model/types.ts';
import { escapeHtml } from '../escape.ts';
import { listMarker } from '../../conventions.ts';
import { runsHtml } from '../runs.ts';
import { classAttr } from './paragraph.ts';

/** The deepest list level the stylesheet indents; deeper lists share it, as in the DOCX. */
export const MAX_LIST_DEPTH = 8;

/**
 * A list with its markers written out rather than left to the browser, so the preview shows
 * exactly the markers of the printed document ("–", "1)", "а)").
 */
export function listHtml(block: List): string {
  const depth = Math.min(Math.max(0, Math.trunc(block.depth)), MAX_LIST_DEPTH);
  const tag = block.ordered ? 'ol' : 'ul';
  const items = block.items.map((item, index) => {
    const marker = `<span class="opk-marker">${escapeHtml(listMarker(block.ordered, depth, index + 1))}</span>`;
    let marked = false;
    const paragraph = (p: Paragraph): string => {
      const first = !marked;
      marked = true;
      const classes = first ? ['opk-li'] : ['opk-li', 'opk-li-cont'];
      if (p.align) classes.push(`opk-al-${p.align}`);
      return `<p${classAttr(classes)}>${first ? marker : ''}${runsHtml(p.children)}</p>`;
    };
    const body = item.children.map((child) => (child.type === 'list' ? listHtml(child) : paragraph(child))).join('');
    return `<li>${marked ? body : paragraph({ type: 'paragraph', children: [] }) + body}</li>`;
  });
  return `<${tag} class="opk-list opk-depth-${depth}">${items.join('')}</${tag}>`;
}
