/**
 * Pictures and the firm's page header and footer in Word: an inline ImageRun for a picture on its
 * own line, a floating one for the header's logo (so it never pushes the page number down), and
 * header and footer paragraphs with tab stops that keep the page number in its centred place.
 */
import {
  AlignmentType,
  Footer,
  Header,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
} from 'docx';
import type { Image, ImageFile, PageBand } from '../../model/types.ts';
import { BAND_TEXT, HEADER_IMAGE } from '../bands.ts';
import type { Theme } from '../theme.ts';
import { wordAlignment } from './align.ts';
import { textWidthTwip } from './geometry.ts';
import { xmlSafe } from './runs.ts';
import { STYLE } from './styles.ts';

/** docx takes sizes in pixels at 96 to the inch, floating offsets in EMU. */
const px = (mm: number): number => Math.round((mm / 25.4) * 96);
const emu = (mm: number): number => Math.round(mm * 36000);

// docx numbers drawings from a process-wide counter unless told: fixed ids keep a document's
// bytes the same whichever documents were rendered before it.
const DRAWING_ID = { block: 101, header: 201, headerFirst: 202 } as const;

const imageType = (image: ImageFile): 'png' | 'jpg' => (image.mime === 'image/png' ? 'png' : 'jpg');

/**
 * The picture's data for an ImageRun: an SVG logo goes in as itself, sharp at any zoom, with its
 * PNG as the fallback for Word before 2016 and other readers without SVG.
 */
function media(
  image: ImageFile,
): { type: 'svg'; data: Uint8Array; fallback: { type: 'png' | 'jpg'; data: Uint8Array } } | { type: 'png' | 'jpg'; data: Uint8Array } {
  const raster = { type: imageType(image), data: image.bytes };
  return image.svg ? { type: 'svg', data: image.svg, fallback: raster } : raster;
}

export function renderImage(block: Image, index: number, pageBreakBefore: boolean): Paragraph {
  return new Paragraph({
    alignment: wordAlignment(block.align),
    indent: { firstLine: 0 },
    // An explicit auto rule: LibreOffice otherwise keeps the line one text line high and clips the picture.
    spacing: { before: 0, after: 120, line: 240, lineRule: LineRuleType.AUTO },
    pageBreakBefore: pageBreakBefore || undefined,
    children: [
      new ImageRun({
        ...media(block.image),
        transformation: { width: px(block.widthMm), height: px(block.heightMm) },
        altText: { id: String(DRAWING_ID.block + index), name: block.alt, description: block.alt, title: block.alt },
      }),
    ],
  });
}

function headerLogo(band: PageBand, id: number): ImageRun[] {
  if (!band.image) return [];
  const { image, widthMm, heightMm, alt } = band.image;
  return [
    new ImageRun({
      ...media(image),
      transformation: { width: px(widthMm), height: px(heightMm) },
      altText: { id: String(id), name: alt, description: alt, title: alt },
      floating: {
        horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: 0 },
        verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: emu(HEADER_IMAGE.topMm) },
        wrap: { type: TextWrappingType.NONE },
        allowOverlap: true,
      },
    }),
  ];
}

const bandRuns = (band: PageBand): TextRun[] =>
  band.children.map(
    (r) => new TextRun({ text: xmlSafe(r.text), bold: r.bold, italics: r.italic, size: BAND_TEXT.sizePt * 2, color: BAND_TEXT.color }),
  );

/** The header: logo at the left (floating), page number centred, the firm's text at the right. */
export function brandHeader(band: PageBand, theme: Theme, numbered: boolean, first: boolean): Header {
  const width = textWidthTwip(theme);
  const logo = first && band.imageFromSecondPage ? [] : headerLogo(band, first ? DRAWING_ID.headerFirst : DRAWING_ID.header);
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        alignment: AlignmentType.LEFT,
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(width / 2) },
          { type: TabStopType.RIGHT, position: width },
        ],
        children: [
          ...logo,
          new TextRun({ children: [new Tab(), ...(numbered ? [PageNumber.CURRENT] : [])] }),
          ...(band.children.length > 0 ? [new TextRun({ children: [new Tab()] }), ...bandRuns(band)] : []),
        ],
      }),
    ],
  });
}

export function brandFooter(band: PageBand): Footer {
  return new Footer({
    children: [new Paragraph({ style: STYLE.header, alignment: AlignmentType.CENTER, children: bandRuns(band) })],
  });
}
