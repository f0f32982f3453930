/**
 * Messages between a thread that builds document models and a worker that renders them: the
 * CLI's worker thread (src/node/render-worker*.ts) and the site's PDF worker
 * (src/browser/pdf-worker.ts, pdf-client.ts) speak this one protocol. The worker side is
 * handler.ts, the sending side client.ts; each platform adds only how messages travel.
 */
import type { DocumentModel } from '../../model/types.ts';
import type { Profile } from '../../profile/schema.ts';
import type { FontFamily, Theme } from '../theme.ts';

/** The formats a worker renders. */
export type OffThreadFormat = 'pdf' | 'docx';

export type RenderRequest =
  /** Load and parse this family's fonts now, before the first document arrives. */
  | { type: 'prepare'; family: FontFamily }
  /** Render one document; the answer carries the same id. */
  | { type: 'render'; id: number; format: OffThreadFormat; model: DocumentModel; theme: Theme; timestamp: Date }
  /** Build the bonus workbook (src/core/workbook) of this profile; the answer carries the same id. */
  | { type: 'workbook'; id: number; profile: Profile; timestamp: Date };

/** The bytes own their whole buffer, which travels in the transfer list rather than as a copy. */
export type RenderReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };
