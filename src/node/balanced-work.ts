/**
 * Work shared between the main thread and the render worker. The worker renders the PDFs first;
 * the main thread renders the DOCX files in order, and whenever the worker has nothing left to do
 * it gets the bonus workbook, if it is still waiting, or else the last DOCX file not yet started,
 * as long as another one is left here. Whatever the worker has not taken by the time the DOCX
 * files are done here, the workbook included, is done here. The main thread looks between
 * documents, letting the worker's answers in.
 */
import type { DocumentModel } from '../core/model/types.ts';
import type { Profile } from '../core/profile/schema.ts';
import type { DocxRenderer } from '../core/render/docx/index.ts';
import type { Theme } from '../core/render/theme.ts';
import type { RenderWorker } from './render-worker-client.ts';

interface Task {
  here(): Promise<Uint8Array>;
  there(): Promise<Uint8Array>;
  resolve(bytes: Uint8Array): void;
  reject(error: unknown): void;
}

export interface BalancedRenderer extends DocxRenderer {
  /** The bonus workbook, built by whichever thread is free first; ask after the DOCX files. */
  workbook(profile: Profile, timestamp: Date): Promise<Uint8Array>;
}

/** Builds the workbook on this thread. */
export type LocalWorkbook = (profile: Profile, timestamp: Date) => Promise<Uint8Array>;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function balancedRenderer(here: DocxRenderer, buildWorkbook: LocalWorkbook, worker: RenderWorker): BalancedRenderer {
  const queue: Task[] = [];
  let last: Task | null = null;
  let running = false;

  const hand = (task: Task, where: 'here' | 'there'): Promise<void> => task[where]().then(task.resolve, task.reject);

  async function run(): Promise<void> {
    // Every document of the pack is queued before the first turn comes.
    await nextTurn();
    for (;;) {
      if (worker.idle && last) {
        void hand(last, 'there');
        last = null;
      }
      while (worker.idle && queue.length >= 2) void hand(queue.pop() as Task, 'there');
      const task = queue.shift() ?? last;
      if (!task) break;
      if (task === last) last = null;
      await hand(task, 'here');
      await nextTurn();
    }
    running = false;
  }

  const submit = (task: Omit<Task, 'resolve' | 'reject'>, atEnd: boolean): Promise<Uint8Array> =>
    new Promise<Uint8Array>((resolve, reject) => {
      if (atEnd) last = { ...task, resolve, reject };
      else queue.push({ ...task, resolve, reject });
      if (!running) {
        running = true;
        void run();
      }
    });

  return {
    render: (model: DocumentModel, theme: Theme, timestamp: Date) =>
      submit({ here: () => here.render(model, theme, timestamp), there: () => worker.renderDocx(model, theme, timestamp) }, false),
    workbook: (profile, timestamp) =>
      submit({ here: () => buildWorkbook(profile, timestamp), there: () => worker.workbook(profile, timestamp) }, true),
  };
}
