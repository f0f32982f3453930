/**
 * The output folder of a command (`generate`, `audit`): checked before any work, locked for the
 * run (one run at a time), an interrupted earlier run finished, and every failure to write
 * worded in Russian with the path: exit 1 (OutputFailure) or 2 (an --out that is not a folder).
 */
import { mkdir, rmdir, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { acquireOutputLock, type LockOwner } from '../node/output-lock.ts';
import { OutputBlockedError, recoverInterrupted } from '../node/write-atomic.ts';
import { OutputFailure, UsageError, shownPath, type Io } from './io.ts';

/** An --out that exists and is not a folder (a file, the profile itself, /dev/null) is wrong usage. */
export async function checkOutDir(io: Io, outRoot: string): Promise<void> {
  try {
    const s = await stat(outRoot);
    if (!s.isDirectory())
      throw new UsageError(
        `--out ${shownPath(io, outRoot)} — ${s.isFile() ? 'это файл, а не папка' : 'не папка (устройство или особый файл)'}; укажите папку для документов`,
      );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') throw new UsageError(`--out ${shownPath(io, outRoot)}: часть этого пути — файл, а не папка`);
    // Missing: it is created; no rights to look: the write says so.
    if (code === 'ENOENT' || code === 'EACCES') return;
    throw error;
  }
}

/** The path a failed call names, without our hidden staging folder (the user knows the pack's folder). */
function visiblePath(io: Io, p: string): string {
  const hidden = p.split(path.sep).findIndex((part) => part.startsWith('.opkit'));
  const shown = hidden > 0 ? p.split(path.sep).slice(0, hidden).join(path.sep) || path.sep : p;
  return shownPath(io, shown);
}

const ERRNO_MESSAGES: Readonly<Record<string, (p: string) => string>> = {
  EACCES: (p) => `нет прав на запись: ${p}`,
  EPERM: (p) => `нет прав на запись: ${p}`,
  ENOSPC: (p) => `нет места на диске: не удалось записать ${p}; прежние файлы в папке не изменены`,
  EDQUOT: (p) => `исчерпана дисковая квота: не удалось записать ${p}; прежние файлы в папке не изменены`,
  EROFS: (p) => `файловая система только для чтения: ${p}`,
  ENOTDIR: (p) => `${p}: часть пути — файл, а не папка`,
  ENOENT: (p) => `не удалось записать ${p}: такой папки нет`,
  EEXIST: (p) => `${p} — файл, а не папка`,
  EISDIR: (p) => `${p} — папка, а не файл`,
  ENAMETOOLONG: (p) => `слишком длинное имя файла: ${p}`,
  ELOOP: (p) => `ссылки в пути образуют цикл: ${p}`,
  EBUSY: (p) => `${p} занят другой программой`,
  EIO: (p) => `ошибка ввода-вывода при записи ${p}`,
  EMFILE: (p) => `слишком много открытых файлов при записи ${p}`,
  ENFILE: (p) => `слишком много открытых файлов при записи ${p}`,
};

/** The Russian sentence for a failure to write, or null when the error is not one (a bug: rethrown). */
export function outputFailureMessage(io: Io, error: unknown, folder: string): string | null {
  if (error instanceof OutputFailure) return error.message;
  if (error instanceof OutputBlockedError) {
    const at = shownPath(io, path.dirname(error.path));
    const name = path.basename(error.path);
    return error.reason === 'directory-in-the-way'
      ? `в папке ${at} есть папка «${name}», а пакет записывает файл с этим именем; переименуйте или перенесите эту папку (opkit её не трогает)`
      : `пакет записал бы поверх входного файла ${shownPath(io, error.path)}; выберите другую папку --out`;
  }
  const e = error as NodeJS.ErrnoException | null;
  if (typeof e?.code !== 'string' || typeof e.syscall !== 'string') return null;
  const p = visiblePath(io, typeof e.path === 'string' ? e.path : folder);
  return ERRNO_MESSAGES[e.code]?.(p) ?? `не удалось записать ${p} (${e.code})`;
}

function lockMessage(io: Io, folder: string, lockPath: string, owner: LockOwner | null): string {
  const who = owner
    ? ` (процесс ${owner.pid}${owner.host === hostname() ? '' : ` на компьютере ${owner.host}`}${owner.since ? `, начат ${owner.since.slice(0, 19).replace('T', ' ')} UTC` : ''})`
    : '';
  return `в папку ${shownPath(io, folder)} уже пишет другой запуск opkit${who}; дождитесь его окончания. Если такого запуска нет, удалите файл ${shownPath(io, lockPath)}`;
}

/**
 * `mkdir -p` that reports the real cause: node's recursive mkdir says ENOENT where the disk is
 * read-only. Returns the first folder it created, if any.
 */
async function makeFolder(folder: string): Promise<string | undefined> {
  const missing: string[] = [];
  for (let at = folder; ; at = path.dirname(at)) {
    const found = await stat(at).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
    if (found && !found.isDirectory()) {
      // A file where the folder should be: worded as mkdir would have it.
      throw Object.assign(new Error(`not a folder: ${at}`), { code: 'EEXIST', syscall: 'mkdir', path: at });
    }
    if (found || path.dirname(at) === at) break;
    missing.unshift(at);
  }
  for (const dir of missing) {
    await mkdir(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'EEXIST' ? undefined : Promise.reject(error)));
  }
  return missing[0];
}

/** Remove the folders this run created, from `dir` up to `first`, where they stayed empty. */
async function removeCreated(dir: string, first: string): Promise<void> {
  for (let at = dir; ; at = path.dirname(at)) {
    try {
      await rmdir(at);
    } catch {
      return;
    }
    if (at === first || path.dirname(at) === at) return;
  }
}

/** Finish or clear what a killed run left in `folder`, saying so when a commit was finished. */
async function recover(io: Io, folder: string): Promise<void> {
  if (await recoverInterrupted(folder)) {
    io.err(`opkit: запись пакета в ${shownPath(io, folder)} была прервана; она завершена, прежде чем начать новую\n`);
  }
}

/**
 * Run `write` with `folder` created and locked: a second run into it is refused; what a killed
 * run left in it is finished or cleared first, and in each of `packFolders` (a batch's folders
 * inside it) that no other run is writing. A folder this run created and left empty is removed.
 */
export async function withOutputFolder<T>(
  io: Io,
  folder: string,
  write: () => Promise<T>,
  packFolders: readonly string[] = [folder],
): Promise<T> {
  const fail = (error: unknown): never => {
    const message = outputFailureMessage(io, error, folder);
    throw message === null ? error : new OutputFailure(message);
  };
  const created = await makeFolder(folder).catch(fail);
  const lock = await acquireOutputLock(folder).catch(fail);
  if (!lock.ok) {
    if (created) await removeCreated(folder, created);
    throw new OutputFailure(lockMessage(io, folder, lock.path, lock.owner));
  }
  try {
    await recover(io, folder).catch(fail);
    for (const packFolder of packFolders) {
      if (packFolder === folder) continue;
      // A run into just that folder may be writing it now: only a folder whose lock is free is recovered.
      const exists = await stat(packFolder).then(
        (s) => s.isDirectory(),
        () => false,
      );
      if (exists) await withPackLock(io, packFolder, () => recover(io, packFolder)).catch(() => undefined);
    }
    return await write();
  } finally {
    await lock.release();
    if (created) await removeCreated(folder, created);
  }
}

/**
 * Run `write` holding the lock of one pack's folder inside a batch's --out: a run given that
 * folder as its own --out writes it under the same lock, so the two never interleave.
 */
export async function withPackLock<T>(io: Io, folder: string, write: () => Promise<T>): Promise<T> {
  const created = await makeFolder(folder);
  try {
    const lock = await acquireOutputLock(folder);
    if (!lock.ok) throw new OutputFailure(lockMessage(io, folder, lock.path, lock.owner));
    try {
      return await write();
    } finally {
      await lock.release();
    }
  } finally {
    // A folder made for a pack that was not written (no space, refused) goes again.
    if (created) await removeCreated(folder, created);
  }
}

/** Write one file the user named (`init`): a failure is an OutputFailure naming it (exit 1). */
export async function writeNamedFile(io: Io, file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    const message = outputFailureMessage(io, error, file);
    throw message === null ? error : new OutputFailure(message);
  }
}
