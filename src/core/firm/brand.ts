/**
 * firm.yaml: the firm's name, contacts and branding. The schema is the file's; `FirmBrand` is the
 * same with the logo read and checked (image.ts), which is what the documents get.
 */
import * as z from 'zod';
import { LIMITS } from '../input/limits.ts';
import { Name } from '../profile/fields.ts';
import { FONT_FAMILIES, type StyleRole } from '../render/theme.ts';
import type { ImageFile } from '../model/types.ts';

/** Word styles a firm may rename; the ones with a size also set the PDF's and the HTML's size. */
export const STYLE_ROLES = [
  'body',
  'heading1',
  'heading2',
  'heading3',
  'clause',
  'listItem',
  'table',
  'tableHeading',
  'approval',
  'note',
] as const satisfies readonly StyleRole[];

const Contact = z.string().trim().min(1).max(LIMITS.name);

/** «#1F4E79» (or «1F4E79», «#1f4e79»): stored as six upper-case hex digits, as Word writes colours. */
export const AccentSchema = z
  .string()
  .trim()
  .regex(/^#?[0-9A-Fa-f]{6}$/, { error: 'цвет записывается шестью шестнадцатеричными цифрами после #, например «#1F4E79»' })
  .transform((s) => s.replace('#', '').toUpperCase());

const StyleName = z.string().trim().min(1).max(60);
/** A style a firm may rename and resize: size in points. */
const sized = (min: number, max: number) => z.strictObject({ name: StyleName.optional(), size: z.number().min(min).max(max).optional() });
/** A style a firm may only rename: its size follows the body's. */
const Named = z.strictObject({ name: StyleName.optional() });

/** Body text 10–16 pt (ГОСТ Р 7.0.97 asks 12–14), headings 8–24, tables 8–16. */
export const StylesSchema = z.strictObject({
  body: sized(10, 16).optional(),
  heading1: sized(8, 24).optional(),
  heading2: sized(8, 24).optional(),
  heading3: sized(8, 24).optional(),
  clause: Named.optional(),
  listItem: Named.optional(),
  table: sized(8, 16).optional(),
  tableHeading: Named.optional(),
  approval: Named.optional(),
  note: Named.optional(),
});
export type FirmStyles = z.output<typeof StylesSchema>;

/** Where the logo goes: the title area of the first page, the header of every page, or both (the header from page 2). */
export const LOGO_PLACEMENTS = ['title', 'header', 'both'] as const;
export type LogoPlacement = (typeof LOGO_PLACEMENTS)[number];

/** The title-area logo's width when no firm sets one, mm. */
export const TITLE_LOGO_WIDTH_MM = 35;

export const BrandingSchema = z.strictObject({
  /** The logo: a PNG, JPEG or SVG file, relative to the firm folder. */
  logo: z.string().trim().min(1).max(300).optional(),
  logoPlacement: z.enum(LOGO_PLACEMENTS).default('header'),
  /** The logo's width in the title area, mm (its height follows the image). */
  logoWidthMm: z.number().min(10).max(80).default(TITLE_LOGO_WIDTH_MM),
  /** A line in the page header, right of the page number. */
  header: z.string().trim().min(1).max(80).optional(),
  /** A line (or two) at the foot of every page. */
  footer: z.string().trim().min(1).max(200).optional(),
  /** Headings and table header fills. */
  accent: AccentSchema.optional(),
  /** One of the bundled families (each with Cyrillic and the currency signs); over the profile's `documents.font`. */
  font: z.enum(FONT_FAMILIES).optional(),
  styles: StylesSchema.default({}),
});

export const FirmFileSchema = z.strictObject({
  name: Name,
  contacts: z.strictObject({ phone: Contact.optional(), email: Contact.optional(), site: Contact.optional() }).default({}),
  branding: BrandingSchema.default({ logoPlacement: 'header', logoWidthMm: TITLE_LOGO_WIDTH_MM, styles: {} }),
});
export type FirmFile = z.output<typeof FirmFileSchema>;

/** firm.yaml with its logo read: what the documents are branded with. */
export type FirmBrand = Omit<FirmFile, 'branding'> & {
  branding: Omit<FirmFile['branding'], 'logo'> & { logo: ImageFile | null };
};
