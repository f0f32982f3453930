/** Page setup: A4 (or the theme's page), ГОСТ margins and the page number in the header. */
import { Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { PageBand } from '../../model/types.ts';
import { mmToTwip, type Theme } from '../theme.ts';
import { brandFooter, brandHeader } from './image.ts';
import { STYLE } from './styles.ts';

type SectionFrame = Omit<ISectionOptions, 'children'>;

/**
 * ГОСТ Р 7.0.97 puts the page number centred in the top margin and leaves it off the first
 * page. Word can only hide it on the first page (a different first-page header), so any
 * `fromPage` above 1 starts the numbers on page 2.
 */
export function sectionFrame(theme: Theme, bands: { header?: PageBand; footer?: PageBand } = {}): SectionFrame {
  const m = theme.marginsMm;
  const skipFirst = theme.pageNumbers.fromPage > 1;
  const numbered = bands.header
    ? brandHeader(bands.header, theme, true, false)
    : new Header({
        children: [new Paragraph({ style: STYLE.header, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
      });
  const first = bands.header
    ? brandHeader(bands.header, theme, false, true)
    : new Header({ children: [new Paragraph({ style: STYLE.header })] });
  const footer = bands.footer ? brandFooter(bands.footer) : null;
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
    headers: skipFirst ? { default: numbered, first } : { default: numbered },
    ...(footer ? { footers: skipFirst ? { default: footer, first: footer } : { default: footer } } : {}),
  };
}
