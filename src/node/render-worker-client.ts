/**
 * The main thread's side of the render worker: PDFs and DOCX files rendered on the worker,
 * each a promise of the bytes it sends back. Start it early (its module loading overlaps the
 * main thread's), and close it when done so the process can exit.
 */
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from '../core/model/types.ts';
import type { PdfRenderer } from '../core/render/pdf/index.ts';
import type { FontFamily, Theme } from '../core/render/theme.ts';
import type { RenderWorkerReply, RenderWorkerRequest } from './render-worker-protocol.ts';

export interface RenderWorker {
  /** Have the worker load this family's fonts ahead of the first document. */
  prepare(family: FontFamily): void;
  /** Renders PDFs on the worker. */
  readonly pdf: PdfRenderer;
  renderDocx(model: DocumentModel, theme: Theme, timestamp: Date): Promise<Uint8Array>;
  /** Nothing sent to the worker is still waiting for its answer. */
  readonly idle: boolean;
  close(): Promise<void>;
}

export function startRenderWorker(): RenderWorker {
  const worker = new Worker(new URL('./render-worker.ts', import.meta.url));
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let failure: Error | null = null;

  const failAll = (error: Error): void => {
    failure = error;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: RenderWorkerReply) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if (reply.ok) job.resolve(reply.bytes);
    else job.reject(new Error(reply.message));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    if (pending.size > 0) failAll(new Error(`the render worker stopped (exit code ${code})`));
  });

  const post = (request: RenderWorkerRequest): void => worker.postMessage(request);
  const render = (format: 'pdf' | 'docx', model: DocumentModel, theme: Theme, timestamp: Date): Promise<Uint8Array> =>
    new Promise<Uint8Array>((resolve, reject) => {
      if (failure) {
        reject(failure);
        return;
      }
      const id = nextId++;
      pending.set(id, { resolve, reject });
      post({ type: 'render', format, id, model, theme, timestamp });
    });
  return {
    prepare: (family) => post({ type: 'prepare', family }),
    pdf: { render: (model, theme, timestamp) => render('pdf', model, theme, timestamp) },
    renderDocx: (model, theme, timestamp) => render('docx', model, theme, timestamp),
    get idle() {
      return pending.size === 0 && failure === null;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
