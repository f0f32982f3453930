/**
 * The client's own logo, `company.logo` in the profile: a file path relative to the profile file
 * (read here, with the same checks as the firm's logo) or a data: URL (decoded in the core).
 */
import path from 'node:path';
import type { ImageFile } from '../../core/model/types.ts';
import type { FirmBrand } from '../../core/firm/brand.ts';
import { clientLogoWidthMm, readLogoBytes } from '../../core/firm/read-brand.ts';
import { rasteriseSvg } from '../svg-raster.ts';
import { fromDataUrl } from '../../core/render/data-url.ts';
import { readLogo } from './load.ts';

/** The logo, an SVG drawn for the title area at the firm's logo width (`brand`: the run's firm, if any). */
export async function readClientLogo(
  profileFile: string,
  ref: string | null,
  brand: FirmBrand | null | undefined,
): Promise<{ ok: true; image: ImageFile | null } | { ok: false; message: string }> {
  if (ref === null) return { ok: true, image: null };
  const widthMm = clientLogoWidthMm(brand);
  if (ref.startsWith('data:')) {
    const bytes = fromDataUrl(ref);
    return bytes
      ? readLogoBytes(bytes, widthMm, rasteriseSvg)
      : { ok: false, message: 'data:-адрес логотипа повреждён: ожидается data:image/png;base64,…' };
  }
  return readLogo(path.resolve(path.dirname(profileFile), ref), widthMm);
}
