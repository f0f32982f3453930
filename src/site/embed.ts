/**
 * A document from the HTML renderer placed inside a site page. The renderer writes a sheet that
 * stands alone (its sections are <h1>, its tables as wide as the A4 text column); on a page the
 * document title is already the page's <h1>, and a phone is narrower than a sheet. Both fixes
 * are made here, on the renderer's output, so the engine stays unaware of the site.
 */
import { documentCss } from '../core/render/html/css.ts';
import type { Theme } from '../core/render/theme.ts';

/**
 * Every heading one level down (h1 → h2 …). The renderer escapes all text, so `<h1` can only be
 * its own markup; classes keep the original level (`opk-h1`), which the stylesheet below uses to
 * keep the printed look.
 */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([1-5])(?=[\s>])/g, (_m, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}

/**
 * Each table in its own horizontally scrollable region, so on a narrow screen the text reflows
 * and only a wide table scrolls. The region is focusable (tabindex) so it scrolls from the
 * keyboard too; `--cols` lets the stylesheet give each column a readable minimum width.
 */
export function wrapTables(html: string): string {
  let n = 0;
  return html.replace(/<table\b[\s\S]*?<\/table>/g, (table) => {
    n += 1;
    const cols = (table.match(/<col\b/g) ?? []).length || 1;
    return `<div class="doc-table" role="region" aria-label="Таблица ${n}" tabindex="0" style="--cols: ${cols}">${table}</div>`;
  });
}

export function embedDocumentHtml(article: string): string {
  return wrapTables(demoteHeadings(article));
}

/** Rules for the embedded document on top of the renderer's own stylesheet. */
const EMBED_CSS = `
/* Demoted headings (see demoteHeadings): sections stay centred, as printed. */
.opk-doc h2.opk-h1 { text-align: center; margin: 1em 0 0.5em; }
.opk-doc h4 { font-size: 1em; font-weight: bold; line-height: inherit; text-align: left; text-indent: 0;
  margin: 0.5em 0 0.33em; break-after: avoid; page-break-after: avoid; }
/* A table region that scrolls shows a shadow at the edge that has more to see: the white
   "local" layers scroll with the content and hide the fixed shadows at either end. */
.opk-doc .doc-table { overflow-x: auto;
  background:
    linear-gradient(to right, #fff 30%, rgba(255, 255, 255, 0)) left / 2rem 100% no-repeat local,
    linear-gradient(to left, #fff 30%, rgba(255, 255, 255, 0)) right / 2rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.22), rgba(0, 0, 0, 0)) left / 0.8rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.22), rgba(0, 0, 0, 0)) right / 0.8rem 100% no-repeat scroll; }
.opk-doc .doc-table:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
/* On a phone the sheet keeps its font but loses the paper margins, and text is set ragged-right
   (justified lines a phone wide open wide gaps). A table keeps a readable width per column, up
   to the printed text width, and scrolls instead of breaking words letter by letter. */
@media (max-width: 44rem) {
  .opk-doc { padding: 5mm 4mm 8mm; min-height: 0; text-align: left; }
  .opk-doc .opk-al-justify { text-align: left; }
  .opk-doc .opk-page-break { margin-left: -4mm; margin-right: -4mm; }
  .opk-doc .doc-table > .opk-table { min-width: min(40rem, calc(var(--cols) * 8rem)); }
  .opk-doc .opk-approval { margin-bottom: 12pt; }
}
`;

/** The stylesheet of the sample documents: the renderer's rules for the theme, then ours. */
export function embeddedDocumentCss(theme: Theme): string {
  return `${documentCss(theme)}\n${EMBED_CSS.trim()}\n`;
}
