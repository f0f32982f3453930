/**
 * The addressable parts of a document: sections, numbered clauses and tables with their stable
 * ids, in document order. A clause's text runs on through the lists and plain paragraphs that
 * follow it up to the next clause, section or table: an override replaces all of it.
 */
import { blockText } from './to-text.ts';
import type { Block, DocumentModel } from './types.ts';

export interface ClauseEntry {
  /** `charter.functions.planning`. */
  id: string;
  kind: 'section' | 'clause' | 'table';
  /** The printed number («3.», «3.1.»), or null for a table or an unnumbered heading. */
  number: string | null;
  /** The text, one line: a table gives its header row with « | » between the cells. */
  text: string;
}

function oneLine(parts: readonly string[]): string {
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every section, clause and table of the model that has an id. */
export function clauseEntries(model: DocumentModel): ClauseEntry[] {
  const out: ClauseEntry[] = [];
  let open: { entry: ClauseEntry; parts: string[] } | null = null;
  const close = () => {
    if (open) open.entry.text = oneLine(open.parts);
    open = null;
  };
  for (const block of model.children as Block[]) {
    if (block.type === 'heading' && block.id) {
      close();
      out.push({ id: block.id, kind: 'section', number: block.number ?? null, text: oneLine(blockText(block)) });
    } else if (block.type === 'paragraph' && block.id) {
      close();
      const entry: ClauseEntry = { id: block.id, kind: 'clause', number: block.clause?.number ?? null, text: '' };
      out.push(entry);
      open = { entry, parts: blockText(block) };
    } else if (block.type === 'table' && block.id) {
      close();
      const header = block.rows[0]?.cells.map((cell) => oneLine(cell.children.flatMap(blockText))) ?? [];
      out.push({ id: block.id, kind: 'table', number: null, text: header.join(' | ') });
    } else if (open && (block.type === 'list' || block.type === 'paragraph')) {
      open.parts.push(...blockText(block));
    } else {
      close();
    }
  }
  close();
  return out;
}
