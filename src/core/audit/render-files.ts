/**
 * The audit's documents → files in the requested formats, through the pack's format dispatch.
 * Pure: fonts and the timestamp are passed in, so the CLI and the site's worker run the same code.
 */
import type { DocumentModel } from '../model/types.ts';
import type { Format } from '../pack/formats.ts';
import { loadRenderers, type PackFile, renderFiles } from '../render/files.ts';
import type { FontSet } from '../render/fonts.ts';
import { type FontFamily, themeFor } from '../render/theme.ts';

export interface AuditRenderOptions {
  formats: readonly Format[];
  /** Needed when `formats` has 'pdf'. */
  fonts: FontSet | null;
  /**
   * Stamped into the PDF and DOCX files instead of the clock, as for the pack: the caller decides
   * it (packTimestamp: the answers' date, SOURCE_DATE_EPOCH or now), as it decides `today`.
   */
  timestamp: Date;
  font?: FontFamily;
  fontSize?: 12 | 13 | 14;
}

/** Files `<id>.<format>` of the given models, rendered as the pack renders its documents. */
export async function renderAuditFiles(models: readonly DocumentModel[], options: AuditRenderOptions): Promise<PackFile[]> {
  const theme = themeFor(options.font ?? 'Times New Roman', options.fontSize ?? 12);
  const renderers = await loadRenderers(options.formats, { fonts: options.fonts });
  return renderFiles(models, { formats: options.formats, theme, timestamp: options.timestamp, renderers });
}
