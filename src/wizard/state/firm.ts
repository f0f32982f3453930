/**
 * The consultant's firm settings on the site: imported from firm.yaml and its logo (or from the
 * JSON the site exports), checked with the CLI's own rules, kept in localStorage and handed to the
 * engine worker with every pack. Nothing leaves the browser.
 */
import { firmIssuePlace, isFirmError } from '../../core/firm/errors.ts';
import { logoSizeProblem } from '../../core/firm/read-brand.ts';
import { checkFirmSettings, FIRM_SETTINGS_FORMAT, FirmSettingsSchema, type FirmSettings } from '../../core/firm/settings.ts';
import { base64, dataUrl } from '../../core/render/data-url.ts';
import { sniffImage } from '../../core/firm/image.ts';

const KEY = 'opkit.firm.v1';

export function loadFirmSettings(): FirmSettings | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw === null) return null;
    const parsed = FirmSettingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveFirmSettings(settings: FirmSettings | null): void {
  try {
    if (settings === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage full or off (a private window): the settings last until the page closes.
  }
}

/** A short description for the page: «ООО «Консалт Про»: логотип, цвет #1F4E79, шрифт Arial». */
export function describeFirm(settings: FirmSettings): string {
  const b = checkFirmSettings(settings).checked.file;
  const parts = [
    ...(b.branding.logo ? ['логотип'] : []),
    ...(b.branding.header ? ['верхний колонтитул'] : []),
    ...(b.branding.footer ? ['нижний колонтитул'] : []),
    ...(b.branding.accent ? [`цвет #${b.branding.accent}`] : []),
    ...(b.branding.font ? [`шрифт ${b.branding.font}`] : []),
  ];
  return parts.length > 0 ? `${b.name}: ${parts.join(', ')}` : b.name;
}

export type FirmImport = { ok: true; settings: FirmSettings } | { ok: false; errors: string[] };

const isYaml = (f: File) => /\.ya?ml$/i.test(f.name);
const isJson = (f: File) => /\.json$/i.test(f.name);

/** The settings from the picked files: one exported JSON, or firm.yaml with its logo. */
export async function importFirmFiles(files: readonly File[]): Promise<FirmImport> {
  const json = files.find(isJson);
  let settings: FirmSettings;
  if (json) {
    if (json.size > 4 * 1024 * 1024) return { ok: false, errors: [`${json.name}: файл слишком большой`] };
    let value: unknown;
    try {
      value = JSON.parse(await json.text());
    } catch {
      return { ok: false, errors: [`${json.name}: это не JSON с настройками фирмы`] };
    }
    const parsed = FirmSettingsSchema.safeParse(value);
    if (!parsed.success) return { ok: false, errors: [`${json.name}: это не файл настроек фирмы, выгруженный с сайта`] };
    settings = parsed.data;
  } else {
    const yaml = files.find(isYaml);
    if (!yaml) return { ok: false, errors: ['выберите firm.yaml (вместе с файлом логотипа) или выгруженный файл настроек .json'] };
    if (yaml.size > 1024 * 1024) return { ok: false, errors: [`${yaml.name}: файл слишком большой`] };
    const image = files.find((f) => f !== yaml);
    let logo: string | null = null;
    if (image) {
      // A huge file is refused from its size alone, before it is read.
      const big = logoSizeProblem(image.size);
      if (big) return { ok: false, errors: [`${image.name}: ${big}`] };
      const bytes = new Uint8Array(await image.arrayBuffer());
      const sniffed = sniffImage(bytes);
      // Kept as read even when it is no picture: the check below says so with firm.yaml's line.
      logo =
        sniffed.kind === 'raster'
          ? dataUrl(sniffed.image)
          : `data:${sniffed.kind === 'svg' ? 'image/svg+xml' : 'image/unknown'};base64,${base64(bytes)}`;
    }
    settings = { format: FIRM_SETTINGS_FORMAT, version: 1, firmYaml: await yaml.text(), logo };
  }
  try {
    // The SVG of a logo is checked for its size here and drawn by the worker, which alone loads resvg.
    checkFirmSettings(settings);
  } catch (error) {
    if (!isFirmError(error)) throw error;
    return { ok: false, errors: error.issues.map((i) => `${firmIssuePlace(i)}: ${i.message}`) };
  }
  return { ok: true, settings };
}

/** The settings as one JSON file, to move them to another browser or a colleague. */
export const exportFirmSettings = (settings: FirmSettings): string => `${JSON.stringify(settings, null, 2)}\n`;
