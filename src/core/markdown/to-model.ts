/**
 * mdast → document model blocks. In a numbered document a `#` heading opens section N, the
 * top-level ordered lists under it are its clauses N.1, N.2 … (the count runs on across
 * tables and bullet lists, as Word numbering does), and an ordered list inside a clause gives
 * N.M.1 sub-clauses. Bullet lists stay lists. Literal tokens are resolved here, after all
 * Markdown parsing is done, so user text is never interpreted.
 *
 * Every section, clause, sub-clause and table carries a stable id, written in the template as
 * `# {#functions} Функции`, `1. {#planning} Планирование…`, `:::table{#staff}`. The model holds the
 * full id (`charter.functions.planning`): document, section, clause, sub-clause. Numbers change
 * when clauses come and go with the profile; ids do not, so consultants override clauses by them.
 */
import type {
  Heading as MdHeading,
  List as MdList,
  ListItem as MdListItem,
  PhrasingContent,
  Root,
  RootContent,
  Table as MdTable,
} from 'mdast';
import type {} from 'mdast-util-directive';
import { ModelError } from '../errors.ts';
import type { Align, Block, List, ListItem, Paragraph, Run, Table, TableColumn } from '../model/types.ts';
import type { LiteralTable } from '../templating/literal.ts';
import { typography } from './typography.ts';
import { chartBlock } from './chart.ts';

export interface ToModelOptions {
  /** Sections and clauses get numbers (1. / 1.1. / 1.1.1.). */
  numbered: boolean;
  literals: LiteralTable;
  /** The document's id, the first part of every clause id (`charter`). */
  documentId: string;
}

interface State extends ToModelOptions {
  section: number;
  clause: number;
  sectionId: string | null;
  clauseId: string | null;
  ids: Set<string>;
}

/** `{#planning}` opening a heading or a clause: its id, then the text. */
const ID_MARKER = /^\{#([^}\s]+)\} */;
/** One part of an id: latin lower case, digits, hyphens (position ids are such slugs). */
const ID_PART = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function lineOf(node: { position?: { start: { line: number } } | undefined }): string {
  return String(node.position?.start.line ?? '?');
}

/** Take the `{#id}` marker off the front of the phrasing content, if there is one. */
function takeMarker(nodes: PhrasingContent[], state: State): { id: string | null; children: PhrasingContent[] } {
  const first = nodes[0];
  if (first?.type !== 'text') return { id: null, children: nodes };
  const m = ID_MARKER.exec(first.value);
  if (!m) return { id: null, children: nodes };
  const rest = first.value.slice(m[0].length);
  const children = rest === '' ? nodes.slice(1) : [{ ...first, value: rest }, ...nodes.slice(1)];
  return { id: state.literals.resolve(m[1] as string), children };
}

/** The full id from its parts, checked and unique in the document. */
function fullId(state: State, parts: ReadonlyArray<string | null>, own: string, line: string): string {
  if (!ID_PART.test(own))
    throw new ModelError(`идентификатор «${own}» в строке ${line}: допустимы строчные латинские буквы, цифры и дефисы`);
  const id = [state.documentId, ...parts.filter((p): p is string => p !== null), own].join('.');
  if (state.ids.has(id)) throw new ModelError(`идентификатор «${id}» повторяется (строка ${line})`);
  state.ids.add(id);
  return id;
}

function missingId(what: string, line: string, example: string): ModelError {
  return new ModelError(`${what} в строке ${line} без идентификатора: начните его с ${example}`);
}

type Style = { bold?: boolean; italic?: boolean };

function runs(nodes: PhrasingContent[], state: State, style: Style = {}): Run[] {
  const out: Run[] = [];
  const push = (raw: string) => {
    const text = state.literals.resolve(typography(raw.replace(/\r?\n/g, ' ')));
    if (text === '') return;
    const last = out[out.length - 1];
    if (last && !!last.bold === !!style.bold && !!last.italic === !!style.italic) {
      last.text += text;
      return;
    }
    out.push({ text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) });
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        push(node.value);
        break;
      case 'strong':
        out.push(...runs(node.children, state, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...runs(node.children, state, { ...style, italic: true }));
        break;
      case 'delete':
      case 'link':
      case 'linkReference':
        out.push(...runs(node.children, state, style));
        break;
      case 'break':
        push(' ');
        break;
      case 'textDirective': {
        // `:word` in running text is prose («итог:итого»), not a directive: give it back.
        push(`:${node.name}`);
        out.push(...runs(node.children, state, style));
        break;
      }
      default:
        throw new ModelError(`неподдерживаемый элемент текста «${node.type}» в строке ${node.position?.start.line ?? '?'}`);
    }
  }
  return mergeRuns(out);
}

function mergeRuns(list: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of list) {
    const last = out[out.length - 1];
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

function heading(node: MdHeading, state: State): Block {
  const marked = takeMarker(node.children, state);
  const children = runs(marked.children, state);
  if (node.depth === 1) {
    if (marked.id === null && state.numbered) throw missingId('раздел', lineOf(node), '«# {#имя} »');
    const id = marked.id === null ? null : fullId(state, [], marked.id, lineOf(node));
    state.sectionId = marked.id;
    state.clauseId = null;
    if (state.numbered) {
      state.section += 1;
      state.clause = 0;
      return { type: 'heading', ...(id ? { id } : {}), level: 1, number: `${state.section}.`, children };
    }
    return { type: 'heading', ...(id ? { id } : {}), level: 1, children };
  }
  const id = marked.id === null ? null : fullId(state, [state.sectionId], marked.id, lineOf(node));
  return { type: 'heading', ...(id ? { id } : {}), level: node.depth === 2 ? 2 : 3, children };
}

function clauseNumber(state: State, sub?: number): string {
  const prefix = state.section > 0 ? `${state.section}.` : '';
  return sub === undefined ? `${prefix}${state.clause}.` : `${prefix}${state.clause}.${sub}.`;
}

function plainList(node: MdList, state: State, depth: number): List {
  const items: ListItem[] = node.children.map((item) => ({
    children: item.children.flatMap((child): Array<Paragraph | List> => {
      if (child.type === 'paragraph') return [{ type: 'paragraph', children: runs(child.children, state), noIndent: true }];
      if (child.type === 'list') return [plainList(child, state, depth + 1)];
      throw new ModelError(`в пункте списка допустимы только абзацы и вложенные списки (строка ${child.position?.start.line ?? '?'})`);
    }),
  }));
  return { type: 'list', ordered: node.ordered === true, depth, items };
}

/** One clause item: its first paragraph is the numbered clause, the rest follows it. */
function clauseItem(item: MdListItem, state: State, level: 2 | 3, sub: number | undefined): Block[] {
  const out: Block[] = [];
  let first = true;
  let subCount = 0;
  for (const child of item.children) {
    if (child.type === 'paragraph') {
      if (first) {
        const marked = takeMarker(child.children, state);
        if (marked.id === null) throw missingId(level === 2 ? 'пункт' : 'подпункт', lineOf(child), '«1. {#имя} »');
        const id =
          level === 2
            ? fullId(state, [state.sectionId], marked.id, lineOf(child))
            : fullId(state, [state.sectionId, state.clauseId], marked.id, lineOf(child));
        if (level === 2) state.clauseId = marked.id;
        out.push({ type: 'paragraph', id, children: runs(marked.children, state), clause: { level, number: clauseNumber(state, sub) } });
        first = false;
      } else {
        out.push({ type: 'paragraph', children: runs(child.children, state), noIndent: true });
      }
    } else if (child.type === 'list' && child.ordered && level === 2) {
      for (const subItem of child.children) {
        subCount += 1;
        out.push(...clauseItem(subItem, state, 3, subCount));
      }
    } else if (child.type === 'list') {
      out.push(plainList(child, state, 0));
    } else if (child.type === 'table') {
      throw missingId('таблица', lineOf(child), '«:::table{#имя}» вокруг таблицы');
    } else {
      throw new ModelError(`в пункте допустимы абзацы, списки и таблицы (строка ${child.position?.start.line ?? '?'})`);
    }
  }
  if (first) throw missingId(level === 2 ? 'пустой пункт' : 'пустой подпункт', lineOf(item), '«1. {#имя} »');
  return out;
}

function clauses(node: MdList, state: State): Block[] {
  const out: Block[] = [];
  for (const item of node.children) {
    state.clause += 1;
    out.push(...clauseItem(item, state, 2, undefined));
  }
  return out;
}

interface TableAttributes {
  id?: string | null | undefined;
  widths?: string | null | undefined;
  size?: string | null | undefined;
  borders?: string | null | undefined;
  header?: string | null | undefined;
  /** Minimum height of body rows in mm: blank rows of a form a person writes in. */
  height?: string | null | undefined;
}

function table(node: MdTable, state: State, attributes: TableAttributes): Table {
  if (!attributes.id) throw missingId('таблица', lineOf(node), '«:::table{#имя}» вокруг таблицы');
  const id = fullId(state, [state.sectionId], state.literals.resolve(attributes.id), lineOf(node));
  const columnCount = Math.max(...node.children.map((row) => row.children.length));
  const widths = (attributes.widths ?? '')
    .split(',')
    .map((w) => Number(w.trim()))
    .filter((w) => w > 0);
  if (widths.length > 0 && widths.length !== columnCount) {
    throw new ModelError(`таблица в строке ${node.position?.start.line ?? '?'}: ${widths.length} ширин на ${columnCount} столбцов`);
  }
  const columns: TableColumn[] = Array.from({ length: columnCount }, (_, i) => {
    const align = node.align?.[i];
    return { width: widths[i] ?? 1, ...(align ? { align: align as Align } : {}) };
  });
  const headerRows = attributes.header === 'none' ? 0 : 1;
  const height = attributes.height ? Number(attributes.height) : null;
  if (height !== null && !(height > 0 && height <= 50)) {
    throw new ModelError(
      `таблица в строке ${node.position?.start.line ?? '?'}: высота строк «${attributes.height}» — число миллиметров от 1 до 50`,
    );
  }
  const rows = node.children
    .filter((_, i) => headerRows === 1 || i > 0 || !isEmptyRow(node.children[0]))
    .map((row, rowIndex) => ({
      cells: row.children.map((cell) => ({
        children: [{ type: 'paragraph' as const, children: runs(cell.children, state), noIndent: true }],
        // Column titles are centred whatever the alignment of the column's figures.
        ...(rowIndex < headerRows ? { align: 'center' as const } : {}),
      })),
    }));
  return {
    type: 'table',
    id,
    columns,
    headerRows: Math.min(headerRows, rows.length),
    rows,
    borders: attributes.borders === 'none' ? 'none' : 'all',
    size: attributes.size === 'small' ? 'small' : 'normal',
    ...(height !== null ? { rowHeightMm: height } : {}),
  };
}

function isEmptyRow(row: MdTable['children'][number] | undefined): boolean {
  return !row || row.children.every((cell) => cell.children.length === 0);
}

function block(node: RootContent, state: State): Block[] {
  switch (node.type) {
    case 'heading':
      return [heading(node, state)];
    case 'paragraph':
      return [{ type: 'paragraph', children: runs(node.children, state) }];
    case 'list':
      if (node.ordered && state.numbered) return clauses(node, state);
      return [plainList(node, state, 0)];
    case 'table':
      throw missingId('таблица', lineOf(node), '«:::table{#имя}» вокруг таблицы');
    case 'leafDirective':
      if (node.name === 'pagebreak') {
        // `::pagebreak{clauses=restart}` starts a new paper in the same file (one agreement per
        // employee): its clauses count from 1 again.
        if (node.attributes?.['clauses'] === 'restart') state.clause = 0;
        return [{ type: 'pageBreak' }];
      }
      throw new ModelError(`неизвестная директива «::${node.name}» в строке ${node.position?.start.line ?? '?'}`);
    case 'containerDirective': {
      const attributes = node.attributes ?? {};
      if (node.name === 'table') {
        const inner = node.children.find((c) => c.type === 'table');
        if (inner?.type !== 'table') throw new ModelError(`«:::table» без таблицы в строке ${node.position?.start.line ?? '?'}`);
        return [table(inner, state, attributes)];
      }
      if (node.name === 'center' || node.name === 'right' || node.name === 'left' || node.name === 'note') {
        return node.children
          .flatMap((child) => block(child, state))
          .map((b) => {
            if (b.type !== 'paragraph') return b;
            if (node.name === 'note') return { ...b, small: true, noIndent: true };
            return { ...b, align: node.name as Align, noIndent: true };
          });
      }
      if (node.name === 'chart') return [chartBlock(node, state.literals)];
      if (node.name === 'keep') {
        const inner = node.children.flatMap((child) => block(child, state));
        return inner.map((b, i) => (b.type === 'paragraph' && i < inner.length - 1 ? { ...b, keepWithNext: true } : b));
      }
      throw new ModelError(`неизвестная директива «:::${node.name}» в строке ${node.position?.start.line ?? '?'}`);
    }
    case 'blockquote':
      return node.children.flatMap((child) => block(child, state));
    case 'code':
    case 'html':
      return [{ type: 'paragraph', children: [{ text: state.literals.resolve(node.value) }] }];
    case 'definition':
      return [];
    default:
      throw new ModelError(`неподдерживаемый блок «${node.type}» в строке ${node.position?.start.line ?? '?'}`);
  }
}

/**
 * A paragraph that ends with a colon introduces what follows and must not be parted from it;
 * nor must a table's legend: the paragraph right before a table, and the note right under it.
 */
function keepLeadIns(blocks: Block[]): Block[] {
  return blocks.map((b, i) => {
    const next = blocks[i + 1];
    if (!next) return b;
    if (b.type === 'table') return next.type === 'paragraph' && next.small ? { ...b, keepWithNext: true } : b;
    if (b.type !== 'paragraph' || b.keepWithNext) return b;
    if (next.type === 'table') return { ...b, keepWithNext: true };
    const last = b.children[b.children.length - 1]?.text.trimEnd() ?? '';
    return last.endsWith(':') ? { ...b, keepWithNext: true } : b;
  });
}

/** Convert a parsed template body into model blocks. */
export function toModelBlocks(root: Root, options: ToModelOptions): Block[] {
  const state: State = { ...options, section: 0, clause: 0, sectionId: null, clauseId: null, ids: new Set() };
  return keepLeadIns(root.children.flatMap((node) => block(node, state)));
}
