/**
 * The engine worker's side of the PDF worker: a PdfRenderer whose render() posts the model and
 * resolves with the bytes. Started when a download needs PDFs; kept for the next download.
 */
import type { DocumentModel } from '../core/model/types.ts';
import type { PdfRenderer } from '../core/render/pdf/index.ts';
import type { FontFamily, Theme } from '../core/render/theme.ts';
import type { PdfReply, PdfRequest } from './pdf-protocol.ts';

export interface PdfWorkerRenderer extends PdfRenderer {
  prepare(family: FontFamily): void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'opkit-pdf' });
  w.addEventListener('message', (event: MessageEvent<PdfReply>) => {
    const reply = event.data;
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if (reply.ok) job.resolve(new Uint8Array(reply.bytes));
    else job.reject(new Error(reply.message));
  });
  w.addEventListener('error', (event: ErrorEvent) => {
    // A broken worker is dropped; the documents it owed fail, and the next download starts a new one.
    w.terminate();
    if (worker === w) worker = null;
    const error = new Error(`PDF worker failed: ${event.message}`);
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  });
  worker = w;
  return w;
}

export function pdfWorkerRenderer(): PdfWorkerRenderer {
  const post = (request: PdfRequest) => getWorker().postMessage(request);
  return {
    prepare: (family) => post({ type: 'prepare', family }),
    render: (model: DocumentModel, theme: Theme, timestamp: Date) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        post({ type: 'render', id, model, theme, timestamp });
      }),
  };
}
