/**
 * Typed client of the engine worker. The worker (and with it the whole engine, templates and
 * renderers) is created on the first call only, so a page that imports this module on demand
 * pays nothing until the user asks for documents.
 */
import type { Format } from '../core/pack/formats.ts';
import type { Manifest } from '../core/pack/generate.ts';
import { sizeProblem } from '../core/input/decode.ts';
import type { FirmSettings } from '../core/firm/settings.ts';
import type { EngineRequest, PreviewDocument, Stage, WorkerIssue, WorkerMessage } from './protocol.ts';

export type { PreviewDocument, Stage, WorkerIssue };

export type GenerateResult =
  | { ok: true; files: Array<{ path: string; bytes: Uint8Array }>; manifest: Manifest; warnings: WorkerIssue[] }
  | { ok: false; errors: WorkerIssue[] };

export type FilesResult = { ok: true; files: Array<{ path: string; bytes: Uint8Array }> } | { ok: false; errors: WorkerIssue[] };

export type PreviewResult =
  | { ok: true; documents: PreviewDocument[]; documentId: string; html: string }
  | { ok: false; errors: WorkerIssue[] };

/** `done` and `total` come with the files of a pack, for a progress bar. */
export type ProgressHandler = (stage: Stage, message: string, done?: number, total?: number) => void;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (message: WorkerMessage) => void; onProgress?: ProgressHandler | undefined }>();

const crashed: WorkerIssue[] = [{ path: '', code: 'internal', message: 'Не удалось запустить генератор в браузере.' }];

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'opkit-engine' });
  w.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === 'progress') {
      waiting.onProgress?.(message.stage, message.message, message.done, message.total);
      return;
    }
    pending.delete(message.id);
    waiting.resolve(message);
  });
  w.addEventListener('error', (event: ErrorEvent) => {
    console.error('opkit engine worker failed to load or crashed:', event.message);
    // A broken worker is dropped so the next call starts a fresh one; whoever waited gets an answer.
    w.terminate();
    if (worker === w) worker = null;
    for (const [id, waiting] of pending) waiting.resolve({ type: 'error', id, errors: crashed });
    pending.clear();
  });
  worker = w;
  return w;
}

function ask(request: EngineRequest, onProgress?: ProgressHandler): Promise<WorkerMessage> {
  return new Promise((resolve) => {
    pending.set(request.id, { resolve, onProgress });
    getWorker().postMessage(request);
  });
}

/** Check the profile and build the pack in the worker. Validation problems come back as `errors`. */
export async function generateInWorker(
  profileText: string,
  formats: Format[],
  onProgress?: ProgressHandler,
  options: { zip?: boolean; firm?: FirmSettings | null } = {},
): Promise<GenerateResult> {
  const firm = options.firm ? { firm: options.firm } : {};
  const answer = await ask({ type: 'generate', id: nextId++, profileText, formats, zip: options.zip ?? true, ...firm }, onProgress);
  if (answer.type === 'done') {
    return {
      ok: true,
      manifest: answer.manifest,
      warnings: answer.warnings,
      files: answer.files.map((f) => ({ path: f.path, bytes: new Uint8Array(f.bytes) })),
    };
  }
  return { ok: false, errors: answer.type === 'error' ? answer.errors : crashed };
}

/** One document as standalone HTML (styled like the print), plus the list of the pack's documents. */
export async function previewInWorker(profileText: string, documentId?: string, firm?: FirmSettings | null): Promise<PreviewResult> {
  const answer = await ask({
    type: 'preview',
    id: nextId++,
    profileText,
    ...(documentId ? { documentId } : {}),
    ...(firm ? { firm } : {}),
  });
  if (answer.type === 'preview') return { ok: true, documents: answer.documents, documentId: answer.documentId, html: answer.html };
  return { ok: false, errors: answer.type === 'error' ? answer.errors : crashed };
}

/**
 * The express audit's report on the answers (an answers file as JSON or YAML text, as
 * `opkit audit` reads it), or the blank checklist, as files `<id>.<format>`.
 */
export async function auditInWorker(
  kind: 'report' | 'blank',
  answersText: string,
  formats: Format[],
  onProgress?: ProgressHandler,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<FilesResult> {
  const answer = await ask({ type: 'audit', id: nextId++, kind, answersText, formats, today }, onProgress);
  if (answer.type === 'files') return { ok: true, files: answer.files.map((f) => ({ path: f.path, bytes: new Uint8Array(f.bytes) })) };
  return { ok: false, errors: answer.type === 'error' ? answer.errors : crashed };
}

export type ImportResult =
  | { ok: true; draft: unknown; warnings: WorkerIssue[] }
  /** `total`: every issue found, of which `errors` are the first. */
  | { ok: false; errors: WorkerIssue[]; total: number };

/**
 * A profile file the user picked, read and checked in the worker. A file over the size limit is
 * refused here from its size alone, without reading it.
 */
export async function importInWorker(file: File): Promise<ImportResult> {
  const big = sizeProblem(file.size);
  if (big !== null) return { ok: false, errors: [{ path: '', code: 'file-too-big', message: big }], total: 1 };
  const bytes = await file.arrayBuffer();
  const id = nextId++;
  const answer = await new Promise<WorkerMessage>((resolve) => {
    pending.set(id, { resolve });
    getWorker().postMessage({ type: 'import', id, bytes, fileName: file.name } satisfies EngineRequest, [bytes]);
  });
  if (answer.type === 'imported') return { ok: true, draft: answer.draft, warnings: answer.warnings };
  const errors = answer.type === 'error' ? answer.errors : crashed;
  return { ok: false, errors, total: answer.type === 'error' ? (answer.total ?? errors.length) : errors.length };
}
