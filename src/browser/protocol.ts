/** Messages between the page (engine-client.ts) and the engine worker (engine-worker.ts). */
import type { Format } from '../core/pack/formats.ts';
import type { Manifest } from '../core/pack/generate.ts';

export interface GenerateRequest {
  type: 'generate';
  profileText: string;
  formats: Format[];
  /** Also bundle everything into `pack.zip` (default true). */
  zip?: boolean;
}

/** A problem to show the user: a validation issue or a plain sentence (never a stack trace). */
export interface WorkerIssue {
  path: string;
  message: string;
  code: string;
}

export type Stage = 'check' | 'fonts' | 'render' | 'zip';

export type WorkerMessage =
  | { type: 'progress'; stage: Stage; message: string }
  | { type: 'done'; files: Array<{ path: string; bytes: ArrayBuffer }>; manifest: Manifest; warnings: WorkerIssue[] }
  | { type: 'error'; errors: WorkerIssue[] };
