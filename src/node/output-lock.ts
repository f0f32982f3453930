/**
 * One opkit run at a time per output folder: a lock file `.opkit.lock` in the folder, created
 * exclusively, holding who took it (process id, host, the process's start time). A lock whose
 * process is gone — killed, crashed, the machine restarted — is stale and taken over; a live
 * one refuses the run. Liveness: the process exists on this host and, where /proc tells it, was
 * started when the lock says (so a process id reused by another program is not taken for ours).
 */
import { readFileSync } from 'node:fs';
import { link, open, readFile, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

export const LOCK_FILE = '.opkit.lock';

export interface LockOwner {
  pid: number;
  host: string;
  /** ISO time the lock was taken, for the message. */
  since: string;
  /** The process's start time in clock ticks since boot (Linux /proc), or null elsewhere. */
  startTicks: string | null;
}

export type LockResult =
  | { ok: true; release: () => Promise<void>; tookOverFrom: LockOwner | null }
  | { ok: false; path: string; owner: LockOwner | null };

/** Field 22 of /proc/PID/stat (after the command name, which may hold spaces and parentheses). */
function procStat(pid: number): { state: string; startTicks: string } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const state = fields[0];
    const startTicks = fields[19];
    return state && startTicks ? { state, startTicks } : null;
  } catch {
    return null;
  }
}

function alive(owner: LockOwner): boolean {
  // Another machine's process (a shared network folder) cannot be checked: assume it runs.
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
  const now = procStat(owner.pid);
  if (now === null) return true;
  if (now.state === 'Z' || now.state === 'X') return false;
  return owner.startTicks === null || owner.startTicks === now.startTicks;
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return {
      pid: value.pid,
      host: value.host,
      since: typeof value.since === 'string' ? value.since : '',
      startTicks: typeof value.startTicks === 'string' ? value.startTicks : null,
    };
  } catch {
    return null;
  }
}

async function readIfThere(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Whether the lock in `text` (file `file`) belongs to a running process. An unreadable lock is
 * one being written this instant (created, not yet filled: read again shortly) or the remains of
 * a process killed between creating and filling it (still unreadable: stale).
 */
async function held(file: string, text: string): Promise<{ live: boolean; owner: LockOwner | null; text: string | null }> {
  let current = text;
  for (let reread = 0; ; reread++) {
    const owner = parseOwner(current);
    if (owner) return { live: alive(owner), owner, text: current };
    if (reread === 3) return { live: false, owner: null, text: current };
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = await readIfThere(file);
    // Gone meanwhile: released; the caller tries again.
    if (again === null) return { live: false, owner: null, text: null };
    current = again;
  }
}

/**
 * Move a stale lock out of the way without removing a live one that replaced it meanwhile: the
 * rename is atomic, and a lock that turns out not to be the stale one is put back.
 */
async function clearStale(file: string, staleText: string): Promise<void> {
  const aside = `${file}.${process.pid}.stale`;
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readIfThere(aside);
  if (moved !== staleText) {
    await link(aside, file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  await unlink(aside).catch(() => undefined);
}

/** Create `file` with `text` unless it exists; a file created but not written (no space) is removed again. */
async function createExclusive(file: string, text: string): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(text);
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(file).catch(() => undefined);
    throw error;
  }
}

/** Take the lock of `dir` (which must exist). */
export async function acquireOutputLock(dir: string): Promise<LockResult> {
  const file = path.join(dir, LOCK_FILE);
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    startTicks: procStat(process.pid)?.startTicks ?? null,
  };
  const text = `${JSON.stringify(me)}\n`;
  let tookOverFrom: LockOwner | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await createExclusive(file, text);
      const release = async (): Promise<void> => {
        if ((await readIfThere(file)) === text) await unlink(file).catch(() => undefined);
      };
      return { ok: true, release, tookOverFrom };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const existing = await readIfThere(file);
    if (existing === null) continue;
    const { live, owner, text: seen } = await held(file, existing);
    if (live) return { ok: false, path: file, owner };
    if (seen === null) continue;
    tookOverFrom = owner;
    await clearStale(file, seen);
  }
  return { ok: false, path: file, owner: null };
}
