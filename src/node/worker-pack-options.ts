/** generatePack's options for a pack rendered on this thread and the render worker together. */
import type { GenerateOptions } from '../core/pack/generate.ts';
import type { Format } from '../core/pack/formats.ts';
import type { Profile } from '../core/profile/schema.ts';
import { balancedRenderer } from './balanced-work.ts';
import { nodeDeflater } from './deflate.ts';
import type { RenderWorker } from './render-worker-client.ts';

type WorkerOptions = Pick<GenerateOptions, 'deflater' | 'pdfRenderer' | 'docxRenderer' | 'workbookBuilder'>;

/**
 * The PDFs go to the worker; the DOCX files and the bonus workbook are shared with it
 * (balanced-work.ts): it takes the workbook, then the last DOCX files, once its PDFs are done.
 */
export async function workerPackOptions(worker: RenderWorker | null, formats: readonly Format[]): Promise<WorkerOptions> {
  if (!worker || !formats.includes('pdf')) return { deflater: nodeDeflater };
  if (!formats.includes('docx')) return { deflater: nodeDeflater, pdfRenderer: worker.pdf };
  const { createDocxRenderer } = await import('../core/render/docx/index.ts');
  const buildHere = async (profile: Profile, timestamp: Date): Promise<Uint8Array> => {
    const { buildBonusWorkbook } = await import('../core/workbook/index.ts');
    return (await buildBonusWorkbook(profile, { timestamp, deflater: nodeDeflater })).bytes;
  };
  const balanced = balancedRenderer(createDocxRenderer({ deflater: nodeDeflater }), buildHere, worker);
  return { deflater: nodeDeflater, pdfRenderer: worker.pdf, docxRenderer: balanced, workbookBuilder: balanced.workbook };
}
