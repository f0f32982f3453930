/**
 * Typed client of the engine worker. The worker (and with it the whole engine, templates and
 * renderers) is created on the first call only, so a page that imports this module on demand
 * pays nothing until the user asks for documents.
 */
import type { Format } from '../core/pack/formats.ts';
import type { Manifest } from '../core/pack/generate.ts';
import type { GenerateRequest, Stage, WorkerIssue, WorkerMessage } from './protocol.ts';

export type { Stage, WorkerIssue };

export type GenerateResult =
  | { ok: true; files: Array<{ path: string; bytes: Uint8Array }>; manifest: Manifest; warnings: WorkerIssue[] }
  | { ok: false; errors: WorkerIssue[] };

export type ProgressHandler = (stage: Stage, message: string) => void;

let worker: Worker | null = null;
/** One generation at a time: the worker answers requests in order. */
let queue: Promise<unknown> = Promise.resolve();

function getWorker(): Worker {
  worker ??= new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'opkit-engine' });
  return worker;
}

function run(request: GenerateRequest, onProgress?: ProgressHandler): Promise<GenerateResult> {
  const w = getWorker();
  return new Promise<GenerateResult>((resolve) => {
    const cleanup = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message.stage, message.message);
      else if (message.type === 'done') {
        cleanup();
        resolve({ ok: true, manifest: message.manifest, warnings: message.warnings, files: message.files.map((f) => ({ path: f.path, bytes: new Uint8Array(f.bytes) })) });
      } else if (message.type === 'error') {
        cleanup();
        resolve({ ok: false, errors: message.errors });
      }
    };
    const onError = (event: ErrorEvent) => {
      cleanup();
      console.error('opkit engine worker failed to load or crashed:', event.message);
      // A broken worker is dropped so the next call starts a fresh one.
      worker?.terminate();
      worker = null;
      resolve({ ok: false, errors: [{ path: '', code: 'internal', message: 'Не удалось запустить генератор в браузере.' }] });
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage(request);
  });
}

/** Check the profile and build the pack in the worker. Validation problems come back as `errors`. */
export function generateInWorker(profileText: string, formats: Format[], onProgress?: ProgressHandler, options: { zip?: boolean } = {}): Promise<GenerateResult> {
  const request: GenerateRequest = { type: 'generate', profileText, formats, zip: options.zip ?? true };
  const result = queue.then(() => run(request, onProgress));
  queue = result.catch(() => undefined);
  return result;
}
