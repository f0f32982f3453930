/**
 * A firm's settings as the site keeps them (in the browser's storage) and exports them: firm.yaml's
 * text and the logo as a data: URL, in one JSON file. Turned into the same Firm the CLI reads from a
 * folder, with the same checks and messages. Pure; the hash is the caller's (it needs SubtleCrypto).
 */
import * as z from 'zod';
import { fromDataUrl } from '../render/data-url.ts';
import { FirmError } from './errors.ts';
import type { Firm } from './firm.ts';
import { checkFirmFile, checkLogoBytes, firmBrand, logoIssue } from './read-brand.ts';

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

/** The firm of the settings; a FirmError names firm.yaml's line for every problem, the logo's included. */
export function firmFromSettings(settings: FirmSettings, hash: string): Firm {
  const checked = checkFirmFile(settings.firmYaml, FILE);
  const named = checked.file.branding.logo;
  if (named === undefined) return { dir: 'настройки сайта', hash, brand: firmBrand(checked.file, null) };
  if (settings.logo === null) {
    throw new FirmError([logoIssue(FILE, checked, `загрузите файл логотипа «${named}» вместе с firm.yaml`)]);
  }
  const bytes = fromDataUrl(settings.logo);
  const logo = bytes ? checkLogoBytes(bytes) : { ok: false as const, message: 'логотип повреждён: загрузите его снова' };
  if (!logo.ok) throw new FirmError([logoIssue(FILE, checked, logo.message)]);
  return { dir: 'настройки сайта', hash, brand: firmBrand(checked.file, logo.image) };
}
