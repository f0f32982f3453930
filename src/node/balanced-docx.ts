/**
 * DOCX rendering shared between the main thread and the render worker. The worker renders the
 * PDFs first; the main thread renders the DOCX files in order, and whenever the worker has
 * nothing left to do it gets the last DOCX file not yet started, as long as another one is left
 * here. The main thread looks between documents, letting the worker's answers in.
 */
import type { DocumentModel } from '../core/model/types.ts';
import type { DocxRenderer } from '../core/render/docx/index.ts';
import type { Theme } from '../core/render/theme.ts';
import type { RenderWorker } from './render-worker-client.ts';

interface Job {
  model: DocumentModel;
  theme: Theme;
  timestamp: Date;
  resolve(bytes: Uint8Array): void;
  reject(error: unknown): void;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function balancedDocxRenderer(here: DocxRenderer, worker: RenderWorker): DocxRenderer {
  const queue: Job[] = [];
  let running = false;

  const hand = (job: Job, render: DocxRenderer['render']): Promise<void> =>
    render(job.model, job.theme, job.timestamp).then(job.resolve, job.reject);

  async function run(): Promise<void> {
    // Every document of the pack is queued before the first turn comes.
    await nextTurn();
    while (queue.length > 0) {
      while (worker.idle && queue.length >= 2) void hand(queue.pop() as Job, worker.renderDocx);
      await hand(queue.shift() as Job, here.render);
      await nextTurn();
    }
    running = false;
  }

  return {
    render: (model, theme, timestamp) =>
      new Promise<Uint8Array>((resolve, reject) => {
        queue.push({ model, theme, timestamp, resolve, reject });
        if (!running) {
          running = true;
          void run();
        }
      }),
  };
}
