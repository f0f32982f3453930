/** Messages between the engine worker and its PDF worker (pdf-worker.ts). */
import type { DocumentModel } from '../core/model/types.ts';
import type { FontFamily, Theme } from '../core/render/theme.ts';

export type PdfRequest =
  /** Fetch and parse this family's fonts now, before the first document arrives. */
  | { type: 'prepare'; family: FontFamily }
  | { type: 'render'; id: number; model: DocumentModel; theme: Theme; timestamp: Date };

export type PdfReply = { id: number; ok: true; bytes: ArrayBuffer } | { id: number; ok: false; message: string };
