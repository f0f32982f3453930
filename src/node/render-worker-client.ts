/**
 * The main thread's side of the render worker: PDFs and DOCX files rendered on the worker,
 * each a promise of the bytes it sends back (src/core/render/off-thread/client.ts, over a
 * worker_threads port). Start it early (its module loading overlaps the main thread's), and
 * close it when done so the process can exit.
 */
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from '../core/model/types.ts';
import { createRenderClient } from '../core/render/off-thread/client.ts';
import type { RenderReply } from '../core/render/off-thread/protocol.ts';
import type { PdfRenderer } from '../core/render/pdf/index.ts';
import type { Profile } from '../core/profile/schema.ts';
import type { FontFamily, Theme } from '../core/render/theme.ts';

export interface RenderWorker {
  /** Have the worker load this family's fonts ahead of the first document. */
  prepare(family: FontFamily): void;
  /** Renders PDFs on the worker. */
  readonly pdf: PdfRenderer;
  renderDocx(model: DocumentModel, theme: Theme, timestamp: Date): Promise<Uint8Array>;
  /** Builds the profile's bonus workbook on the worker. */
  workbook(profile: Profile, timestamp: Date): Promise<Uint8Array>;
  /** Nothing sent to the worker is still waiting for its answer. */
  readonly idle: boolean;
  close(): Promise<void>;
}

export function startRenderWorker(): RenderWorker {
  const worker = new Worker(new URL('./render-worker.ts', import.meta.url));
  // Once the worker has failed, every later document fails at once with the same error.
  let failure: Error | null = null;
  const client = createRenderClient((request) => {
    if (failure) throw failure;
    worker.postMessage(request);
  });
  const fail = (error: Error): void => {
    failure = error;
    client.fail(error);
  };
  worker.on('message', (reply: RenderReply) => client.receive(reply));
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (!client.idle) fail(new Error(`the render worker stopped (exit code ${code})`));
  });
  return {
    prepare: (family) => client.prepare(family),
    pdf: { render: (model, theme, timestamp) => client.render('pdf', model, theme, timestamp) },
    renderDocx: (model, theme, timestamp) => client.render('docx', model, theme, timestamp),
    workbook: (profile, timestamp) => client.workbook(profile, timestamp),
    get idle() {
      return client.idle && failure === null;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
