/** Messages between the page (engine-client.ts) and the engine worker (engine-worker.ts). */
import type { Format } from '../core/pack/formats.ts';
import type { Manifest } from '../core/pack/generate.ts';
import type { FirmSettings } from '../core/firm/settings.ts';

export interface GenerateRequest {
  type: 'generate';
  /** Echoed in every answer, so answers find their request. */
  id: number;
  profileText: string;
  formats: Format[];
  /** Also bundle everything into `pack.zip` (default true). */
  zip?: boolean;
  /** The consultant's firm settings kept in the browser: its branding goes into every document. */
  firm?: FirmSettings;
}

/** One document of the pack as standalone HTML, and the list of all documents. */
export interface PreviewRequest {
  type: 'preview';
  id: number;
  profileText: string;
  /** Which document to render; absent or unknown: the first. */
  documentId?: string;
  firm?: FirmSettings;
}

/** The express audit's documents: the completed report, or the blank checklist to print. */
export interface AuditRequest {
  type: 'audit';
  id: number;
  kind: 'report' | 'blank';
  /** The answers file (JSON or YAML text), as `opkit audit` reads it; ignored for the blank. */
  answersText: string;
  formats: Format[];
  /** ISO date printed when the answers carry none. */
  today: string;
}

/**
 * A profile file the user picked in the wizard: its bytes are decoded, parsed and checked here,
 * off the page's thread, so a hostile file cannot freeze the page.
 */
export interface ImportRequest {
  type: 'import';
  id: number;
  bytes: ArrayBuffer;
  fileName: string;
}

export type EngineRequest = GenerateRequest | PreviewRequest | AuditRequest | ImportRequest;

/** A problem to show the user: a validation issue or a plain sentence (never a stack trace). */
export interface WorkerIssue {
  path: string;
  message: string;
  code: string;
}

export type Stage = 'check' | 'fonts' | 'render' | 'zip';

export interface PreviewDocument {
  id: string;
  title: string;
}

export type WorkerMessage =
  | { type: 'progress'; id: number; stage: Stage; message: string; done?: number; total?: number }
  | { type: 'done'; id: number; files: Array<{ path: string; bytes: ArrayBuffer }>; manifest: Manifest; warnings: WorkerIssue[] }
  | { type: 'files'; id: number; files: Array<{ path: string; bytes: ArrayBuffer }> }
  | { type: 'preview'; id: number; documents: PreviewDocument[]; documentId: string; html: string }
  | { type: 'imported'; id: number; draft: unknown; warnings: WorkerIssue[] }
  /** `total`: how many issues there were when only the first ones are sent. */
  | { type: 'error'; id: number; errors: WorkerIssue[]; total?: number };
