/**
 * A document cut into its addressable parts for comparing two versions: every section, clause and
 * table with an id (the ids of model/clauses.ts, which `opkit clauses` lists and overrides use),
 * each with all of its text: a clause with the lists and paragraphs that follow it, a section's
 * heading with what stands under it before its first clause, a table with every row (a salary
 * lives in a row, not in the header clauses.ts quotes). Text before the first id is the head.
 */
import { blockText } from '../model/to-text.ts';
import type { Block, DocumentModel } from '../model/types.ts';

export interface Segment {
  /** The clause id (`motivation.position-manager.salary`), or `<document id>` for the head. */
  id: string;
  kind: 'head' | 'section' | 'clause' | 'table';
  /** The printed number («3.», «3.1.»), or null. */
  number: string | null;
  /** For a table: the number of the clause or section it follows («6.2.»), which names it to a reader. */
  follows: string | null;
  /** The text, one line per paragraph; a table row's cells joined with « | ». */
  text: string;
}

function tableLines(block: Extract<Block, { type: 'table' }>): string[] {
  return block.rows.map((row) => row.cells.map((cell) => cell.children.flatMap(blockText).join(' ')).join(' | '));
}

export function segments(model: DocumentModel): Segment[] {
  const head: Segment & { lines: string[] } = { id: model.meta.id, kind: 'head', number: null, follows: null, text: '', lines: [] };
  let lastNumber: string | null = null;
  const out: Array<Segment & { lines: string[] }> = [head];
  let open = head;
  for (const block of model.children as Block[]) {
    const id = 'id' in block && typeof block.id === 'string' ? block.id : null;
    if (id !== null && (block.type === 'heading' || block.type === 'paragraph' || block.type === 'table')) {
      const kind = block.type === 'heading' ? 'section' : block.type === 'paragraph' ? 'clause' : 'table';
      const number = block.type === 'heading' ? (block.number ?? null) : block.type === 'paragraph' ? (block.clause?.number ?? null) : null;
      open = { id, kind, number, follows: kind === 'table' ? lastNumber : null, text: '', lines: [] };
      out.push(open);
      if (number !== null) lastNumber = number;
    }
    open.lines.push(...(block.type === 'table' ? tableLines(block) : blockText(block)));
  }
  return out
    .map(({ lines, ...segment }) => ({ ...segment, text: lines.map((l) => l.replace(/[ \t]+/g, ' ').trim()).join('\n') }))
    .filter((s) => s.kind !== 'head' || s.text !== '');
}
