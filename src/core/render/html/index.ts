/**
 * The HTML renderer for the in-browser preview: the document model as semantic, escaped HTML
 * styled to look like the printed page. Pure string building: no DOM, no I/O, so it runs in a
 * worker; nothing it outputs loads external resources.
 */
import type { DocumentModel } from '../../model/types.ts';
import type { Theme } from '../theme.ts';
import { blockHtml } from './blocks/index.ts';
import { documentCss } from './css.ts';
import { escapeHtml } from './escape.ts';
import { bandHtml } from './image.ts';

export { documentCss } from './css.ts';
export { escapeHtml } from './escape.ts';

export interface HtmlOptions {
  /** A whole page (doctype, head, inline stylesheet) rather than the bare <article>. */
  standalone?: boolean;
}

/** Page-level rules a standalone file needs besides the scoped document stylesheet. */
const pageCss = (theme: Theme): string =>
  [
    `@page { size: ${theme.page.widthMm}mm ${theme.page.heightMm}mm; margin: ${theme.marginsMm.top}mm ${theme.marginsMm.right}mm ${theme.marginsMm.bottom}mm ${theme.marginsMm.left}mm; }`,
    'html { background: #e9e9e9; }',
    'body { margin: 0; padding: 24px 0; }',
    '@media print { html { background: none; } body { padding: 0; } }',
  ].join('\n');

export function renderHtml(doc: DocumentModel, theme: Theme, options: HtmlOptions = {}): string {
  const lang = escapeHtml(doc.meta.lang);
  // A break at the very end starts no page (the DOCX prints none), so it draws no rule.
  const blocks = [...doc.children];
  while (blocks.at(-1)?.type === 'pageBreak') blocks.pop();
  const parts = [
    ...(doc.header ? [bandHtml(doc.header, 'header')] : []),
    ...blocks.map(blockHtml),
    ...(doc.footer ? [bandHtml(doc.footer, 'footer')] : []),
  ];
  const article = `<article class="opk-doc" lang="${lang}" data-doc="${escapeHtml(doc.meta.id)}">\n` + parts.join('\n') + '\n</article>';
  if (!options.standalone) return article;
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="author" content="${escapeHtml(doc.meta.organization)}">`,
    `<title>${escapeHtml(doc.meta.title)}</title>`,
    `<style>\n${pageCss(theme)}\n${documentCss(theme)}\n</style>`,
    '</head>',
    '<body>',
    article,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
