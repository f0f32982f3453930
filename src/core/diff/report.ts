/**
 * What `opkit diff` shows a consultant: a redline page per changed document (each changed part
 * with its number and id, deletions struck out in red, insertions underlined in green), an index
 * page, and the one-line change log to paste into a letter to the client. Pure: the CLI writes.
 */
import { diffWordsWithSpace } from 'diff';
import { escapeHtml } from '../render/html/escape.ts';
import { pluralForm } from '../text/plural.ts';
import type { DocumentChange, PackDiff, SegmentChange } from './pack-diff.ts';

export interface DiffSources {
  company: string;
  /** The two profile files as the user named them. */
  before: string;
  after: string;
}

const DOCUMENT = { one: 'документ', few: 'документа', many: 'документов' };
const PART = { one: 'часть', few: 'части', many: 'частей' };

/** How a part is named in running text: «п. 4.2», «разд. 3», «таблица», «шапка». */
export function partLabel(change: Pick<SegmentChange, 'kind' | 'number' | 'follows'>): string {
  const number = change.number?.replace(/\.$/, '') ?? null;
  if (change.kind === 'head') return 'шапка и гриф';
  if (change.kind === 'table') return change.follows ? `табл. к п. ${change.follows.replace(/\.$/, '')}` : 'таблица';
  if (change.kind === 'section') return number ? `разд. ${number}` : 'заголовок раздела';
  return number ? `п. ${number}` : 'абзац';
}

/** The parts of a document as the change log lists them: «п. 4.2, п. 4.8, таблица». */
function partsList(document: DocumentChange): string {
  const labels = document.segments.map(partLabel);
  const unique = [...new Set(labels)];
  return unique.join(', ');
}

const STATUS_WORD: Record<DocumentChange['status'], string> = { changed: 'изменён', added: 'добавлен', removed: 'исключён' };
const STATUS_WORD_MANY: Record<DocumentChange['status'], string> = { changed: 'изменены', added: 'добавлены', removed: 'исключены' };

/**
 * One line for a letter: «Вектор: изменены 2 документа — Положение о мотивации работников отдела
 * продаж (п. 4.2, таблица), План продаж на 2027 год (таблица); остальные 24 без изменений.»
 */
export function changeLog(diff: PackDiff, company: string): string {
  if (diff.documents.length === 0) return `${company}: документы пакета не изменились.`;
  const groups = (['changed', 'added', 'removed'] as const)
    .map((status) => ({ status, documents: diff.documents.filter((d) => d.status === status) }))
    .filter((g) => g.documents.length > 0)
    .map(({ status, documents }) => {
      const n = documents.length;
      const verb = (n === 1 ? STATUS_WORD : STATUS_WORD_MANY)[status];
      const list = documents.map((d) => (status === 'changed' ? `${d.title} (${partsList(d)})` : d.title)).join(', ');
      return `${verb} ${n} ${pluralForm(n, DOCUMENT)} — ${list}`;
    });
  const rest = diff.unchanged > 0 ? `; остальные ${diff.unchanged} без изменений` : '';
  return `${company}: ${groups.join('; ')}${rest}.`;
}

/** A text's words diffed: deletions in <del>, insertions in <ins>, line breaks kept. */
function marked(before: string, after: string): string {
  return diffWordsWithSpace(before, after)
    .map((part) => {
      const text = escapeHtml(part.value).replace(/\n/g, '<br>');
      return part.added ? `<ins>${text}</ins>` : part.removed ? `<del>${text}</del>` : text;
    })
    .join('');
}

const STYLE = `
  body { font: 16px/1.55 "Times New Roman", Tinos, serif; color: #1a1a1a; max-width: 52rem; margin: 2rem auto; padding: 0 1.5rem; }
  h1 { font-size: 1.5rem; margin-bottom: .25rem; }
  .meta { color: #555; margin-top: 0; }
  .legend { font-size: .95rem; color: #333; }
  section.part { border-top: 1px solid #ddd; padding: .75rem 0; }
  .label { font-weight: bold; }
  .id { font-family: "DejaVu Sans Mono", monospace; font-size: .8rem; color: #666; margin-left: .5rem; }
  .status { font-size: .85rem; color: #555; margin-left: .5rem; }
  .text { margin-top: .35rem; }
  .text p { margin: .2rem 0; }
  .gap, .gap td { color: #888; text-align: center; }
  del { background: #fde2e2; color: #9b1c1c; text-decoration: line-through; }
  ins { background: #dcfce7; color: #14532d; text-decoration: underline; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #ccc; padding: .35rem .5rem; text-align: left; vertical-align: top; }
  th { background: #f3f3f3; }
  .log { background: #f7f7f2; border: 1px solid #ddd; padding: .75rem 1rem; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

const PART_STATUS: Record<SegmentChange['status'], string> = { changed: 'изменено', added: 'новое', removed: 'исключено' };

const CELL = ' | ';

/** Lines that are the same before and after stand for context; more than this many in a row are cut to «…». */
const CONTEXT = 1;

/** Which of `count` lines to show: every changed line and CONTEXT lines around it; the first always (a table's header). */
function shownLines(changed: readonly boolean[], keepFirst: boolean): boolean[] {
  return changed.map((_, i) => (keepFirst && i === 0) || changed.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some(Boolean));
}

/** A table's rows, the changed ones marked cell by cell; unchanged rows far from a change are left out. */
function tableRedline(before: string, after: string): string | null {
  const old = before.split('\n');
  const now = after.split('\n');
  if (old.length !== now.length) return null;
  const rows = now.map((line, i) => ({ old: (old[i] ?? '').split(CELL), now: line.split(CELL) }));
  if (rows.some((r) => r.old.length !== r.now.length)) return null;
  const shown = shownLines(
    rows.map((r) => r.old.join(CELL) !== r.now.join(CELL)),
    true,
  );
  const html: string[] = [];
  rows.forEach((r, i) => {
    if (!shown[i]) {
      if (shown[i - 1]) html.push(`<tr class="gap"><td colspan="${r.now.length}">…</td></tr>`);
      return;
    }
    const tag = i === 0 ? 'th' : 'td';
    html.push(`<tr>${r.now.map((cell, c) => `<${tag}>${marked(r.old[c] ?? '', cell)}</${tag}>`).join('')}</tr>`);
  });
  return `<table>${html.join('')}</table>`;
}

/** A clause's paragraphs: the changed ones marked, long runs of unchanged ones cut to «…». */
function textRedline(before: string, after: string): string {
  const old = before.split('\n');
  const now = after.split('\n');
  if (old.length !== now.length || now.length <= 3) return marked(before, after);
  const shown = shownLines(
    now.map((line, i) => line !== old[i]),
    false,
  );
  const html: string[] = [];
  now.forEach((line, i) => {
    if (shown[i]) html.push(`<p>${marked(old[i] ?? '', line)}</p>`);
    else if (shown[i - 1] || i === 0) html.push('<p class="gap">…</p>');
  });
  return html.join('');
}

function partRedline(s: SegmentChange): string {
  const before = s.before ?? '';
  const after = s.after ?? '';
  if (s.kind === 'table' && s.before !== null && s.after !== null) {
    const table = tableRedline(before, after);
    if (table !== null) return table;
  }
  return textRedline(before, after);
}

/** The redline of one document: each changed part, in order, with its label, id and marked text. */
export function redlineHtml(document: DocumentChange, sources: DiffSources): string {
  const parts = document.segments
    .map(
      (s) => `<section class="part">
<div><span class="label">${escapeHtml(partLabel(s))}</span><span class="status">${PART_STATUS[s.status]}</span><span class="id">${escapeHtml(s.id)}</span></div>
<div class="text">${partRedline(s)}</div>
</section>`,
    )
    .join('\n');
  const rest =
    document.unchanged > 0
      ? `<p class="meta">Остальные ${document.unchanged} ${pluralForm(document.unchanged, PART)} документа не изменились.</p>`
      : '';
  return page(
    `${document.title}: изменения`,
    `<h1>${escapeHtml(document.title)}</h1>
<p class="meta">${escapeHtml(sources.company)}: сравнение ${escapeHtml(sources.before)} → ${escapeHtml(sources.after)}; документ ${STATUS_WORD[document.status]}.</p>
<p class="legend"><del>зачёркнуто</del> — удалено, <ins>подчёркнуто</ins> — добавлено.</p>
${parts}
${rest}
<p><a href="index.html">← ко всем изменениям</a></p>`,
  );
}

/** The index: the change log, then every changed document with its parts and a link to its redline. */
export function indexHtml(diff: PackDiff, sources: DiffSources, files: ReadonlyMap<string, string>): string {
  const rows = diff.documents
    .map((d) => {
      const file = files.get(d.id);
      const title = file ? `<a href="${escapeHtml(encodeURI(file))}">${escapeHtml(d.title)}</a>` : escapeHtml(d.title);
      return `<tr><td>${title}</td><td>${STATUS_WORD[d.status]}</td><td>${escapeHtml(partsList(d))}</td></tr>`;
    })
    .join('\n');
  const table = diff.documents.length
    ? `<table>\n<tr><th>Документ</th><th>Что произошло</th><th>Изменённые части</th></tr>\n${rows}\n</table>`
    : '<p>Документы пакета не изменились.</p>';
  return page(
    `${sources.company}: изменения в пакете документов`,
    `<h1>${escapeHtml(sources.company)}: изменения в пакете документов</h1>
<p class="meta">Сравнение ${escapeHtml(sources.before)} → ${escapeHtml(sources.after)}. Без изменений: ${diff.unchanged} ${pluralForm(diff.unchanged, DOCUMENT)}.</p>
<h2>Для письма клиенту</h2>
<p class="log">${escapeHtml(changeLog(diff, sources.company))}</p>
<h2>Документы</h2>
${table}`,
  );
}
