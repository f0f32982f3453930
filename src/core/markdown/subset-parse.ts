/**
 * A fast Markdown → mdast parser for the subset the templates are written in: ATX headings,
 * paragraphs, bullet and ordered lists (nested by indentation, lazy continuation lines), GFM
 * tables, `:::name{…}` container and `::name{…}` leaf directives, and the inline subset of
 * subset-inline.ts. It gives the tree remark-parse + remark-gfm + remark-directive give for the
 * same text, without positions, about twenty times faster.
 *
 * It only has to be right where it answers: on anything outside the subset or anything
 * whose reading depends on rules it does not model (code blocks, block quotes, thematic
 * breaks, setext headings, HTML, empty list items, nested directives, tables that interrupt
 * a paragraph ...) it returns null and parse.ts asks remark. tests/markdown compares the two
 * on every template of every fixture profile and on generated documents.
 */
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { AlignType, BlockContent, Heading, List, ListItem, Paragraph, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { HARD_BREAK, parseInline } from './subset-inline.ts';

/** Thrown inside the parser when the text leaves the subset; parseSubset turns it into null. */
class Unsupported extends Error {}

function unsupported(): never {
  throw new Unsupported();
}

// Line patterns, matched against a line with its containers' indentation removed.
const BLANK = /^ *$/;
const ATX = /^ {0,3}(#{1,6})(?: +(.*?))? *$/;
const LIST_MARKER = /^( {0,3})([-+*]|(\d{1,9})([.)]))( +|$)/;
const THEMATIC = /^ {0,3}([-*_])(?: *\1){2,} *$/;
const SETEXT = /^ {0,3}(?:=+|-+) *$/;
const QUOTE = /^ {0,3}>/;
/** A directive name: ASCII here (others are left to remark), never ending in "-" or "_". */
const NAME = '[A-Za-z](?:[\\w-]*[A-Za-z0-9])?';
const CONTAINER_OPEN = new RegExp(`^(:{3,})(${NAME})(\\{.*\\})? *$`);
const LEAF = new RegExp(`^::(${NAME})(\\{.*\\})? *$`);
const FENCE_CLOSE = /^ {0,3}(:{3,}) *$/;
const DELIMITER_CELL = /^ *(:?)-+(:?) *$/;
const ATTRIBUTE = /^ *([A-Za-z][\w-]*)(?:=("[^"]*"|'[^']*'|[^\s"'<=>`}]+))?/;
/** `#name` in directive attributes: the block's id, as mdast-util-directive reads it. */
const ID_ATTRIBUTE = /^ *#([^\s"'<=>`}#.]+)/;

interface Marker {
  /** Columns before the marker. */
  indent: number;
  /** "-", "+", "*", "." or ")": items of one list share it. */
  kind: string;
  ordered: boolean;
  start: number | null;
  /** Column where the item's content starts, relative to the line given. */
  contentOffset: number;
}

function listMarker(line: string): Marker | null {
  const m = LIST_MARKER.exec(line);
  if (!m) return null;
  const indent = (m[1] ?? '').length;
  const ordered = m[3] !== undefined;
  const markerWidth = ordered ? (m[3] ?? '').length + 1 : 1;
  const spaces = (m[5] ?? '').length;
  // An empty item, or one whose content is indented code, follows rules not modelled here.
  if (spaces === 0 || spaces > 4 || BLANK.test(line.slice(m[0].length))) unsupported();
  return {
    indent,
    kind: ordered ? (m[4] ?? '.') : (m[2] ?? '-'),
    ordered,
    start: ordered ? Number(m[3]) : null,
    contentOffset: indent + markerWidth + spaces,
  };
}

/** `{a=b c="d e" f}` → { a: 'b', c: 'd e', f: '' }, as mdast-util-directive gives them. */
function attributes(source: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (source === undefined) return out;
  let rest = source.slice(1, -1);
  while (!BLANK.test(rest)) {
    const id = ID_ATTRIBUTE.exec(rest);
    if (id) {
      out['id'] = id[1] as string;
      rest = rest.slice(id[0].length);
      if (rest !== '' && !rest.startsWith(' ')) unsupported();
      continue;
    }
    const m = ATTRIBUTE.exec(rest);
    if (!m) unsupported();
    const raw = m[2] ?? '';
    out[m[1] as string] = raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw;
    rest = rest.slice(m[0].length);
    // Attributes are separated by whitespace.
    if (rest !== '' && !rest.startsWith(' ')) unsupported();
  }
  return out;
}

/** Markdown indentation and trimming count spaces only (tabs are refused), not U+00A0. */
function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

function trimSpaces(text: string): string {
  return text.replace(/^ +| +$/g, '');
}

/** Table cells of a row: one leading and one trailing pipe are optional, cells are trimmed. Null for a row of nothing. */
function rowCells(line: string): string[] | null {
  let body = trimSpaces(line);
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|')) body = body.slice(0, -1);
  return body === '' ? null : body.split('|').map(trimSpaces);
}

function delimiterRow(line: string | undefined): AlignType[] | null {
  if (line === undefined || !line.includes('|') || !line.includes('-') || /^ {4}/.test(line)) return null;
  // A list item or quote starts before any table can see the line.
  if (LIST_MARKER.test(line) || QUOTE.test(line)) return null;
  const cells = rowCells(line);
  if (!cells) return null;
  const align: AlignType[] = [];
  for (const cell of cells) {
    const m = DELIMITER_CELL.exec(cell);
    if (!m) return null;
    align.push(m[1] && m[2] ? 'center' : m[1] ? 'left' : m[2] ? 'right' : null);
  }
  return align;
}

function inline(content: string): Paragraph['children'] {
  return parseInline(content) ?? unsupported();
}

function tableRow(line: string): TableRow {
  const cells: TableCell[] = (rowCells(line) ?? unsupported()).map((cell) => ({
    type: 'tableCell',
    children: cell === '' ? [] : inline(cell),
  }));
  return { type: 'tableRow', children: cells };
}

/** Paragraph lines → phrasing: leading spaces go, 2+ trailing spaces make a hard break. */
function paragraphContent(lines: readonly string[]): string {
  let content = '';
  lines.forEach((line, i) => {
    const text = line.replace(/^ +/, '');
    if (i === lines.length - 1) {
      content += text.replace(/ +$/, '');
      return;
    }
    const trimmed = text.replace(/ +$/, '');
    content += trimmed + (text.length - trimmed.length >= 2 ? HARD_BREAK : '\n');
  });
  return content;
}

// ---------------------------------------------------------------------------------------------
// Block structure

interface OpenParagraph {
  kind: 'paragraph';
  lines: string[];
}

interface OpenTable {
  kind: 'table';
  node: Table;
}

type Leaf = OpenParagraph | OpenTable;

/** The lines a child of a container spans, nested content included (for `spread`). */
interface Placed {
  first: number;
  last: number;
}

interface BaseContainer {
  children: Placed[];
  leaf: Leaf | null;
  leafFirst: number;
  leafLast: number;
}

interface RootContainer extends BaseContainer {
  kind: 'root';
}

interface DirectiveContainer extends BaseContainer {
  kind: 'directive';
  node: ContainerDirective;
  fence: number;
}

interface ListContainer extends BaseContainer {
  kind: 'list';
  node: List;
  /** The marker kind its items share (Marker.kind). */
  marker: string;
}

interface ItemContainer extends BaseContainer {
  kind: 'item';
  node: ListItem;
  contentOffset: number;
}

type Container = RootContainer | DirectiveContainer | ListContainer | ItemContainer;

class SubsetParser {
  private readonly lines: string[];
  private readonly stack: Container[];
  private readonly root: Root = { type: 'root', children: [] };
  /** Index of the line being read. */
  private index = 0;

  constructor(markdown: string) {
    this.lines = markdown.split(/\r\n|\r|\n/);
    if (this.lines[this.lines.length - 1] === '') this.lines.pop();
    this.stack = [{ kind: 'root', children: [], leaf: null, leafFirst: 0, leafLast: 0 }];
  }

  parse(): Root {
    for (this.index = 0; this.index < this.lines.length; this.index++) this.line(this.lines[this.index] as string);
    // An unclosed container directive would swallow the rest of the document: leave it to remark.
    if (this.stack.some((c) => c.kind === 'directive')) unsupported();
    this.closeTo(0);
    return this.root;
  }

  private get top(): Container {
    return this.stack[this.stack.length - 1] as Container;
  }

  private line(raw: string): void {
    let rest = raw;
    let matched = 1;
    let sibling: { list: number; marker: Marker } | null = null;
    for (let i = 1; i < this.stack.length; i++) {
      const container = this.stack[i] as Container;
      if (container.kind === 'directive') {
        const close = FENCE_CLOSE.exec(rest);
        if (close && (close[1] ?? '').length >= container.fence) {
          this.closeTo(i - 1);
          return;
        }
        matched = i + 1;
        continue;
      }
      if (container.kind === 'list') {
        const item = this.stack[i + 1];
        if (item?.kind !== 'item') throw new Error('a list without an open item');
        if (BLANK.test(rest)) {
          matched = i + 2;
          i++;
          continue;
        }
        const indent = indentOf(rest);
        if (indent >= item.contentOffset) {
          rest = rest.slice(item.contentOffset);
          matched = i + 2;
          i++;
          continue;
        }
        // The list goes on with a new item when the line starts one of the same kind.
        if (!THEMATIC.test(rest)) {
          const marker = listMarker(rest);
          if (marker && marker.kind === container.marker) sibling = { list: i, marker };
        }
        if (sibling) matched = i + 1;
        break;
      }
    }

    if (sibling) {
      this.closeTo(sibling.list);
      this.openItem(this.stack[sibling.list] as ListContainer, sibling.marker, rest);
      return;
    }

    if (matched < this.stack.length) {
      // A list that does not go on clears micromark's interrupt flag, so any list item may
      // start here, even one that could not interrupt the open paragraph.
      const newList = LIST_MARKER.test(rest) && !THEMATIC.test(rest);
      // Otherwise unindented text goes on with an open paragraph (a lazy continuation line).
      const deepest = this.top;
      if (!newList && deepest.leaf?.kind === 'paragraph' && !BLANK.test(rest) && !this.startsBlock(rest, true)) {
        deepest.leaf.lines.push(rest);
        deepest.leafLast = this.index;
        return;
      }
      this.closeTo(matched - 1);
    }
    this.block(rest);
  }

  /** Would `line` start a block here? With `interrupting`, as the next line of a paragraph. */
  private startsBlock(line: string, interrupting: boolean): boolean {
    if (ATX.test(line) || line.startsWith('::') || QUOTE.test(line) || THEMATIC.test(line)) return true;
    if (interrupting && SETEXT.test(line)) unsupported();
    // A header row needs no pipe of its own: a delimiter row under any line makes a table of
    // it. The next line still has its containers' indentation, so any indentation counts here.
    if (delimiterRow(this.lines[this.index + 1]?.replace(/^ +/, '')) !== null) {
      // A table right under a paragraph line: GFM's interruption rules are not modelled.
      if (interrupting) unsupported();
      return true;
    }
    const marker = LIST_MARKER.exec(line);
    if (marker) {
      // Only a bullet with content, or an ordered list from 1, interrupts a paragraph.
      if (!interrupting) return true;
      const content = line.slice(marker[0].length);
      if (BLANK.test(content)) return false;
      return marker[3] === undefined || marker[3] === '1';
    }
    return false;
  }

  /** The line, its containers matched and stripped, in the innermost open container. */
  private block(line: string): void {
    const container = this.top;
    if (BLANK.test(line)) {
      this.closeLeaf(container);
      return;
    }
    if (QUOTE.test(line) || THEMATIC.test(line)) unsupported();
    const leaf = container.leaf;
    if (leaf?.kind === 'paragraph') {
      if (!this.startsBlock(line, true)) {
        leaf.lines.push(line);
        container.leafLast = this.index;
        return;
      }
      this.closeLeaf(container);
    } else if (leaf?.kind === 'table') {
      // Other blocks (indented code too) end a table where they start; not modelled.
      if (/^ {4}/.test(line) || this.startsBlock(line, false)) unsupported();
      leaf.node.children.push(tableRow(line));
      container.leafLast = this.index;
      return;
    }

    const indent = indentOf(line);
    if (indent >= 4) unsupported(); // indented code

    const heading = ATX.exec(line);
    if (heading) {
      if (container.kind === 'item') unsupported();
      const text = heading[2] ?? '';
      if (text.endsWith('#')) unsupported();
      const node: Heading = {
        type: 'heading',
        depth: (heading[1] ?? '#').length as Heading['depth'],
        children: text === '' ? [] : inline(text),
      };
      this.place(container, node, this.index, this.index);
      return;
    }

    if (line.startsWith(':')) {
      this.directive(container, line);
      return;
    }

    const marker = listMarker(line);
    if (marker) {
      if (container.kind === 'directive') unsupported();
      const list: ListContainer = {
        kind: 'list',
        node: { type: 'list', ordered: marker.ordered, start: marker.start, spread: false, children: [] },
        marker: marker.kind,
        children: [],
        leaf: null,
        leafFirst: 0,
        leafLast: 0,
      };
      this.place(container, list.node, this.index, this.index);
      this.stack.push(list);
      this.openItem(list, marker, line);
      return;
    }

    const next = this.lines[this.index + 1];
    if (delimiterRow(next?.replace(/^ +/, '')) !== null) {
      // Tables stand at the top level or in a directive here, where the next line is as written.
      const align = container.kind === 'item' ? null : delimiterRow(next);
      if (!align) unsupported();
      const header = tableRow(line);
      if (header.children.length !== align.length) unsupported();
      container.leaf = { kind: 'table', node: { type: 'table', align, children: [header] } };
      container.leafFirst = this.index;
      // The delimiter row belongs to the table.
      this.index++;
      container.leafLast = this.index;
      return;
    }

    container.leaf = { kind: 'paragraph', lines: [line] };
    container.leafFirst = this.index;
    container.leafLast = this.index;
  }

  private directive(container: Container, line: string): void {
    const open = CONTAINER_OPEN.exec(line);
    if (open) {
      // Directives in directives or list items close in ways not modelled here.
      if (container.kind !== 'root') unsupported();
      const node: ContainerDirective = {
        type: 'containerDirective',
        name: open[2] as string,
        attributes: attributes(open[3]),
        children: [],
      };
      this.place(container, node, this.index, this.index);
      this.stack.push({ kind: 'directive', node, fence: (open[1] ?? ':::').length, children: [], leaf: null, leafFirst: 0, leafLast: 0 });
      return;
    }
    const leaf = LEAF.exec(line);
    if (!leaf || container.kind === 'item') unsupported();
    const node: LeafDirective = { type: 'leafDirective', name: leaf[1] as string, attributes: attributes(leaf[2]), children: [] };
    this.place(container, node, this.index, this.index);
  }

  /** Open a new item of `list`; `line` holds its marker (the list's own indentation stripped). */
  private openItem(list: ListContainer, marker: Marker, line: string): void {
    const item: ItemContainer = {
      kind: 'item',
      node: { type: 'listItem', spread: false, checked: null, children: [] },
      contentOffset: marker.contentOffset,
      children: [],
      leaf: null,
      leafFirst: 0,
      leafLast: 0,
    };
    list.node.children.push(item.node);
    list.children.push({ first: this.index, last: this.index });
    this.touch(this.index);
    this.stack.push(item);
    const content = line.slice(marker.contentOffset);
    // The first line of an item is plain text here: a marker, heading or table on it is not.
    if (this.startsBlock(content, false) || content.startsWith(':') || content.startsWith(' ')) unsupported();
    item.leaf = { kind: 'paragraph', lines: [content] };
    item.leafFirst = this.index;
    item.leafLast = this.index;
  }

  /** Add a child node to a container (always the innermost open one), remembering its lines. */
  private place(container: Container, node: RootContent, first: number, last: number): void {
    this.closeLeaf(container);
    container.children.push({ first, last });
    this.childrenOf(container).push(node);
    this.touch(last);
  }

  /** The node list a container's blocks go into (a list gets items only, from openItem). */
  private childrenOf(container: Container): RootContent[] {
    if (container.kind === 'root') return this.root.children;
    if (container.kind === 'list') throw new Error('a block placed straight into a list');
    return container.node.children as RootContent[];
  }

  /** Every open container, the last child of its parent, now reaches at least to line `last`. */
  private touch(last: number): void {
    for (let i = 0; i < this.stack.length - 1; i++) {
      const children = (this.stack[i] as Container).children;
      const placed = children[children.length - 1];
      if (placed) placed.last = Math.max(placed.last, last);
    }
  }

  private closeLeaf(container: Container): void {
    const leaf = container.leaf;
    if (!leaf) return;
    container.leaf = null;
    const node: BlockContent =
      leaf.kind === 'paragraph' ? { type: 'paragraph', children: inline(paragraphContent(leaf.lines)) } : leaf.node;
    this.place(container, node, container.leafFirst, container.leafLast);
  }

  /** Close every container above stack index `depth`. */
  private closeTo(depth: number): void {
    while (this.stack.length - 1 > depth) {
      // The leaf closes while its container is still on the stack, so touch() reaches it.
      this.closeLeaf(this.top);
      this.finish(this.stack.pop() as Container);
    }
    this.closeLeaf(this.stack[depth] as Container);
  }

  /** `spread` as mdast-util-from-markdown infers it: a blank line between items, or between an item's blocks. */
  private finish(container: Container): void {
    const gap = (placed: readonly Placed[]): boolean => placed.some((p, i) => i > 0 && p.first > (placed[i - 1] as Placed).last + 1);
    if (container.kind === 'item') container.node.spread = gap(container.children);
    if (container.kind === 'list') container.node.spread = gap(container.children);
  }
}

/** The mdast of `markdown`, or null when it uses Markdown beyond the templates' subset. */
export function parseSubset(markdown: string): Root | null {
  if (markdown.includes('\t') || markdown.includes(HARD_BREAK)) return null;
  try {
    return new SubsetParser(markdown).parse();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
