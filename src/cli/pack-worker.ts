/**
 * A thread of a batch (`opkit generate clients/*.yaml`): it builds one client's pack at a time
 * (build-pack.ts) and sends the files back to the main thread, which writes them. Several run at
 * once, one per core (batch.ts).
 */
import module from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { PackJob } from './build-pack.ts';

module.enableCompileCache?.();

const { buildPack } = await import('./build-pack.ts');

const port = parentPort;
if (!port) throw new Error('pack-worker.ts runs as a worker thread');

/** A reply: the build, or a failure of opkit itself (a bug) with its message and stack. */
export type PackWorkerReply =
  | { type: 'built'; build: Awaited<ReturnType<typeof buildPack>> }
  | { type: 'crashed'; file: string; message: string; stack: string };

port.on('message', async (job: PackJob) => {
  try {
    const build = await buildPack(job, null);
    // Copied, not transferred: some bytes are views into Node's shared buffer pool, which cannot move.
    port.postMessage({ type: 'built', build } satisfies PackWorkerReply);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ type: 'crashed', file: job.file, message: e.message, stack: e.stack ?? '' } satisfies PackWorkerReply);
  }
});
