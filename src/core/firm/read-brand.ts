/**
 * firm.yaml's text → the checked file, and its logo's bytes → the brand. Pure, so the CLI and the
 * site's import check a firm folder the same way; each reads the files its own way.
 */
import { profileErrorMap } from '../profile/messages.ts';
import type { ImageFile } from '../model/types.ts';
import { FirmFileSchema, TITLE_LOGO_WIDTH_MM, type FirmBrand, type FirmFile } from './brand.ts';
import { FirmError, type FirmIssue } from './errors.ts';
import { MAX_IMAGE_BYTES, sniffImage } from './image.ts';
import { HEADER_IMAGE } from '../render/bands.ts';
import { checkSvgText, rasteriseSvgLogo, type RasteriseSvg, type SvgSize } from './svg.ts';
import { readFirmYaml, zodFirmIssues } from './yaml.ts';

export interface CheckedFirmFile {
  file: FirmFile;
  /** The line of a field, for messages about it found later (the logo's file). */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | null;
}

/** firm.yaml checked against its schema; a FirmError lists every problem with its line. */
export function checkFirmFile(text: string, fileName: string): CheckedFirmFile {
  const read = readFirmYaml(text, fileName);
  if (!read.ok) throw new FirmError(read.issues);
  if (read.value === null || typeof read.value !== 'object' || Array.isArray(read.value)) {
    throw new FirmError([
      {
        file: fileName,
        line: null,
        path: '',
        message: 'firm.yaml должен быть набором полей: name, contacts, branding',
        code: 'firm-not-mapping',
      },
    ]);
  }
  const parsed = FirmFileSchema.safeParse(read.value, { error: profileErrorMap });
  if (!parsed.success) throw new FirmError(zodFirmIssues(parsed.error.issues, fileName, read.lineOf));
  return { file: parsed.data, lineOf: read.lineOf };
}

const MB = 1024 * 1024;
const megabytes = (bytes: number): string => `${String(Math.round((bytes / MB) * 10) / 10).replace('.', ',')} МБ`;

/** Why a logo of `size` bytes is refused before it is read, or null when its size is fine. */
export function logoSizeProblem(size: number): string | null {
  return size > MAX_IMAGE_BYTES
    ? `логотип весит ${megabytes(size)}, допускается не больше ${megabytes(MAX_IMAGE_BYTES)}: уменьшите картинку`
    : null;
}

/** A logo checked by its content: a PNG or JPEG as it is, or an SVG with its size, still to be drawn. */
export type CheckedLogo = { kind: 'raster'; image: ImageFile } | { kind: 'svg'; bytes: Uint8Array; text: string; size: SvgSize };

/**
 * The logo's bytes checked by their content, with no drawing yet: the site's firm import checks a
 * logo so on the page, where the SVG renderer is not loaded; logoImage draws it where it is used.
 */
export function checkLogoBytes(bytes: Uint8Array): { ok: true; logo: CheckedLogo } | { ok: false; message: string } {
  const size = logoSizeProblem(bytes.length);
  if (size) return { ok: false, message: size };
  const sniffed = sniffImage(bytes);
  if (sniffed.kind === 'raster') return { ok: true, logo: { kind: 'raster', image: sniffed.image } };
  if (sniffed.kind === 'svg') {
    const svg = checkSvgText(bytes);
    return svg.ok ? { ok: true, logo: { kind: 'svg', bytes, text: svg.text, size: svg.size } } : svg;
  }
  return { ok: false, message: 'файл логотипа не является картинкой PNG, JPEG или SVG (проверено по содержимому, а не по расширению)' };
}

/** The picture the renderers get: a PNG or JPEG as it is, an SVG drawn as a PNG for `printedWidthMm`. */
export function logoImage(
  logo: CheckedLogo,
  printedWidthMm: number,
  rasterise: RasteriseSvg,
): Promise<{ ok: true; image: ImageFile } | { ok: false; message: string }> {
  if (logo.kind === 'raster') return Promise.resolve({ ok: true, image: logo.image });
  return rasteriseSvgLogo(logo.bytes, logo.text, logo.size, printedWidthMm, rasterise);
}

/** The logo's bytes checked and drawn: checkLogoBytes, then logoImage. */
export async function readLogoBytes(
  bytes: Uint8Array,
  printedWidthMm: number,
  rasterise: RasteriseSvg,
): Promise<{ ok: true; image: ImageFile } | { ok: false; message: string }> {
  const checked = checkLogoBytes(bytes);
  return checked.ok ? logoImage(checked.logo, printedWidthMm, rasterise) : checked;
}

/**
 * The widest a firm's logo is printed, mm: in the title area (logoWidthMm) or in the header. A
 * client's logo goes only to the title area, at the firm's logoWidthMm or the default 35 mm.
 */
export const firmLogoWidthMm = (file: FirmFile): number => Math.max(file.branding.logoWidthMm, HEADER_IMAGE.maxWidthMm);
export const clientLogoWidthMm = (brand: FirmBrand | null | undefined): number => brand?.branding.logoWidthMm ?? TITLE_LOGO_WIDTH_MM;

/** The issue about the logo, at the line of `branding.logo`. */
export function logoIssue(fileName: string, checked: CheckedFirmFile, message: string): FirmIssue {
  return { file: fileName, line: checked.lineOf(['branding', 'logo']), path: 'branding.logo', message, code: 'firm-logo' };
}

/** The brand from the checked file and its logo (null when firm.yaml names none). */
export function firmBrand(file: FirmFile, logo: ImageFile | null): FirmBrand {
  const { logo: _named, ...branding } = file.branding;
  return { ...file, branding: { ...branding, logo } };
}
