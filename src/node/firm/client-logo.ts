/**
 * The client's own logo, `company.logo` in the profile: a file path relative to the profile file
 * (read here, with the same checks as the firm's logo) or a data: URL (decoded in the core).
 */
import path from 'node:path';
import type { ImageFile } from '../../core/model/types.ts';
import { checkLogoBytes } from '../../core/firm/read-brand.ts';
import { fromDataUrl } from '../../core/render/data-url.ts';
import { readLogo } from './load.ts';

export async function readClientLogo(
  profileFile: string,
  ref: string | null,
): Promise<{ ok: true; image: ImageFile | null } | { ok: false; message: string }> {
  if (ref === null) return { ok: true, image: null };
  if (ref.startsWith('data:')) {
    const bytes = fromDataUrl(ref);
    return bytes ? checkLogoBytes(bytes) : { ok: false, message: 'data:-адрес логотипа повреждён: ожидается data:image/png;base64,…' };
  }
  return readLogo(path.resolve(path.dirname(profileFile), ref));
}
