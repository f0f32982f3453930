/**
 * Template + view → DocumentModel. The template's front matter names the document; the engine
 * adds what every signed document has in the same place: the organisation line, the approval
 * block, the document kind and title, and (for documents employees sign) the acknowledgement
 * sheet. Templates only write the body.
 */
import { ModelError, TemplateError } from '../errors.ts';
import { parseMarkdown, parseWithRemark } from '../markdown/parse.ts';
import { toModelBlocks } from '../markdown/to-model.ts';
import { renderTemplate, runTemplate, type TemplateSource } from '../templating/render-template.ts';
import { applyOverrides, OverrideError, problemAt, type ClauseOverride, type FragmentTools } from '../firm/overrides.ts';
import type { LiteralTable } from '../templating/literal.ts';
import type { Root } from 'mdast';
import type { Approval, Block, DocumentModel, Table } from '../model/types.ts';
import { formatNumber } from '../text/format.ts';

/**
 * The acknowledgement sheet's rows. `signers` may exceed the rows: a department of hundreds gets a
 * sheet of named people and a few blank rows per position, and a note to print the sheet again.
 */
export interface AcknowledgementRows {
  rows: Array<{ name: string; position: string }>;
  signers: number;
}

/** What the engine needs to frame a document, taken from the profile by the caller. */
export interface DocumentFrame {
  /** «ООО «ТехноСнаб»». */
  organization: string;
  /** City for the place line; empty to omit. */
  city: string;
  /** The approval block, or null when the document is not approved (e.g. a checklist). */
  approval: Omit<Approval, 'type'> | null;
  /** The acknowledgement sheet: its rows (full names and positions; blanks allowed) and how many people sign. */
  acknowledgement: AcknowledgementRows | null;
  lang: string;
}

export interface FrontMatter {
  id: string;
  title: string;
  /** «ПОЛОЖЕНИЕ», «ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ» … printed large above the title; empty for none. */
  kind: string;
  /** The title line under the kind: «об отделе продаж». */
  subtitle: string;
  numbered: boolean;
  /** This document is signed by employees: add the acknowledgement sheet. */
  acknowledgement: boolean;
  /**
   * The engine's head (approval block, organisation, kind, subtitle, place). `letterhead: false`
   * is for papers that are not approved but signed (an order, an agreement between two parties):
   * the template writes their own head in the form such a paper takes.
   */
  letterhead: boolean;
  /** The document is approved (the «УТВЕРЖДАЮ» block); `approval: false` for a note that nobody approves. */
  approval: boolean;
  positionId: string | null;
}

function frontMatter(template: string, raw: Record<string, unknown>): FrontMatter {
  const str = (key: string, required: boolean): string => {
    const value = raw[key];
    if (value === undefined || value === null) {
      if (required) throw new TemplateError(template, `front matter: нет поля «${key}»`, 1);
      return '';
    }
    return String(value);
  };
  return {
    id: str('id', true),
    title: str('title', true),
    kind: str('kind', false),
    subtitle: str('subtitle', false),
    numbered: raw['numbered'] !== false,
    acknowledgement: raw['acknowledgement'] === true,
    letterhead: raw['letterhead'] !== false,
    approval: raw['approval'] !== false,
    positionId: raw['position'] ? String(raw['position']) : null,
  };
}

function centred(text: string, bold = false): Block {
  return { type: 'paragraph', align: 'center', noIndent: true, keepWithNext: true, children: [{ text, ...(bold ? { bold: true } : {}) }] };
}

function acknowledgementSheet({ rows, signers }: AcknowledgementRows, title: string, documentId: string): Block[] {
  const cell = (text: string, align?: 'center', name = false) => ({
    children: [{ type: 'paragraph' as const, noIndent: true, children: text ? [{ text, ...(name ? { noHyphenate: true } : {}) }] : [] }],
    ...(align ? { align } : {}),
  });
  const table: Table = {
    type: 'table',
    id: `${documentId}.acknowledgement`,
    columns: [{ width: 1.1, align: 'center' }, { width: 5 }, { width: 4.5 }, { width: 2.6 }, { width: 2.6 }],
    headerRows: 1,
    borders: 'all',
    rowHeightMm: 9,
    rows: [
      { cells: ['№ п/п', 'Ф.И.О.', 'Должность', 'Дата', 'Подпись'].map((t) => cell(t, 'center')) },
      ...rows.map((row, i) => ({
        cells: [cell(String(i + 1), 'center'), cell(row.name, undefined, true), cell(row.position), cell(''), cell('')],
      })),
    ],
  };
  return [
    { type: 'pageBreak' },
    centred('ЛИСТ ОЗНАКОМЛЕНИЯ', true),
    centred(`с документом «${title}»`),
    { type: 'paragraph', noIndent: true, children: [] },
    table,
    ...(signers > rows.length
      ? [
          {
            type: 'paragraph' as const,
            noIndent: true,
            small: true,
            children: [
              {
                text: `Число работников, которые должны ознакомиться с документом: ${formatNumber(signers)}. Если строк не хватает, распечатайте лист ещё раз и продолжите нумерацию.`,
              },
            ],
          },
        ]
      : []),
  ];
}

/** How an override's fragment goes through the document's own pipeline: same view, same literal table. */
function fragmentTools(view: object, literals: LiteralTable, options: { numbered: boolean; documentId: string }): FragmentTools {
  return {
    render(override) {
      if (override.template === null) return '';
      const name = `override:${override.origin.file}:${override.origin.line}`;
      try {
        return runTemplate(name, override.template, view, literals);
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        throw Object.assign(new Error(error.message.slice(`${name}${error.line === null ? '' : `:${error.line}`}: `.length)), {
          overrideLine: error.line,
        });
      }
    },
    parse: parseMarkdown,
    check(root) {
      toModelBlocks(root, { ...options, literals });
    },
  };
}

/** The document's Markdown tree with the overrides of this document applied; every problem at once. */
function overridden(root: Root, overrides: readonly ClauseOverride[], view: object, literals: LiteralTable, meta: FrontMatter): Root {
  const mine = overrides.filter((o) => o.target.startsWith(`${meta.id}.`));
  if (mine.length === 0) return root;
  const options = { numbered: meta.numbered, documentId: meta.id };
  const problems = applyOverrides(root, mine, { id: meta.id, numbered: meta.numbered, literals }, fragmentTools(view, literals, options));
  if (problems.length) throw new OverrideError(problems);
  try {
    toModelBlocks(root, { ...options, literals });
  } catch (error) {
    // The fragments were each fine alone: together they repeat an id. Name the override that brings it.
    if (!(error instanceof ModelError)) throw error;
    const repeated = /«([^»]+)»/.exec(error.message)?.[1] ?? '';
    const culprit = mine.find((o) => o.text !== null && repeated !== '' && o.text.includes(`{#${repeated.split('.').pop()}}`)) ?? mine[0];
    if (culprit) throw new OverrideError([problemAt(culprit, error.message)]);
    throw error;
  }
  return root;
}

/**
 * Render one document from its template; `overrides` (the firm's and the client's, merged) replace,
 * add or remove its sections, clauses and tables before the model is built.
 */
export function buildDocument(
  templateName: string,
  source: TemplateSource,
  view: object,
  frame: DocumentFrame,
  overrides: readonly ClauseOverride[] = [],
): DocumentModel {
  const rendered = renderTemplate(templateName, source, view);
  const meta = frontMatter(templateName, rendered.frontMatter);
  const options = { numbered: meta.numbered, literals: rendered.literals, documentId: meta.id };
  let body: Block[];
  try {
    body = toModelBlocks(overridden(parseMarkdown(rendered.markdown), overrides, view, rendered.literals, meta), options);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    // The fast parse keeps no positions: parse again with remark for the line in the message.
    try {
      toModelBlocks(parseWithRemark(rendered.markdown), options);
    } catch (again) {
      if (again instanceof ModelError) throw new TemplateError(templateName, again.message);
      throw again;
    }
    throw new TemplateError(templateName, error.message);
  }
  const head: Block[] = [];
  if (meta.letterhead) {
    if (frame.approval && meta.approval) head.push({ type: 'approval', ...frame.approval });
    head.push(centred(frame.organization, true));
    if (meta.kind) head.push(centred(meta.kind, true));
    if (meta.subtitle) head.push(centred(meta.subtitle, true));
    if (frame.city) head.push(centred(frame.city));
    head.push({ type: 'paragraph', noIndent: true, children: [] });
  }
  const tail = meta.acknowledgement && frame.acknowledgement ? acknowledgementSheet(frame.acknowledgement, meta.title, meta.id) : [];
  return {
    type: 'document',
    meta: {
      id: meta.id,
      title: meta.title,
      organization: frame.organization,
      lang: frame.lang,
      ...(meta.positionId ? { positionId: meta.positionId } : {}),
    },
    children: [...head, ...body, ...tail],
  };
}
