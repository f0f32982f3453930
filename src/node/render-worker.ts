/**
 * The CLI's second thread. It loads pdf-lib and the fonts while the main thread checks the
 * profile and builds the models, renders every PDF, and then the DOCX files the main thread
 * hands over while it still has several left (balanced-docx.ts). Messages: see
 * render-worker-protocol.ts.
 */
import module from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { DocxRenderer } from '../core/render/docx/index.ts';
import type { PdfRenderer } from '../core/render/pdf/index.ts';
import type { FontFamily } from '../core/render/theme.ts';
import type { RenderWorkerReply, RenderWorkerRequest } from './render-worker-protocol.ts';

// A worker is a Node instance of its own: its module compiles are cached only if it asks,
// before it loads them (hence the dynamic imports below).
module.enableCompileCache?.();

const { createPdfRenderer } = await import('../core/render/pdf/index.ts');
const { loadFontSet } = await import('./fonts.ts');
const { nodeDeflater } = await import('./deflate.ts');
// The DOCX renderer is needed only late, if at all: it loads while the worker waits for models.
const docxRenderer: Promise<DocxRenderer> = import('../core/render/docx/index.ts').then((docx) => docx.createDocxRenderer({ deflater: nodeDeflater }));
// A failure to load is reported to the first DOCX request, not as a crash of the PDF work.
docxRenderer.catch(() => undefined);

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs as a worker thread');

const pdfRenderers = new Map<FontFamily, Promise<PdfRenderer>>();

function pdfRendererFor(family: FontFamily): Promise<PdfRenderer> {
  let renderer = pdfRenderers.get(family);
  if (!renderer) {
    renderer = loadFontSet(family).then((fonts) => createPdfRenderer(fonts));
    pdfRenderers.set(family, renderer);
  }
  return renderer;
}

async function handle(request: RenderWorkerRequest): Promise<void> {
  if (request.type === 'prepare') {
    // A failure (fonts not found) is reported to the first document that needs the fonts.
    await pdfRendererFor(request.family).catch(() => undefined);
    return;
  }
  try {
    const renderer = request.format === 'pdf' ? await pdfRendererFor(request.theme.fontFamily) : await docxRenderer;
    const bytes = await renderer.render(request.model, request.theme, request.timestamp);
    const reply: RenderWorkerReply = { id: request.id, ok: true, bytes };
    port?.postMessage(reply, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    const reply: RenderWorkerReply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    port?.postMessage(reply);
  }
}

// One request at a time, in order: pdf-lib's rendering is async, and interleaved documents
// would all finish together at the end instead of one after another.
let queue = Promise.resolve();
port.on('message', (request: RenderWorkerRequest) => {
  queue = queue.then(() => handle(request));
});
