/**
 * The preview's stylesheet: the printed layout (page width, margins, font, indents, table rules)
 * in CSS, every rule under .opk-doc so it can sit inside the app's own page.
 */
import { accentTint, type FontFamily, type Theme } from '../theme.ts';
import { MAX_LIST_DEPTH } from './blocks/list.ts';
import { APPROVAL_WIDTH_MM, LIST_HANG_MM } from '../conventions.ts';

/** Metric twins first after the theme font (what the PDF embeds), then the usual stand-ins. */
const FALLBACKS: Record<FontFamily, string[]> = {
  'Times New Roman': ['Tinos', 'Liberation Serif', 'Nimbus Roman', 'Times', 'serif'],
  Arial: ['Arimo', 'Liberation Sans', 'Nimbus Sans', 'Helvetica', 'sans-serif'],
};

const GENERIC = new Set(['serif', 'sans-serif']);

const cssString = (name: string): string => `"${name.replace(/["\\]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;

export function fontStack(family: FontFamily): string {
  return [family, ...(FALLBACKS[family] ?? ['serif'])].map((f) => (GENERIC.has(f) ? f : cssString(f))).join(', ');
}

const mm = (n: number): string => `${Math.round(n * 100) / 100}mm`;
const pt = (n: number): string => `${Math.round(n * 100) / 100}pt`;

export function documentCss(theme: Theme): string {
  const m = theme.marginsMm;
  const indent = mm(theme.paragraphIndentMm);
  const gap = pt(theme.paragraphSpacingPt);
  const d = '.opk-doc';

  const listDepths = Array.from({ length: MAX_LIST_DEPTH + 1 }, (_, depth) => {
    const text = theme.paragraphIndentMm + (depth + 1) * LIST_HANG_MM;
    return `${d} .opk-depth-${depth} > li > p { padding-left: ${mm(text)}; }`;
  });

  return [
    `${d} { box-sizing: border-box; width: ${mm(theme.page.widthMm)}; max-width: 100%; min-height: ${mm(theme.page.heightMm)};`,
    `  margin: 0 auto; padding: ${mm(m.top)} ${mm(m.right)} ${mm(m.bottom)} ${mm(m.left)};`,
    `  background: #fff; color: #000; font-family: ${fontStack(theme.fontFamily)};`,
    `  font-size: ${pt(theme.fontSize)}; line-height: ${theme.lineHeight}; text-align: justify;`,
    '  hyphens: auto; -webkit-hyphens: auto; overflow-wrap: break-word; font-kerning: normal; }',
    `${d} *, ${d} *::before, ${d} *::after { box-sizing: inherit; }`,
    `${d} p { margin: 0 0 ${gap}; text-indent: ${indent}; }`,
    `${d} h1, ${d} h2, ${d} h3 { font-size: ${pt(theme.fontSize)}; font-weight: bold; line-height: inherit;`,
    '  text-align: center; text-indent: 0; break-after: avoid; page-break-after: avoid; break-inside: avoid; }',
    // As the PDF sets them: section headings centred, sub-headings flush left.
    `${d} h1 { margin: ${pt(theme.fontSize)} 0 ${pt(theme.fontSize / 2)}; }`,
    `${d} h2, ${d} h3 { margin: ${pt(theme.fontSize / 2)} 0 ${pt(theme.fontSize / 3)}; text-align: left; }`,
    `${d} .opk-noindent { text-indent: 0; }`,
    `${d} .opk-al-left { text-align: left; }`,
    `${d} .opk-al-justify { text-align: justify; }`,
    // A centred or right-aligned line with a first-line indent would sit off its axis.
    `${d} .opk-al-center { text-align: center; text-indent: 0; }`,
    `${d} .opk-al-right { text-align: right; text-indent: 0; }`,
    `${d} .opk-small { font-size: ${pt(theme.tableFontSize)}; }`,
    // A personal name: never hyphenated nor broken inside a word, only between its words.
    `${d} .opk-name { hyphens: manual; -webkit-hyphens: manual; overflow-wrap: normal; }`,
    `${d} .opk-keep { break-after: avoid; page-break-after: avoid; }`,
    `${d} .opk-list { list-style: none; margin: 0; padding: 0; }`,
    `${d} .opk-list > li { margin: 0; padding: 0; }`,
    `${d} .opk-list p { text-indent: -${mm(LIST_HANG_MM)}; margin-bottom: ${pt(Math.min(theme.paragraphSpacingPt, 2))}; }`,
    `${d} .opk-list p.opk-li-cont { text-indent: 0; }`,
    ...listDepths,
    `${d} .opk-marker { display: inline-block; min-width: ${mm(LIST_HANG_MM)}; text-indent: 0; text-align: left; }`,
    `${d} .opk-approval { width: ${mm(APPROVAL_WIDTH_MM)}; max-width: 100%; margin: 0 0 24pt auto; text-align: left; line-height: 1.15; }`,
    `${d} .opk-approval p { margin: 0; text-indent: 0; }`,
    `${d} .opk-approval .opk-approval-sign { margin-top: 12pt; }`,
    `${d} .opk-approval .opk-approval-date { margin-top: 3pt; }`,
    `${d} .opk-table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 ${gap}; line-height: 1.15; }`,
    `${d} .opk-table-small { font-size: ${pt(theme.tableFontSize)}; }`,
    `${d} .opk-table th, ${d} .opk-table td { padding: 0.5mm 1.5mm; vertical-align: top; text-align: left; font-weight: normal; overflow-wrap: break-word; }`,
    `${d} .opk-table th { font-weight: bold; text-align: center; vertical-align: middle; }`,
    `${d} .opk-borders-all th, ${d} .opk-borders-all td { border: 0.5pt solid #000; }`,
    `${d} .opk-table p { margin: 0; text-indent: 0; text-align: inherit; }`,
    `${d} .opk-table .opk-al-left { text-align: left; }`,
    `${d} .opk-table .opk-al-center { text-align: center; }`,
    `${d} .opk-table .opk-al-right { text-align: right; }`,
    `${d} .opk-table .opk-al-justify { text-align: justify; }`,
    `${d} .opk-table thead { display: table-header-group; }`,
    `${d} .opk-table thead tr { break-inside: avoid; page-break-inside: avoid; }`,
    // On screen a page break is a rule across the whole sheet, where the paper would end.
    `${d} .opk-page-break { border: 0; border-top: 1px dashed #9a9a9a; height: 0;`,
    `  margin: 10mm -${mm(m.right)} 10mm -${mm(m.left)}; }`,
    ...brandCss(theme),
    '@media screen {',
    `  ${d} { box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }`,
    '}',
    '@media print {',
    `  ${d} { width: auto; min-height: 0; padding: 0; box-shadow: none; }`,
    `  ${d} .opk-page-break { border: 0; margin: 0; break-after: page; page-break-after: always; }`,
    '}',
  ].join('\n');
}

/** A firm's accent and heading sizes; nothing when the theme has none, so the default sheet is unchanged. */
function brandCss(theme: Theme): string[] {
  const d = '.opk-doc';
  const rules: string[] = [];
  if (theme.accent) {
    rules.push(`${d} h1, ${d} h2, ${d} h3 { color: #${theme.accent}; }`);
    rules.push(`${d} .opk-borders-all th { background: #${accentTint(theme.accent)}; }`);
  }
  theme.headingSizes?.forEach((size, i) => rules.push(`${d} h${i + 1} { font-size: ${pt(size)}; }`));
  return rules;
}
