/**
 * A batch's builds spread over worker threads (pack-worker.ts), one per core by default: each
 * thread takes the next profile when it is done with one. A profile that fails (bad input, or
 * even a bug) ends as its own result; the other profiles are built all the same.
 */
import { Worker } from 'node:worker_threads';
import type { PackBuild, PackJob } from './build-pack.ts';
import type { PackWorkerReply } from './pack-worker.ts';

/** A build, or a failure of opkit itself while building that profile. */
export type BatchResult = { type: 'built'; build: PackBuild } | { type: 'crashed'; file: string; message: string; stack: string };

export interface BatchHandlers {
  /** A thread starts on this profile. */
  started(job: PackJob): void;
  /** A profile is done; the thread takes the next once this resolves (the pack is written by then). */
  finished(result: BatchResult): Promise<void>;
}

/** One job on a worker: its reply, or the worker's own failure as a crash of that job. */
function ask(worker: Worker, job: PackJob): Promise<BatchResult> {
  return new Promise((resolve) => {
    const done = (result: BatchResult): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(result);
    };
    const onMessage = (reply: PackWorkerReply): void => done(reply);
    const onError = (error: Error): void => done({ type: 'crashed', file: job.file, message: error.message, stack: error.stack ?? '' });
    const onExit = (code: number): void =>
      done({ type: 'crashed', file: job.file, message: `the pack worker stopped (exit code ${code})`, stack: '' });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}

export async function runBatch(jobs: readonly PackJob[], threads: number, handlers: BatchHandlers): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    let worker: Worker | null = null;
    try {
      for (let job = jobs[next++]; job !== undefined; job = jobs[next++]) {
        worker ??= new Worker(new URL('./pack-worker.ts', import.meta.url));
        handlers.started(job);
        const result = await ask(worker, job);
        // A worker that failed is replaced for the next profile.
        if (result.type === 'crashed') {
          await worker.terminate();
          worker = null;
        }
        await handlers.finished(result);
      }
    } finally {
      await worker?.terminate();
    }
  };
  const count = Math.max(1, Math.min(threads, jobs.length));
  await Promise.all(Array.from({ length: count }, lane));
}
