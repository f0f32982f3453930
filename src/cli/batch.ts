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
  /**
   * A profile is done. Its thread starts on the next profile at once, while this writes the pack;
   * a thread's results are handled one at a time, in the order it built them.
   */
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
    // The previous result's handling (writing its pack): the thread does not wait for it, but a
    // lane never holds more than one built pack besides the one it is building.
    let handling: Promise<void> = Promise.resolve();
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
        await handling;
        handling = handlers.finished(result);
        // Awaited before the next result; marked as handled so a failure meanwhile is not reported as unhandled.
        handling.catch(() => undefined);
      }
      await handling;
    } finally {
      await worker?.terminate();
    }
  };
  const count = Math.max(1, Math.min(threads, jobs.length));
  await Promise.all(Array.from({ length: count }, lane));
}
