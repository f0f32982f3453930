/**
 * firm.yaml's text → the checked file, and its logo's bytes → the brand. Pure, so the CLI and the
 * site's import check a firm folder the same way; each reads the files its own way.
 */
import { profileErrorMap } from '../profile/messages.ts';
import type { ImageFile } from '../model/types.ts';
import { FirmFileSchema, type FirmBrand, type FirmFile } from './brand.ts';
import { FirmError, type FirmIssue } from './errors.ts';
import { MAX_IMAGE_BYTES, sniffImage } from './image.ts';
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

/**
 * The logo's bytes checked by their content: a PNG or JPEG comes back as it is. An SVG has no
 * renderer on every side yet (Word needs a PNG beside it, the PDF a raster or vector subset),
 * so it is refused with what to do instead.
 */
export function checkLogoBytes(bytes: Uint8Array): { ok: true; image: ImageFile } | { ok: false; message: string } {
  const size = logoSizeProblem(bytes.length);
  if (size) return { ok: false, message: size };
  const sniffed = sniffImage(bytes);
  if (sniffed.kind === 'raster') return { ok: true, image: sniffed.image };
  if (sniffed.kind === 'svg')
    return {
      ok: false,
      message: 'логотип в формате SVG пока не поддерживается: сохраните его как PNG (лучше с прозрачным фоном) или JPEG',
    };
  return { ok: false, message: 'файл логотипа не является картинкой PNG, JPEG или SVG (проверено по содержимому, а не по расширению)' };
}

/** The issue about the logo, at the line of `branding.logo`. */
export function logoIssue(fileName: string, checked: CheckedFirmFile, message: string): FirmIssue {
  return { file: fileName, line: checked.lineOf(['branding', 'logo']), path: 'branding.logo', message, code: 'firm-logo' };
}

/** The brand from the checked file and its logo (null when firm.yaml names none). */
export function firmBrand(file: FirmFile, logo: ImageFile | null): FirmBrand {
  const { logo: _named, ...branding } = file.branding;
  return { ...file, branding: { ...branding, logo } };
}
