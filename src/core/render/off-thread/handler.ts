/**
 * The worker's side of off-thread rendering (protocol.ts): requests are handled one at a time,
 * in order (pdf-lib's rendering is async, and interleaved documents would all finish together
 * at the end instead of one after another), and a PDF renderer is kept per font family. No I/O:
 * the platform's adapter passes in how to load fonts and how to send a reply.
 */
import type { Profile } from '../../profile/schema.ts';
import type { Deflater } from '../deflate.ts';
import type { DocxRenderer } from '../docx/index.ts';
import type { FontSet } from '../fonts.ts';
import { createPdfRenderer, type PdfRenderer } from '../pdf/index.ts';
import type { FontFamily } from '../theme.ts';
import type { RenderReply, RenderRequest } from './protocol.ts';

export interface RenderHandlerOptions {
  /** A family's font files (read from node_modules, fetched from the site …). */
  loadFonts(family: FontFamily): Promise<FontSet>;
  /** Sends a reply; the buffers in `transfer` may be moved rather than copied. */
  send(reply: RenderReply, transfer: ArrayBuffer[]): void;
  /**
   * For a worker that renders DOCX files too (the CLI's): how to load the DOCX renderer (a
   * dynamic import, so that a PDF-only worker's bundle has no DOCX renderer in it), the deflater
   * for its parts, and whether to load it at once rather than with the first DOCX request.
   * PDFs need no deflater: they always use fflate (see render/pdf/index.ts).
   */
  docx?: { module: () => Promise<typeof import('../docx/index.ts')>; deflater: Deflater; preload?: boolean };
  /**
   * For a worker that builds the bonus workbook too (the CLI's, which has time to spare once its
   * PDFs are done): how to load the workbook module (exceljs is large) and the deflater for its parts.
   */
  workbook?: { module: () => Promise<WorkbookModule>; deflater: Deflater };
  /** Told of each failed request before its failure is sent back (to log it). */
  onError?(error: unknown): void;
}

/**
 * What the handler needs of src/core/workbook, said here rather than imported: the workbook's
 * documents read the firm's branding, which reads the renderers' theme (no import circle).
 */
interface WorkbookModule {
  buildBonusWorkbook(profile: Profile, options: { timestamp: Date; deflater?: Deflater }): Promise<{ bytes: Uint8Array }>;
}

/** The bytes in a buffer of exactly their length, which can be transferred without sending more. */
function ownBuffer(bytes: Uint8Array): { bytes: Uint8Array; buffer: ArrayBuffer } {
  const exact = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const owned = exact ? bytes : bytes.slice();
  return { bytes: owned, buffer: owned.buffer as ArrayBuffer };
}

/** A function to call with every request the worker receives. */
export function createRenderHandler(options: RenderHandlerOptions): (request: RenderRequest) => void {
  const pdfRenderers = new Map<FontFamily, Promise<PdfRenderer>>();
  const pdfRendererFor = (family: FontFamily): Promise<PdfRenderer> => {
    let renderer = pdfRenderers.get(family);
    if (!renderer) {
      renderer = options.loadFonts(family).then((fonts) => createPdfRenderer(fonts));
      // A failure (fonts not found or not fetched) must not stick: the next request tries again.
      renderer.catch(() => pdfRenderers.delete(family));
      pdfRenderers.set(family, renderer);
    }
    return renderer;
  };
  let docxRenderer: Promise<DocxRenderer> | null = null;
  const docxRendererOnce = (): Promise<DocxRenderer> => {
    if (!docxRenderer) {
      const docx = options.docx;
      docxRenderer = docx
        ? docx.module().then((module) => module.createDocxRenderer({ deflater: docx.deflater }))
        : Promise.reject(new Error('this worker renders no DOCX'));
      // A failure to load is reported to the DOCX requests, never as a crash of the PDF work.
      docxRenderer.catch(() => undefined);
    }
    return docxRenderer;
  };
  if (options.docx?.preload) docxRendererOnce();

  async function answer(request: Exclude<RenderRequest, { type: 'prepare' }>): Promise<Uint8Array> {
    if (request.type === 'workbook') {
      const workbook = options.workbook;
      if (!workbook) throw new Error('this worker builds no workbook');
      const { buildBonusWorkbook } = await workbook.module();
      return (await buildBonusWorkbook(request.profile, { timestamp: request.timestamp, deflater: workbook.deflater })).bytes;
    }
    const renderer = request.format === 'pdf' ? await pdfRendererFor(request.theme.fontFamily) : await docxRendererOnce();
    return renderer.render(request.model, request.theme, request.timestamp);
  }

  async function handle(request: RenderRequest): Promise<void> {
    if (request.type === 'prepare') {
      // A failure is reported to the first document that needs the fonts.
      await pdfRendererFor(request.family).catch(() => undefined);
      return;
    }
    try {
      const { bytes, buffer } = ownBuffer(await answer(request));
      options.send({ id: request.id, ok: true, bytes }, [buffer]);
    } catch (error) {
      options.onError?.(error);
      options.send({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }, []);
    }
  }

  let queue = Promise.resolve();
  return (request) => {
    queue = queue.then(() => handle(request));
  };
}
