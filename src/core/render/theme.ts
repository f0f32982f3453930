/**
 * One theme shared by the three renderers, so the DOCX, the PDF and the HTML preview agree
 * on page size, margins, font and spacing. Lengths are in millimetres or points as named.
 */

/** Font families a profile may name; each maps onto a metric-compatible font we ship for PDF. */
export const FONT_FAMILIES = ['Times New Roman', 'Arial'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

export interface Theme {
  /** Family written into the DOCX and the HTML; the PDF embeds its metric twin (Tinos, Arimo). */
  fontFamily: FontFamily;
  /** Body size in points (ГОСТ Р 7.0.97-2025 allows 12, 13 or 14). */
  fontSize: number;
  /** Table text in points. */
  tableFontSize: number;
  /** Line height as a multiple of the font size (single spacing is about 1.15 in Word terms). */
  lineHeight: number;
  /** First-line indent of body paragraphs, mm (1,25 cm). */
  paragraphIndentMm: number;
  /** Space after a paragraph, pt. */
  paragraphSpacingPt: number;
  page: { widthMm: number; heightMm: number };
  /** Margins per ГОСТ Р 7.0.97-2025: left 30, right 10, top 20, bottom 20 (mm). */
  marginsMm: { top: number; right: number; bottom: number; left: number };
  /** Page numbers: centred in the top margin, from page 2 on. */
  pageNumbers: { fromPage: number; topMm: number };
  /**
   * A firm's branding (src/core/firm/theme.ts); each is absent by default, so a pack without a
   * firm renders exactly as before. Accent: six hex digits for headings and table header fills.
   */
  accent?: string;
  /** Sizes of the three heading levels, pt (the body size otherwise). */
  headingSizes?: readonly [number, number, number];
  /** Word style names by role, over the built-in ones (DOCX only: the PDF and the HTML have no styles). */
  styleNames?: Readonly<Partial<Record<StyleRole, string>>>;
}

/** The Word styles a firm may rename (see src/core/firm/brand.ts). */
export type StyleRole =
  | 'body'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'clause'
  | 'listItem'
  | 'table'
  | 'tableHeading'
  | 'approval'
  | 'note';

/** The size of a heading of `level` (1..3), pt. */
export const headingSize = (theme: Theme, level: 1 | 2 | 3): number => theme.headingSizes?.[level - 1] ?? theme.fontSize;

/** A light tint of the accent for table header fills: black text stays readable on it, in print too. */
export function accentTint(accent: string, share = 0.18): string {
  const channel = (i: number) => {
    const c = Number.parseInt(accent.slice(i, i + 2), 16);
    return Math.round(255 - (255 - c) * share)
      .toString(16)
      .padStart(2, '0');
  };
  return `${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}

/** The default theme: A4, Times New Roman 12, GOST margins (left 30 mm for long-kept documents). */
export const DEFAULT_THEME: Theme = {
  fontFamily: 'Times New Roman',
  fontSize: 12,
  tableFontSize: 11,
  lineHeight: 1.15,
  paragraphIndentMm: 12.5,
  paragraphSpacingPt: 4,
  page: { widthMm: 210, heightMm: 297 },
  marginsMm: { top: 20, right: 10, bottom: 20, left: 30 },
  pageNumbers: { fromPage: 2, topMm: 10 },
};

/** The theme for a document with the profile's font and size. */
export function themeFor(fontFamily: FontFamily, fontSize: number): Theme {
  return { ...DEFAULT_THEME, fontFamily, fontSize, tableFontSize: Math.max(10, fontSize - 1) };
}

export const MM_PER_INCH = 25.4;
export const PT_PER_INCH = 72;
/** Millimetres to PDF points. */
export const mmToPt = (mm: number): number => (mm * PT_PER_INCH) / MM_PER_INCH;
/** Millimetres to Word twentieths of a point (twips). */
export const mmToTwip = (mm: number): number => Math.round(mmToPt(mm) * 20);
