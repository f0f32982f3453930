/**
 * The sending side of off-thread rendering (protocol.ts): each document a promise of the bytes
 * the worker sends back. The platform's adapter passes in how a request is posted and hands
 * every reply to `receive`. Light on purpose (types only): the CLI loads it before the engine.
 */
import type { DocumentModel } from '../../model/types.ts';
import type { Profile } from '../../profile/schema.ts';
import type { FontFamily, Theme } from '../theme.ts';
import type { OffThreadFormat, RenderReply, RenderRequest } from './protocol.ts';

export interface RenderClient {
  /** Have the worker load this family's fonts ahead of the first document. */
  prepare(family: FontFamily): void;
  render(format: OffThreadFormat, model: DocumentModel, theme: Theme, timestamp: Date): Promise<Uint8Array>;
  /** The profile's bonus workbook, built on the worker. */
  workbook(profile: Profile, timestamp: Date): Promise<Uint8Array>;
  /** A reply from the worker. */
  receive(reply: RenderReply): void;
  /** The worker is gone: every document still waiting fails with `error`. */
  fail(error: Error): void;
  /** Nothing sent to the worker is still waiting for its answer. */
  readonly idle: boolean;
}

/** `post` sends a request to the worker; if it throws (no worker to send to), that document fails with its error. */
export function createRenderClient(post: (request: RenderRequest) => void): RenderClient {
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const ask = (request: (id: number) => RenderRequest): Promise<Uint8Array> =>
    new Promise<Uint8Array>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      try {
        post(request(id));
      } catch (error) {
        pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  return {
    prepare(family) {
      try {
        post({ type: 'prepare', family });
      } catch {
        // Reported to the first document instead.
      }
    },
    render: (format, model, theme, timestamp) => ask((id) => ({ type: 'render', id, format, model, theme, timestamp })),
    workbook: (profile, timestamp) => ask((id) => ({ type: 'workbook', id, profile, timestamp })),
    receive(reply) {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if (reply.ok) job.resolve(reply.bytes);
      else job.reject(new Error(reply.message));
    },
    fail(error) {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    },
    get idle() {
      return pending.size === 0;
    },
  };
}
