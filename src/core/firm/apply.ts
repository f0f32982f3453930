/**
 * A firm's branding applied to what the renderers get: the theme (font, sizes, accent, Word style
 * names) and each document model (the logo in the title area, the page header and footer). Pure;
 * without a firm and a client logo both come back unchanged, so the default pack stays as it was.
 */
import type { DocumentModel, Image, ImageFile, PageBand } from '../model/types.ts';
import { fitImage, HEADER_IMAGE } from '../render/bands.ts';
import type { FontFamily, StyleRole, Theme } from '../render/theme.ts';
import { STYLE_ROLES, TITLE_LOGO_WIDTH_MM, type FirmBrand } from './brand.ts';

/** The title-area logo's largest height, mm: a wide logo takes its width, a tall one stops here. */
const TITLE_LOGO_MAX_HEIGHT_MM = 25;

export interface Branding {
  brand: FirmBrand | null;
  /** The client's own logo (the profile's `company.logo`), read at the edge. */
  clientLogo: ImageFile | null;
}

/** The theme with the firm's font, sizes, accent and style names over the profile's. */
export function brandTheme(theme: Theme, brand: FirmBrand | null): Theme {
  if (!brand) return theme;
  const { font, accent, styles } = brand.branding;
  const body = styles.body?.size ?? theme.fontSize;
  const headings = [styles.heading1?.size, styles.heading2?.size, styles.heading3?.size] as const;
  const names: Partial<Record<StyleRole, string>> = {};
  for (const role of STYLE_ROLES) {
    const name = styles[role]?.name;
    if (name) names[role] = name;
  }
  return {
    ...theme,
    fontFamily: font ?? theme.fontFamily,
    fontSize: body,
    tableFontSize: styles.table?.size ?? (styles.body?.size ? Math.max(10, body - 1) : theme.tableFontSize),
    ...(accent ? { accent } : {}),
    ...(headings.some((h) => h !== undefined) ? { headingSizes: [headings[0] ?? body, headings[1] ?? body, headings[2] ?? body] } : {}),
    ...(Object.keys(names).length > 0 ? { styleNames: names } : {}),
  };
}

/** What the title area shows: the client's logo, else the firm's when it goes there. */
function titleLogo({ brand, clientLogo }: Branding): { image: ImageFile; alt: string; widthMm: number } | null {
  const widthMm = brand?.branding.logoWidthMm ?? TITLE_LOGO_WIDTH_MM;
  if (clientLogo) return { image: clientLogo, alt: 'Логотип компании', widthMm };
  const logo = brand?.branding.logo;
  if (brand && logo && brand.branding.logoPlacement !== 'header') return { image: logo, alt: `Логотип ${brand.name}`, widthMm };
  return null;
}

function header(branding: Branding, titleIsFirms: boolean): PageBand | undefined {
  const { brand } = branding;
  if (!brand) return undefined;
  const logo = brand.branding.logo && brand.branding.logoPlacement !== 'title' ? brand.branding.logo : null;
  const text = brand.branding.header;
  if (!logo && !text) return undefined;
  return {
    children: text ? [{ text }] : [],
    image: logo
      ? {
          image: logo,
          alt: `Логотип ${brand.name}`,
          ...fitImage(logo.widthPx, logo.heightPx, HEADER_IMAGE.maxWidthMm, HEADER_IMAGE.maxHeightMm),
        }
      : null,
    // «both»: page 1 has the logo in its title area already; a client's logo there leaves the firm's in the header.
    imageFromSecondPage: titleIsFirms,
  };
}

/** Makes a branding step for a pack: the same logo block and bands for every document. */
export function modelBrander(branding: Branding): (model: DocumentModel) => DocumentModel {
  const title = titleLogo(branding);
  if (!branding.brand && !title) return (model) => model;
  const block: Image | null = title
    ? {
        type: 'image',
        image: title.image,
        align: 'left',
        alt: title.alt,
        ...fitImage(title.image.widthPx, title.image.heightPx, title.widthMm, TITLE_LOGO_MAX_HEIGHT_MM),
      }
    : null;
  const top = header(branding, title !== null && title.image === branding.brand?.branding.logo);
  const footerText = branding.brand?.branding.footer;
  const bottom: PageBand | undefined = footerText
    ? { children: [{ text: footerText }], image: null, imageFromSecondPage: false }
    : undefined;
  return (model) => ({
    ...model,
    children: block ? [block, ...model.children] : model.children,
    ...(top ? { header: top } : {}),
    ...(bottom ? { footer: bottom } : {}),
  });
}

/** The font family a pack is set in: the firm's choice over the profile's (the PDF fonts are loaded for it). */
export const packFontFamily = (profileFont: FontFamily, brand: FirmBrand | null | undefined): FontFamily =>
  brand?.branding.font ?? profileFont;
