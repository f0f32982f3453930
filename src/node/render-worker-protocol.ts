/** Messages between the CLI and its render worker (render-worker.ts). */
import type { DocumentModel } from '../core/model/types.ts';
import type { FontFamily, Theme } from '../core/render/theme.ts';

export type RenderWorkerRequest =
  /** Load and parse this family's fonts now, before the first document arrives. */
  | { type: 'prepare'; family: FontFamily }
  | { type: 'render'; format: 'pdf' | 'docx'; id: number; model: DocumentModel; theme: Theme; timestamp: Date };

export type RenderWorkerReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };
