/**
 * Clause overrides: a consultant replaces, adds after or removes a section, a clause, a
 * sub-clause or a table by its id, for all clients (the firm's overrides.yaml) or for one
 * (`documents.overrides` in the profile). The override's text is a template fragment run over
 * the same view as its document, with the same literal tokens, and spliced into the document's
 * Markdown tree before the model is built: numbering, ids and user text then work exactly as in
 * the document's own template, and a removed clause leaves no gap in 1.1., 1.2. …
 */
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-directive';
import { OpkitError } from '../errors.ts';
import type { LiteralTable } from '../templating/literal.ts';
import type { TemplateSource } from '../templating/render-template.ts';
import { closest } from '../profile/say.ts';

export type OverrideAction = 'replace' | 'after' | 'remove';

/** Where an override was written, for messages: the file and the line of its entry and of its text. */
export interface OverrideOrigin {
  file: string;
  /** The line of the override's entry (`- replace: …`). */
  line: number;
  /** The line where its text starts in the file, or null (then template lines count from `line`). */
  textLine: number | null;
  /** A client's override wins over the firm's on the same id. */
  scope: 'firm' | 'client';
}

export interface ClauseOverride {
  action: OverrideAction;
  /** The full id of the section, clause, sub-clause or table: `charter.functions.planning`. */
  target: string;
  /** The template fragment as written; null for `remove`. */
  text: string | null;
  /** The fragment precompiled (src/core/templating/precompile.ts); null for `remove`. */
  template: TemplateSource | null;
  origin: OverrideOrigin;
}

/** One problem of one override, with its place. */
export interface OverrideProblem {
  file: string;
  line: number;
  message: string;
}

/** Overrides that cannot be applied: nothing of the pack is written. */
export class OverrideError extends OpkitError {
  override name = 'OverrideError';
  readonly problems: readonly OverrideProblem[];
  constructor(problems: readonly OverrideProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    this.problems = problems;
  }
}

export function isOverrideError(error: unknown): error is OverrideError {
  return error instanceof Error && error.name === 'OverrideError';
}

/** The problem of an override at a line of its text (1-based), or at its entry. */
export function problemAt(override: ClauseOverride, message: string, textLine: number | null = null): OverrideProblem {
  const { origin } = override;
  const line = textLine !== null && origin.textLine !== null ? origin.textLine + textLine - 1 : origin.line;
  return { file: origin.file, line, message };
}

/** The document id an override's target starts with. */
export function targetDocument(target: string): string {
  return target.split('.')[0] ?? '';
}

const ACTION_NAMES: Record<OverrideAction, string> = { replace: 'замена', after: 'добавление после', remove: 'удаление' };

export function describeOverride(override: ClauseOverride): string {
  return `${ACTION_NAMES[override.action]} «${override.target}»`;
}

/**
 * The firm's overrides and the client's as one list: a client's override of an id takes the
 * place of the firm's overrides of that id that do the same kind of thing (replace or remove
 * the part; add after it), so a client can undo or reword what the firm changed for everyone.
 */
export function mergeOverrides(firm: readonly ClauseOverride[], client: readonly ClauseOverride[]): ClauseOverride[] {
  const kind = (o: ClauseOverride) => (o.action === 'after' ? 'after' : 'change');
  const taken = new Set(client.map((o) => `${kind(o)} ${o.target}`));
  return [...firm.filter((o) => !taken.has(`${kind(o)} ${o.target}`)), ...client];
}

// ---------------------------------------------------------------------------------------------
// Where the addressable parts are in the Markdown tree

type Location =
  | { kind: 'section'; start: number; end: number }
  | { kind: 'clause'; list: number; item: number }
  | { kind: 'sub'; list: number; item: number; sub: List; subItem: number }
  | { kind: 'table'; index: number };

const ID_MARKER = /^\{#([^}\s]+)\} */;

function markerOf(item: ListItem | Paragraph | undefined, literals: LiteralTable): string | null {
  const paragraph = item?.type === 'listItem' ? item.children[0] : item;
  if (paragraph?.type !== 'paragraph') return null;
  const first = paragraph.children[0];
  if (first?.type !== 'text') return null;
  const m = ID_MARKER.exec(first.value);
  return m ? literals.resolve(m[1] as string) : null;
}

/** Every section, clause, sub-clause and table of the tree by full id, as the model builder numbers them. */
function locate(root: Root, documentId: string, literals: LiteralTable, numbered: boolean): Map<string, Location> {
  const found = new Map<string, Location>();
  let section: string | null = null;
  let open: { id: string; start: number } | null = null;
  const full = (...parts: Array<string | null>) => [documentId, ...parts.filter((p): p is string => p !== null)].join('.');
  const close = (end: number) => {
    if (open) found.set(open.id, { kind: 'section', start: open.start, end });
    open = null;
  };
  root.children.forEach((node, index) => {
    if (node.type === 'heading' && node.depth === 1) {
      close(index);
      const marker = node.children[0]?.type === 'text' ? ID_MARKER.exec(node.children[0].value) : null;
      section = marker ? literals.resolve(marker[1] as string) : null;
      if (section !== null) open = { id: full(section), start: index };
    } else if (node.type === 'list' && node.ordered && numbered) {
      node.children.forEach((item, itemIndex) => {
        const clause = markerOf(item, literals);
        if (clause === null) return;
        found.set(full(section, clause), { kind: 'clause', list: index, item: itemIndex });
        for (const child of item.children) {
          if (child.type !== 'list' || !child.ordered) continue;
          child.children.forEach((subItem, subIndex) => {
            const sub = markerOf(subItem, literals);
            if (sub !== null)
              found.set(full(section, clause, sub), { kind: 'sub', list: index, item: itemIndex, sub: child, subItem: subIndex });
          });
        }
      });
    } else if (node.type === 'containerDirective' && node.name === 'table' && node.attributes?.['id']) {
      found.set(full(section, literals.resolve(node.attributes['id'])), { kind: 'table', index });
    }
  });
  close(root.children.length);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Splicing

/** A fragment's nodes, checked against where they go; a message when they do not fit. */
function misfit(location: Location, nodes: readonly RootContent[]): string | null {
  if (location.kind === 'sub') {
    const only = nodes[0];
    if (nodes.length !== 1 || only?.type !== 'list' || !only.ordered)
      return 'подпункт заменяется только подпунктами: текст начинается с «1. {#имя} »';
    return null;
  }
  if (location.kind !== 'section' && nodes.some((n) => n.type === 'heading' && n.depth === 1))
    return 'раздел («# …») можно вставить только после раздела или вместо раздела';
  return null;
}

/** Split the clause list at `item` and put `nodes` between the halves, dropping the item itself when `drop`. */
function spliceClause(root: Root, location: { list: number; item: number }, nodes: readonly RootContent[], drop: boolean): void {
  const list = root.children[location.list] as List;
  const before = list.children.slice(0, drop ? location.item : location.item + 1);
  const after = list.children.slice(location.item + 1);
  const parts: RootContent[] = [];
  if (before.length) parts.push({ ...list, children: before });
  parts.push(...nodes);
  if (after.length) parts.push({ ...list, children: after });
  root.children.splice(location.list, 1, ...parts);
}

function splice(root: Root, location: Location, action: OverrideAction, nodes: readonly RootContent[]): void {
  switch (location.kind) {
    case 'section':
      if (action === 'after') root.children.splice(location.end, 0, ...nodes);
      else root.children.splice(location.start, location.end - location.start, ...nodes);
      return;
    case 'table':
      root.children.splice(action === 'after' ? location.index + 1 : location.index, action === 'after' ? 0 : 1, ...nodes);
      return;
    case 'clause':
      spliceClause(root, location, nodes, action !== 'after');
      return;
    case 'sub': {
      const items = (nodes[0] as List | undefined)?.children ?? [];
      const { sub } = location;
      sub.children.splice(action === 'after' ? location.subItem + 1 : location.subItem, action === 'after' ? 0 : 1, ...items);
      if (sub.children.length === 0) {
        const parent = (root.children[location.list] as List).children[location.item] as ListItem;
        parent.children = parent.children.filter((c) => c !== sub);
      }
      return;
    }
  }
}

/**
 * A clause's replacement may be written as bare text: it becomes the clause with the replaced
 * one's id, its further lines (bullets, sub-paragraphs) belonging to it.
 */
function asClause(markdown: string, ownId: string): string {
  if (/^\s*\d+\.\s/.test(markdown)) return markdown;
  const [first = '', ...rest] = markdown.replace(/^\s*\n/, '').split('\n');
  return [`1. {#${ownId}} ${first}`, ...rest.map((line) => (line.trim() === '' ? '' : `   ${line}`))].join('\n');
}

/** How the document's own pipeline turns a fragment into Markdown nodes (kept here free of imports of it). */
export interface FragmentTools {
  /** Run the fragment's template over the document's view with the document's literal table. */
  render(override: ClauseOverride): string;
  parse(markdown: string): Root;
  /** Build the fragment alone into model blocks: throws the model builder's error for bad Markdown. */
  check(root: Root): void;
}

/**
 * Apply the overrides of one document to its Markdown tree, in order. A target this document
 * lacks is the client's error (with the closest id it has); a firm's override of a part this
 * client's document does not have (a clause under a condition) is skipped: the firm's file was
 * checked against every template when it was loaded.
 */
export function applyOverrides(
  root: Root,
  overrides: readonly ClauseOverride[],
  document: { id: string; numbered: boolean; literals: LiteralTable },
  tools: FragmentTools,
): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  for (const override of overrides) {
    const located = locate(root, document.id, document.literals, document.numbered);
    const location = located.get(override.target);
    if (!location) {
      if (override.origin.scope === 'client') {
        const guess = closest(override.target, [...located.keys()]);
        problems.push(
          problemAt(
            override,
            `${describeOverride(override)}: в документе «${document.id}» этого клиента нет такого раздела, пункта или таблицы${guess ? ` (возможно, имелся в виду «${guess}»)` : ''}; список: opkit clauses ${document.id} --profile ФАЙЛ`,
          ),
        );
      }
      continue;
    }
    if (override.action === 'remove') {
      splice(root, location, 'remove', []);
      continue;
    }
    let markdown: string;
    try {
      markdown = tools.render(override);
    } catch (error) {
      const line = (error as { overrideLine?: unknown }).overrideLine;
      problems.push(
        problemAt(override, `${describeOverride(override)}: ${(error as Error).message}`, typeof line === 'number' ? line : null),
      );
      continue;
    }
    if (override.action === 'replace' && (location.kind === 'clause' || location.kind === 'sub')) {
      markdown = asClause(markdown, override.target.split('.').pop() as string);
    }
    const fragment = tools.parse(markdown);
    const wrong = misfit(location, fragment.children);
    if (wrong) {
      problems.push(problemAt(override, `${describeOverride(override)}: ${wrong}`));
      continue;
    }
    try {
      tools.check(fragment);
    } catch (error) {
      problems.push(problemAt(override, `${describeOverride(override)}: ${(error as Error).message}`));
      continue;
    }
    splice(root, location, override.action, fragment.children);
  }
  return problems;
}
