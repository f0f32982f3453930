/**
 * PDF rendering in a worker of its own, started by the engine worker: while the engine worker
 * renders the DOCX files, this one renders the PDFs on the machine's other core. The work is the
 * engine's (src/core/render/off-thread/handler.ts, shared with the CLI's worker thread); this
 * file only connects it to the worker's messages and the fonts the site serves.
 */
import { createRenderHandler } from '../core/render/off-thread/handler.ts';
import type { RenderRequest } from '../core/render/off-thread/protocol.ts';
import { loadFontSet } from './fonts.ts';

declare const self: DedicatedWorkerGlobalScope;

const handle = createRenderHandler({
  loadFonts: loadFontSet,
  send: (reply, transfer) => self.postMessage(reply, transfer),
  onError: (error) => console.error('opkit PDF worker:', error),
});
self.addEventListener('message', (event: MessageEvent<RenderRequest>) => handle(event.data));
