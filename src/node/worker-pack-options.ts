/** generatePack's options for a pack rendered on this thread and the render worker together. */
import type { GenerateOptions } from '../core/pack/generate.ts';
import type { Format } from '../core/pack/formats.ts';
import { balancedDocxRenderer } from './balanced-docx.ts';
import { nodeDeflater } from './deflate.ts';
import type { RenderWorker } from './render-worker-client.ts';

type WorkerOptions = Pick<GenerateOptions, 'deflater' | 'pdfRenderer' | 'docxRenderer' | 'workbookBuilder'>;

/**
 * The PDFs go to the worker; the DOCX files are shared with it (balanced-docx.ts); the workbook
 * is built there after the PDFs, while this thread renders the DOCX files.
 */
export async function workerPackOptions(worker: RenderWorker | null, formats: readonly Format[]): Promise<WorkerOptions> {
  if (!worker || !formats.includes('pdf')) return { deflater: nodeDeflater };
  const workbookBuilder = worker.workbook;
  if (!formats.includes('docx')) return { deflater: nodeDeflater, pdfRenderer: worker.pdf, workbookBuilder };
  const { createDocxRenderer } = await import('../core/render/docx/index.ts');
  const docxRenderer = balancedDocxRenderer(createDocxRenderer({ deflater: nodeDeflater }), worker);
  return { deflater: nodeDeflater, pdfRenderer: worker.pdf, docxRenderer, workbookBuilder };
}
