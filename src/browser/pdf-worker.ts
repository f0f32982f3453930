/**
 * PDF rendering in a worker of its own, started by the engine worker: while the engine worker
 * renders the DOCX files, this one renders the PDFs on the machine's other core. It fetches the
 * fonts itself (from the site) and parses them once.
 */
import { createPdfRenderer, type PdfRenderer } from '../core/render/pdf/index.ts';
import type { FontFamily } from '../core/render/theme.ts';
import { loadFontSet } from './fonts.ts';
import type { PdfReply, PdfRequest } from './pdf-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const renderers = new Map<FontFamily, Promise<PdfRenderer>>();

function rendererFor(family: FontFamily): Promise<PdfRenderer> {
  let renderer = renderers.get(family);
  if (!renderer) {
    renderer = loadFontSet(family).then((fonts) => createPdfRenderer(fonts));
    renderer.catch(() => renderers.delete(family));
    renderers.set(family, renderer);
  }
  return renderer;
}

async function handle(request: PdfRequest): Promise<void> {
  if (request.type === 'prepare') {
    // A failure (fonts not fetched) is reported to the first document that needs the fonts.
    await rendererFor(request.family).catch(() => undefined);
    return;
  }
  try {
    const bytes = await (await rendererFor(request.theme.fontFamily)).render(request.model, request.theme, request.timestamp);
    const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
    const reply: PdfReply = { id: request.id, ok: true, bytes: buffer };
    self.postMessage(reply, [buffer]);
  } catch (error) {
    console.error('opkit PDF worker:', error);
    const reply: PdfReply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    self.postMessage(reply);
  }
}

// One document at a time, in order, so they finish one after another rather than all at the end.
let queue = Promise.resolve();
self.addEventListener('message', (event: MessageEvent<PdfRequest>) => {
  const request = event.data;
  queue = queue.then(() => handle(request));
});
