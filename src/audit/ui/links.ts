/** Where the page links to: the site's base and the sample of each kind of document. */
import type { DocumentId } from '../../documents/registry.ts';

/** The sample page of each kind of document, as the page template found them at build time. */
export type SampleLinks = Partial<Record<DocumentId, string>>;

export const siteBase = (): string => import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Reads the links the page put on the mount point; a broken attribute only costs the links. */
export function readSampleLinks(root: HTMLElement): SampleLinks {
  try {
    const parsed: unknown = JSON.parse(root.dataset['samples'] ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    ) as SampleLinks;
  } catch {
    return {};
  }
}
