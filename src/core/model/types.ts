/**
 * The document model: the one small tree that every template produces and every renderer
 * (DOCX, PDF, HTML) consumes. Renderers are pure functions of this tree and a Theme; nothing
 * after the model reads templates or the profile.
 *
 * Text lives in flat runs (a paragraph is a list of runs), because Word runs and PDF line
 * layout both want flat runs. Clause numbers are computed once by the model builder
 * (`number`), so PDF and HTML print them and DOCX maps them onto real Word numbering.
 */

/** A piece of inline text with one style. `text` is literal: no markup is interpreted. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /**
   * A personal name («А.В. Петров», «Иванов Иван Иванович»): its words are never hyphenated
   * or broken inside, in any renderer. Lines may still break between its words; initials
   * are tied to the surname by no-break spaces where the name is made.
   */
  noHyphenate?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

/**
 * A section heading. Level 1 headings of a numbered document carry the section number
 * ("1."); level 2 and 3 are unnumbered sub-headings (e.g. a position's name inside a
 * section), and `number` is absent for unnumbered headings such as «ЛИСТ ОЗНАКОМЛЕНИЯ».
 */
export interface Heading {
  type: 'heading';
  /** Stable id of a section (`charter.functions`): consultants override clauses by these ids. */
  id?: string;
  level: 1 | 2 | 3;
  /** "1." for a numbered section; absent when the heading is not numbered. */
  number?: string;
  children: Run[];
}

/**
 * A paragraph of body text. A numbered clause ("1.1." at level 2, "1.1.1." at level 3)
 * carries `clause`; a plain paragraph has none and gets the first-line indent.
 */
export interface Paragraph {
  type: 'paragraph';
  /** Stable id of a numbered clause (`charter.functions.planning`); absent for plain paragraphs. */
  id?: string;
  children: Run[];
  align?: Align;
  /** Present for numbered clauses: the level (2 = "1.1.", 3 = "1.1.1.") and the printed number. */
  clause?: { level: 2 | 3; number: string };
  /** No first-line indent (centred titles, text under a table, signature lines). */
  noIndent?: boolean;
  /** Keep this paragraph on the same page as the next block (a heading-like line, a table's legend). */
  keepWithNext?: boolean;
  /** Smaller text (notes under tables). */
  small?: boolean;
}

/** One item of a list: its own paragraphs and nested lists. */
export interface ListItem {
  children: Array<Paragraph | List>;
}

/**
 * A bulleted ("–") or lettered/numbered list inside a clause. `depth` is the nesting level,
 * 0 for a list directly under a clause or section; it drives the hanging indent.
 */
export interface List {
  type: 'list';
  ordered: boolean;
  depth: number;
  items: ListItem[];
}

/** A table cell: paragraphs (usually one) and an optional horizontal alignment. */
export interface TableCell {
  children: Paragraph[];
  align?: Align;
  /** Number of columns this cell spans (default 1). */
  colSpan?: number;
}

export interface TableRow {
  cells: TableCell[];
}

export interface TableColumn {
  /** Relative width; widths of a table are normalised to the text width. */
  width: number;
  align?: Align;
}

/**
 * A table. The first `headerRows` rows are the header: bold, repeated on every page the
 * table runs onto. `borders: 'none'` is for layout tables (signature lines).
 */
export interface Table {
  type: 'table';
  /** Stable id (`charter.structure.staff`). */
  id?: string;
  columns: TableColumn[];
  headerRows: number;
  rows: TableRow[];
  borders: 'all' | 'none';
  /** Font size relative to the body: tables with many columns use 'small'. */
  size?: 'normal' | 'small';
  /** Minimum height of body rows, mm: rows people sign or write in (acknowledgement sheets). */
  rowHeightMm?: number;
  /** Keep the last row on the page of the next block (a note under the table). */
  keepWithNext?: boolean;
}

/**
 * The approval block («гриф утверждения») at the top right of the first page:
 *   УТВЕРЖДАЮ / Генеральный директор / ООО «ТехноСнаб» / ________ А.В. Петров / «15» января 2027 г.
 */
export interface Approval {
  type: 'approval';
  /** «УТВЕРЖДАЮ». */
  label: string;
  /** Position and organisation lines, in order. */
  lines: string[];
  /**
   * Initials and surname next to the signature line ("А.В. Петров"), or empty. A personal
   * name: renderers never hyphenate it (see Run.noHyphenate).
   */
  signer: string;
  /** The date line, already formatted («15» января 2027 г. or «___» ____________ 20__ г.). */
  date: string;
}

/** A hard page break. */
export interface PageBreak {
  type: 'pageBreak';
}

/** One bar of a chart: a label and a share of the full bar. */
export interface ChartItem {
  label: string;
  /** 0..100: the bar's length as a percentage of the full bar. */
  value: number;
  /** The value as printed next to the bar («62 %»). */
  text: string;
}

/** A horizontal bar chart (e.g. the audit's scores by area): one bar per item, full bar = 100. */
export interface Chart {
  type: 'chart';
  items: ChartItem[];
  /** Thresholds (0..100) marked across every bar, e.g. the audit's level boundaries; empty for none. */
  marks: number[];
  /** A line printed under the chart; empty for none. */
  caption: string;
}

/** Image bytes the three renderers embed as they are: PNG or JPEG (an SVG is turned into a PNG at the edge). */
export interface ImageFile {
  bytes: Uint8Array;
  mime: 'image/png' | 'image/jpeg';
  /** Pixel size from the file's own header: it gives the aspect ratio. */
  widthPx: number;
  heightPx: number;
  /** The SVG the PNG was drawn from: the DOCX embeds it with the PNG as fallback, the HTML shows it; the PDF draws the PNG. */
  svg?: Uint8Array;
}

/** A picture on its own line (a logo in the title area): printed at `widthMm` × `heightMm`. */
export interface Image {
  type: 'image';
  image: ImageFile;
  widthMm: number;
  heightMm: number;
  align: 'left' | 'center' | 'right';
  /** Alternative text for the DOCX and the HTML. */
  alt: string;
}

/**
 * What every page repeats in its top or bottom margin besides the page number: a line of text
 * and, in the header, a picture at the left. The header's text stands at the right, the page
 * number keeps its centred place; the footer's text is centred.
 */
export interface PageBand {
  children: Run[];
  image: { image: ImageFile; widthMm: number; heightMm: number; alt: string } | null;
  /** The picture is left off the first page (its title area carries the logo already). */
  imageFromSecondPage: boolean;
}

export type Block = Heading | Paragraph | List | Table | Approval | PageBreak | Chart | Image;

/** Document-wide facts the renderers need besides the blocks. */
export interface DocumentMeta {
  /** Stable id, e.g. "charter" or "job-description-manager". */
  id: string;
  /** Title for file names, the manifest and the PDF/DOCX metadata. */
  title: string;
  /** The organisation the document belongs to (PDF/DOCX author metadata). */
  organization: string;
  /** Position id when the document belongs to one position. */
  positionId?: string;
  /** Language tag for PDF/DOCX/HTML metadata. */
  lang: string;
}

export interface DocumentModel {
  type: 'document';
  meta: DocumentMeta;
  children: Block[];
  /** The firm's page header (text, logo); absent without one, and the page number stands alone. */
  header?: PageBand;
  /** The firm's page footer; absent without one. */
  footer?: PageBand;
}
