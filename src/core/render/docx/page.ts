/** Page setup: A4 (or the theme's page), ГОСТ margins and the page number in the header. */
import { Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { mmToTwip, type Theme } from '../theme.ts';
import { STYLE } from './styles.ts';

type SectionFrame = Omit<ISectionOptions, 'children'>;

/**
 * ГОСТ Р 7.0.97 puts the page number centred in the top margin and leaves it off the first
 * page. Word can only hide it on the first page (a different first-page header), so any
 * `fromPage` above 1 starts the numbers on page 2.
 */
export function sectionFrame(theme: Theme): SectionFrame {
  const m = theme.marginsMm;
  const numbered = new Header({
    children: [new Paragraph({ style: STYLE.header, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
  });
  const skipFirst = theme.pageNumbers.fromPage > 1;
  return {
    properties: {
      titlePage: skipFirst,
      page: {
        size: { width: mmToTwip(theme.page.widthMm), height: mmToTwip(theme.page.heightMm) },
        margin: {
          top: mmToTwip(m.top),
          right: mmToTwip(m.right),
          bottom: mmToTwip(m.bottom),
          left: mmToTwip(m.left),
          header: mmToTwip(theme.pageNumbers.topMm),
          footer: mmToTwip(Math.min(m.bottom / 2, 10)),
          gutter: 0,
        },
      },
    },
    headers: skipFirst
      ? { default: numbered, first: new Header({ children: [new Paragraph({ style: STYLE.header })] }) }
      : { default: numbered },
  };
}
