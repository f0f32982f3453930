/**
 * The CLI's second thread. It loads pdf-lib and the fonts while the main thread checks the
 * profile and builds the models, renders every PDF, and then the DOCX files the main thread
 * hands over while it still has several left (balanced-work.ts), and the bonus workbook, which
 * it gets once the PDFs are queued. The work is the engine's
 * (src/core/render/off-thread/handler.ts, shared with the site's PDF worker); this file only
 * connects it to the worker thread's port, the fonts on disk and native zlib.
 */
import module from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { RenderRequest } from '../core/render/off-thread/protocol.ts';

// A worker is a Node instance of its own: its module compiles are cached only if it asks,
// before it loads them (hence the dynamic imports below).
module.enableCompileCache?.();

const { createRenderHandler } = await import('../core/render/off-thread/handler.ts');
const { loadFontSet } = await import('./fonts.ts');
const { nodeDeflater } = await import('./deflate.ts');

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs as a worker thread');

const handle = createRenderHandler({
  loadFonts: loadFontSet,
  send: (reply, transfer) => port.postMessage(reply, transfer),
  // The DOCX renderer is needed only late, if at all: it loads while the worker waits for models.
  docx: { module: () => import('../core/render/docx/index.ts'), deflater: nodeDeflater, preload: true },
  workbook: { module: () => import('../core/workbook/index.ts'), deflater: nodeDeflater },
});
port.on('message', (request: RenderRequest) => handle(request));
