/**
 * The document's Word styles. Formatting lives in named styles rather than on each paragraph so
 * a user who edits the DOCX can restyle the whole document from Word's style gallery, and so
 * headings are Word's own heading styles (navigation pane, table of contents).
 */
import { AlignmentType, type IStylesOptions } from 'docx';
import { headingSize, mmToTwip, type StyleRole, type Theme } from '../theme.ts';
import { APPROVAL_WIDTH_MM } from '../conventions.ts';
import { textWidthMm } from './geometry.ts';

/** Style ids the block handlers refer to. Word's built-in ids keep their built-in meaning. */
export const STYLE = {
  normal: 'Normal',
  heading: ['Heading1', 'Heading2', 'Heading3'] as const,
  clause: 'OpkClause',
  listItem: 'OpkListItem',
  tableText: 'OpkTableText',
  tableHeading: 'OpkTableHeading',
  approval: 'OpkApproval',
  note: 'OpkNote',
  header: 'Header',
} as const;

const HEADING_ROLES = ['heading1', 'heading2', 'heading3'] as const;

const pt = (points: number): number => Math.round(points * 20);
const halfPt = (points: number): number => Math.round(points * 2);

/**
 * Word's "single" spacing already is about 1.15 × the font size for Times New Roman and Arial,
 * so the theme's line height (a multiple of the font size, as the PDF lays lines) maps onto
 * Word's auto spacing divided by that factor.
 */
export const wordLineSpacing = (lineHeight: number): number => Math.round((240 * lineHeight) / 1.15);

export function buildStyles(theme: Theme, lang: string): IStylesOptions {
  const font = {
    ascii: theme.fontFamily,
    hAnsi: theme.fontFamily,
    cs: theme.fontFamily,
    eastAsia: theme.fontFamily,
  };
  const bodyRun = { font, size: halfPt(theme.fontSize), language: { value: lang } };
  const bodySpacing = { after: pt(theme.paragraphSpacingPt), line: wordLineSpacing(theme.lineHeight) };
  const tableSpacing = { before: 0, after: 0, line: 240 };
  const indent = mmToTwip(theme.paragraphIndentMm);

  // As the PDF sets them: section headings centred, sub-headings flush left.
  // A firm may rename a style (Word's gallery shows the name) and colour the headings.
  const named = (role: StyleRole, name: string): string => theme.styleNames?.[role] ?? name;
  const heading = (level: 0 | 1 | 2, name: string, centred: boolean, beforePt: number, afterPt: number) => ({
    id: STYLE.heading[level],
    name: named(HEADING_ROLES[level], name),
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    run: { bold: true, size: halfPt(headingSize(theme, (level + 1) as 1 | 2 | 3)), color: theme.accent ?? '000000' },
    paragraph: {
      alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
      indent: { left: 0, firstLine: 0 },
      spacing: { before: pt(beforePt), after: pt(afterPt) },
      keepNext: true,
      keepLines: true,
      outlineLevel: level,
    },
  });

  return {
    default: {
      document: { run: bodyRun, paragraph: { spacing: bodySpacing } },
    },
    paragraphStyles: [
      {
        id: STYLE.normal,
        name: named('body', 'Normal'),
        quickFormat: true,
        run: bodyRun,
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: 0, right: 0, firstLine: indent },
          spacing: bodySpacing,
        },
      },
      heading(0, 'heading 1', true, theme.fontSize, theme.fontSize / 2),
      heading(1, 'heading 2', false, theme.fontSize / 2, theme.fontSize / 3),
      heading(2, 'heading 3', false, theme.fontSize / 2, theme.fontSize / 3),
      {
        // Indents come from the clause numbering levels; the style names the role for the user.
        id: STYLE.clause,
        name: named('clause', 'Пункт'),
        basedOn: STYLE.normal,
        next: STYLE.clause,
        quickFormat: true,
      },
      {
        id: STYLE.listItem,
        name: named('listItem', 'Элемент списка'),
        basedOn: STYLE.normal,
        next: STYLE.listItem,
        quickFormat: true,
        paragraph: { spacing: { after: pt(Math.min(theme.paragraphSpacingPt, 2)) } },
      },
      {
        id: STYLE.tableText,
        name: named('table', 'Текст таблицы'),
        basedOn: STYLE.normal,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.LEFT, indent: { left: 0, firstLine: 0 }, spacing: tableSpacing },
      },
      {
        id: STYLE.tableHeading,
        name: named('tableHeading', 'Заголовок таблицы'),
        basedOn: STYLE.tableText,
        quickFormat: true,
        run: { bold: true },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
      },
      {
        id: STYLE.approval,
        name: named('approval', 'Гриф утверждения'),
        basedOn: STYLE.normal,
        next: STYLE.approval,
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.LEFT,
          // The block's left edge sits 80 mm before the right margin, whatever the page.
          indent: { left: mmToTwip(Math.max(0, textWidthMm(theme) - APPROVAL_WIDTH_MM)), firstLine: 0 },
          spacing: { before: 0, after: 0, line: 240 },
          keepNext: true,
          keepLines: true,
        },
      },
      {
        id: STYLE.note,
        name: named('note', 'Примечание'),
        basedOn: STYLE.normal,
        run: { size: halfPt(theme.tableFontSize) },
        paragraph: { spacing: { before: pt(3), after: pt(theme.paragraphSpacingPt), line: 240 } },
      },
      {
        id: STYLE.header,
        name: 'header',
        basedOn: STYLE.normal,
        paragraph: { alignment: AlignmentType.CENTER, indent: { left: 0, firstLine: 0 }, spacing: { before: 0, after: 0, line: 240 } },
      },
    ],
  };
}
