/**
 * The engine worker's side of the PDF worker: a PdfRenderer whose render() posts the model and
 * resolves with the bytes (src/core/render/off-thread/client.ts, over a Web Worker's messages).
 * Started when a download needs PDFs; kept for the next download.
 */
import { createRenderClient } from '../core/render/off-thread/client.ts';
import type { RenderReply } from '../core/render/off-thread/protocol.ts';
import type { PdfRenderer } from '../core/render/pdf/index.ts';
import type { FontFamily } from '../core/render/theme.ts';

export interface PdfWorkerRenderer extends PdfRenderer {
  prepare(family: FontFamily): void;
}

let worker: Worker | null = null;

const client = createRenderClient((request) => getWorker().postMessage(request));

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'opkit-pdf' });
  w.addEventListener('message', (event: MessageEvent<RenderReply>) => client.receive(event.data));
  w.addEventListener('error', (event: ErrorEvent) => {
    // A broken worker is dropped; the documents it owed fail, and the next download starts a new one.
    w.terminate();
    if (worker === w) worker = null;
    client.fail(new Error(`PDF worker failed: ${event.message}`));
  });
  worker = w;
  return w;
}

export function pdfWorkerRenderer(): PdfWorkerRenderer {
  return {
    prepare: (family) => client.prepare(family),
    render: (model, theme, timestamp) => client.render('pdf', model, theme, timestamp),
  };
}
