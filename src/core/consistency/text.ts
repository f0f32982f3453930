/**
 * The pack's text as the checks read it: passages (one per paragraph, list item or table cell) with
 * the ids around them, and Russian numbers («1 666 667», «83,3») read back into numbers.
 */
import type { Block, DocumentModel, Paragraph, Table } from '../model/types.ts';
import type { Place } from './types.ts';

export interface Passage extends Place {
  /** The section id the text stands in (`motivation.examples`), or null before any section. */
  section: string | null;
  /** How the text is bound: a numbered clause (and what follows it), a table cell, or other text. */
  kind: 'clause' | 'table' | 'heading' | 'plain' | 'approval';
  text: string;
}

const paragraphText = (p: Paragraph): string => p.children.map((r) => r.text).join('');

function listTexts(block: Block): string[] {
  if (block.type === 'paragraph') return [paragraphText(block)];
  if (block.type === 'list') return block.items.flatMap((item) => item.children.flatMap(listTexts));
  return [];
}

/** Every piece of text of a model, in order, with the nearest id and section. */
export function passages(model: DocumentModel): Passage[] {
  const document = model.meta.id;
  const out: Passage[] = [];
  let section: string | null = null;
  // The clause a plain paragraph or list belongs to: the last numbered clause, until a section or table.
  let clause: { id: string; numbered: boolean } | null = null;
  for (const block of model.children) {
    switch (block.type) {
      case 'heading':
        if (block.id) section = block.id;
        clause = null;
        out.push({
          document,
          clause: block.id ?? section,
          section,
          kind: 'heading',
          text: paragraphText({ type: 'paragraph', children: block.children }),
        });
        break;
      case 'paragraph':
        if (block.id) clause = { id: block.id, numbered: block.clause !== undefined };
        out.push({
          document,
          clause: clause?.id ?? section,
          section,
          kind: clause?.numbered ? 'clause' : 'plain',
          text: paragraphText(block),
        });
        break;
      case 'list':
        for (const text of listTexts(block)) {
          out.push({ document, clause: clause?.id ?? section, section, kind: clause?.numbered ? 'clause' : 'plain', text });
        }
        break;
      case 'table':
        clause = null;
        for (const row of block.rows) {
          for (const cell of row.cells) {
            for (const p of cell.children)
              out.push({ document, clause: block.id ?? section, section, kind: 'table', text: paragraphText(p) });
          }
        }
        break;
      case 'approval':
        out.push({
          document,
          clause: null,
          section,
          kind: 'approval',
          text: [block.label, ...block.lines, block.signer, block.date].join('\n'),
        });
        break;
      case 'chart':
      case 'image':
      case 'pageBreak':
        break;
    }
  }
  return out;
}

export interface LocatedTable {
  document: string;
  id: string | null;
  section: string | null;
  /** Cell texts, row by row (a spanning cell counts once). */
  rows: string[][];
}

/** Every table of a model with its id and cell texts. */
export function tables(model: DocumentModel): LocatedTable[] {
  const out: LocatedTable[] = [];
  let section: string | null = null;
  for (const block of model.children) {
    if (block.type === 'heading' && block.id) section = block.id;
    if (block.type === 'table') out.push(tableOf(model.meta.id, block, section));
  }
  return out;
}

function tableOf(document: string, table: Table, section: string | null): LocatedTable {
  return {
    document,
    id: table.id ?? null,
    section,
    rows: table.rows.map((row) => row.cells.map((cell) => cell.children.map(paragraphText).join(' ').trim())),
  };
}

/** A Russian number: digits grouped by (no-break) spaces, a decimal comma, an optional minus. */
export const NUMBER_SOURCE = '[−-]?\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})*(?:,\\d+)?|[−-]?\\d+(?:,\\d+)?';

/** «1 666 667» → 1666667, «83,3» → 83.3, «−5» → -5; null when it is not a number. */
export function parseRussianNumber(text: string): number | null {
  const clean = text
    .replace(/[\u00a0\u202f ]/g, '')
    .replace('−', '-')
    .replace(',', '.');
  if (!/^-?\d+(?:\.\d+)?$/.test(clean)) return null;
  return Number(clean);
}

/** How many decimals a printed number has: «83,3» → 1. */
export function decimalsOf(text: string): number {
  const comma = text.indexOf(',');
  return comma < 0 ? 0 : text.length - comma - 1;
}

/** The first place of each distinct passage, for findings that repeat in one clause. */
export function place(p: Place): Place {
  return { document: p.document, clause: p.clause };
}
