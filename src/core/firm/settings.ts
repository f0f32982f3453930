/**
 * A firm's settings as the site keeps them (in the browser's storage) and exports them: firm.yaml's
 * text and the logo as a data: URL, in one JSON file. Turned into the same Firm the CLI reads from a
 * folder, with the same checks and messages. Pure; the hash is the caller's (it needs SubtleCrypto).
 */
import * as z from 'zod';
import { fromDataUrl } from '../render/data-url.ts';
import { FirmError } from './errors.ts';
import type { Firm } from './firm.ts';
import {
  type CheckedFirmFile,
  type CheckedLogo,
  checkFirmFile,
  checkLogoBytes,
  firmBrand,
  firmLogoWidthMm,
  logoImage,
  logoIssue,
} from './read-brand.ts';
import type { RasteriseSvg } from './svg.ts';

export const FIRM_SETTINGS_FORMAT = 'opkit-firm';

export const FirmSettingsSchema = z.strictObject({
  format: z.literal(FIRM_SETTINGS_FORMAT),
  version: z.literal(1),
  /** firm.yaml as written. */
  firmYaml: z.string().max(1024 * 1024),
  /** The logo firm.yaml names, as a data: URL; null when it names none. */
  logo: z
    .string()
    .max(3 * 1024 * 1024)
    .nullable(),
});
export type FirmSettings = z.output<typeof FirmSettingsSchema>;

const FILE = 'firm.yaml';

/**
 * The settings checked without drawing anything: firm.yaml and the logo's bytes (an SVG by its
 * size only). The page checks an import so; the worker's firmFromSettings also draws an SVG.
 */
export function checkFirmSettings(settings: FirmSettings): { checked: CheckedFirmFile; logo: CheckedLogo | null } {
  const checked = checkFirmFile(settings.firmYaml, FILE);
  const named = checked.file.branding.logo;
  if (named === undefined) return { checked, logo: null };
  if (settings.logo === null) {
    throw new FirmError([logoIssue(FILE, checked, `загрузите файл логотипа «${named}» вместе с firm.yaml`)]);
  }
  const bytes = fromDataUrl(settings.logo);
  const logo = bytes ? checkLogoBytes(bytes) : { ok: false as const, message: 'логотип повреждён: загрузите его снова' };
  if (!logo.ok) throw new FirmError([logoIssue(FILE, checked, logo.message)]);
  return { checked, logo: logo.logo };
}

/** The firm of the settings; a FirmError names firm.yaml's line for every problem, the logo's included. */
export async function firmFromSettings(settings: FirmSettings, hash: string, rasterise: RasteriseSvg): Promise<Firm> {
  const { checked, logo } = checkFirmSettings(settings);
  if (logo === null) return { dir: 'настройки сайта', hash, brand: firmBrand(checked.file, null) };
  const image = await logoImage(logo, firmLogoWidthMm(checked.file), rasterise);
  if (!image.ok) throw new FirmError([logoIssue(FILE, checked, image.message)]);
  return { dir: 'настройки сайта', hash, brand: firmBrand(checked.file, image.image) };
}
