/**
 * The firm settings and the client's logo in the engine worker: the site's counterparts of
 * src/node/firm (the settings come from the page's storage, the logo from the profile as a data: URL).
 */
import { firmIssuePlace, isFirmError } from '../core/firm/errors.ts';
import type { Firm } from '../core/firm/firm.ts';
import type { FirmBrand } from '../core/firm/brand.ts';
import { clientLogoWidthMm, readLogoBytes } from '../core/firm/read-brand.ts';
import type { RasteriseSvg } from '../core/firm/svg.ts';
import { firmFromSettings, type FirmSettings } from '../core/firm/settings.ts';
import type { ImageFile } from '../core/model/types.ts';
import { fromDataUrl } from '../core/render/data-url.ts';
import { loadFontSet } from './fonts.ts';
import type { WorkerIssue } from './protocol.ts';

const text = new TextEncoder();

/** sha256 hex over firm.yaml and the logo, in the CLI's folder-hash layout (path, NUL, bytes, NUL). */
async function settingsHash(settings: FirmSettings): Promise<string> {
  const parts: Uint8Array[] = [text.encode('firm.yaml\0'), text.encode(settings.firmYaml), text.encode('\0')];
  const logo = settings.logo === null ? null : fromDataUrl(settings.logo);
  if (logo) parts.push(text.encode('logo\0'), logo, text.encode('\0'));
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export type Resolved<T> = { ok: true; value: T } | { ok: false; errors: WorkerIssue[] };

/** resvg and its WebAssembly are downloaded with the first SVG logo only, never with the worker. */
const rasteriseSvg: RasteriseSvg = async (svg, widthPx) => (await import('./svg-raster.ts')).rasteriseSvg(svg, widthPx, loadFontSet);

export async function firmOf(settings: FirmSettings | undefined): Promise<Resolved<Firm | undefined>> {
  if (!settings) return { ok: true, value: undefined };
  try {
    return { ok: true, value: await firmFromSettings(settings, await settingsHash(settings), rasteriseSvg) };
  } catch (error) {
    if (!isFirmError(error)) throw error;
    return { ok: false, errors: error.issues.map((i) => ({ path: firmIssuePlace(i), message: i.message, code: i.code })) };
  }
}

/** `company.logo`: in the browser a data: URL (a file path means nothing here); an SVG drawn for the firm's logo width. */
export async function clientLogoOf(ref: string | null, brand: FirmBrand | null | undefined): Promise<Resolved<ImageFile | null>> {
  if (ref === null) return { ok: true, value: null };
  const bytes = fromDataUrl(ref);
  if (!bytes) {
    return {
      ok: false,
      errors: [{ path: 'company.logo', code: 'logo', message: 'на сайте логотип задаётся картинкой (data:-адрес), а не путём к файлу' }],
    };
  }
  const checked = await readLogoBytes(bytes, clientLogoWidthMm(brand), rasteriseSvg);
  return checked.ok
    ? { ok: true, value: checked.image }
    : { ok: false, errors: [{ path: 'company.logo', code: 'logo', message: checked.message }] };
}
