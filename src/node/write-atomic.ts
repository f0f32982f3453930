/**
 * Write a pack into its folder so that it replaces the earlier pack there as a whole:
 *
 * 1. Every file is written into a staging folder `.opkit-staging-*` inside the target (the same
 *    file system, so the moves below are renames; nothing is needed from the parent folder). A
 *    failure here (no space, no rights) removes the staging folder: the earlier pack is untouched.
 * 2. A journal `.opkit-commit.json` is written (whole, by a rename) naming the staging folder,
 *    the files to move and the earlier pack's files to remove: those its manifest lists that the
 *    new pack does not have. Nothing else in the folder is touched.
 * 3. The commit: the earlier manifest goes first, then the earlier files the new pack lacks, then
 *    the new files move in, and the new manifest last. So a manifest in the folder always
 *    describes a whole pack; a run killed inside the commit leaves the journal, and the next run
 *    into the folder finishes the commit before anything else (`recoverInterrupted`).
 *
 * A folder where the new pack puts a file is the user's: an error, never deleted. The caller
 * holds the folder's lock (output-lock.ts), so a staging folder or journal left in it belongs to
 * a run that died.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';

export interface OutFile {
  path: string;
  bytes: Uint8Array | string;
}

export const STAGING_PREFIX = '.opkit-staging-';
export const JOURNAL_FILE = '.opkit-commit.json';

/** The file-system calls the writer makes: node's, or a test's that stops at a chosen step. */
export interface WriterFs {
  mkdir(dir: string): Promise<void>;
  mkdtemp(prefix: string): Promise<string>;
  writeFile(file: string, bytes: Uint8Array | string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** Remove a folder of ours and what it holds. */
  removeTree(dir: string): Promise<void>;
  readFile(file: string): Promise<string>;
  readdir(dir: string): Promise<string[]>;
  /** 'file', 'dir', 'other' (a link, a device...), or null when nothing is there. */
  kind(p: string): Promise<'file' | 'dir' | 'other' | null>;
}

export const nodeFs: WriterFs = {
  mkdir: async (dir) => {
    await fsp.mkdir(dir, { recursive: true });
  },
  mkdtemp: (prefix) => fsp.mkdtemp(prefix),
  writeFile: (file, bytes) => fsp.writeFile(file, bytes),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (file) => fsp.unlink(file),
  removeTree: (dir) => fsp.rm(dir, { recursive: true, force: true }),
  readFile: (file) => fsp.readFile(file, 'utf8'),
  readdir: (dir) => fsp.readdir(dir),
  kind: async (p) => {
    try {
      const s = await fsp.lstat(p);
      return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  },
};

/** Why a pack cannot go into its folder, with the path in question (the CLI words it). */
export class OutputBlockedError extends Error {
  override name = 'OutputBlockedError';
  readonly reason: 'directory-in-the-way' | 'input-in-the-way';
  readonly path: string;
  constructor(reason: 'directory-in-the-way' | 'input-in-the-way', where: string) {
    super(`${reason}: ${where}`);
    this.reason = reason;
    this.path = where;
  }
}

interface Journal {
  staging: string;
  /** The new pack's files, the manifest (if any) last. */
  files: string[];
  manifest: string | null;
  /** The earlier pack's files the new one lacks. */
  remove: string[];
}

/** A plain file name of a pack (no folder, no `..`, not one of ours): anything else in a manifest is ignored. */
function isPackName(name: unknown): name is string {
  return typeof name === 'string' && name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name) && !name.startsWith('.opkit');
}

function parseJournal(text: string): Journal | null {
  try {
    const j = JSON.parse(text) as Partial<Journal>;
    if (typeof j.staging !== 'string' || !j.staging.startsWith(STAGING_PREFIX) || j.staging.includes('/')) return null;
    if (!Array.isArray(j.files) || !Array.isArray(j.remove)) return null;
    const manifest = j.manifest === null || isPackName(j.manifest) ? (j.manifest ?? null) : null;
    return { staging: j.staging, files: j.files.filter(isPackName), manifest, remove: j.remove.filter(isPackName) };
  } catch {
    return null;
  }
}

/** The files of the earlier pack in `dir`, as its manifest lists them (older manifests: the documents' files and pack.zip). */
async function earlierFiles(dir: string, manifest: string, fs: WriterFs): Promise<string[]> {
  let value: unknown;
  try {
    value = JSON.parse(await fs.readFile(path.join(dir, manifest)));
  } catch {
    return [];
  }
  if (typeof value !== 'object' || value === null) return [];
  const m = value as { generator?: unknown; files?: unknown; documents?: unknown };
  // Only a manifest opkit wrote says which files are opkit's.
  if (typeof m.generator !== 'string' || !m.generator.startsWith('opkit')) return [];
  if (Array.isArray(m.files)) return m.files.filter(isPackName);
  const fromDocuments = Array.isArray(m.documents)
    ? m.documents.flatMap((d: unknown) => Object.values((d as { files?: Record<string, unknown> } | null)?.files ?? {}))
    : [];
  return [...fromDocuments, 'pack.zip'].filter(isPackName);
}

async function removeIfFile(file: string, fs: WriterFs): Promise<void> {
  // A folder where a pack file was is the user's now: left alone.
  if ((await fs.kind(file)) !== 'dir')
    await fs.unlink(file).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : Promise.reject(e)));
}

/** Step 3; safe to run again after an interruption at any point (each step checks what is done). */
async function commit(dir: string, journal: Journal, fs: WriterFs): Promise<void> {
  const staging = path.join(dir, journal.staging);
  const manifestStaged = journal.manifest !== null && (await fs.kind(path.join(staging, journal.manifest))) === 'file';
  if (manifestStaged && journal.manifest !== null) {
    await removeIfFile(path.join(dir, journal.manifest), fs);
    for (const name of journal.remove) await removeIfFile(path.join(dir, name), fs);
  }
  for (const name of journal.files) {
    const from = path.join(staging, name);
    if ((await fs.kind(from)) === 'file') await fs.rename(from, path.join(dir, name));
  }
  await fs.removeTree(staging);
  await fs.unlink(path.join(dir, JOURNAL_FILE));
}

/**
 * Finish what a killed run left in `dir`: a commit with a journal is completed (the new pack was
 * whole in its staging folder); staging folders without one are dropped. True if a commit was finished.
 */
export async function recoverInterrupted(dir: string, fs: WriterFs = nodeFs): Promise<boolean> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw error;
  }
  let finished = false;
  if (names.includes(JOURNAL_FILE)) {
    const journal = parseJournal(await fs.readFile(path.join(dir, JOURNAL_FILE)));
    if (journal && names.includes(journal.staging)) {
      await commit(dir, journal, fs);
      finished = true;
    } else {
      await fs.unlink(path.join(dir, JOURNAL_FILE));
    }
  }
  for (const name of names) {
    if (name.startsWith(STAGING_PREFIX) || name === `${JOURNAL_FILE}.tmp`) await fs.removeTree(path.join(dir, name));
  }
  return finished;
}

export interface WriteOptions {
  /** The file written last that lists the pack's files; the earlier one says what to remove. Null: replace same-named files only. */
  manifest?: string | null;
  /** Files that must not be replaced or removed (the run's input profiles). */
  protect?: readonly string[];
  fs?: WriterFs;
}

/** Write `files` into `dir` as one pack (see the top of this module). */
export async function writeFilesAtomically(dir: string, files: readonly OutFile[], options: WriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const manifest = options.manifest ?? null;
  for (const file of files) if (!isPackName(file.path)) throw new Error(`not a pack file name: ${file.path}`);
  await recoverInterrupted(dir, fs);
  const existed = (await fs.kind(dir)) !== null;
  await fs.mkdir(dir);
  const names = files.map((f) => f.path);
  const ordered =
    manifest === null ? [...files] : [...files.filter((f) => f.path !== manifest), ...files.filter((f) => f.path === manifest)];
  const remove =
    manifest === null ? [] : (await earlierFiles(dir, manifest, fs)).filter((name) => name !== manifest && !names.includes(name));
  const protect = new Set((options.protect ?? []).map((p) => path.resolve(p)));
  for (const name of [...names, ...remove]) {
    const target = path.join(dir, name);
    if (protect.has(target)) throw new OutputBlockedError('input-in-the-way', target);
    if (names.includes(name) && (await fs.kind(target)) === 'dir') throw new OutputBlockedError('directory-in-the-way', target);
  }
  const staging = await fs.mkdtemp(path.join(dir, STAGING_PREFIX));
  const journal: Journal = { staging: path.basename(staging), files: ordered.map((f) => f.path), manifest, remove };
  try {
    for (const file of ordered) await fs.writeFile(path.join(staging, file.path), file.bytes);
    const journalTmp = path.join(dir, `${JOURNAL_FILE}.tmp`);
    await fs.writeFile(journalTmp, `${JSON.stringify(journal)}\n`);
    await fs.rename(journalTmp, path.join(dir, JOURNAL_FILE));
  } catch (error) {
    await fs.removeTree(staging).catch(() => undefined);
    await fs.unlink(path.join(dir, `${JOURNAL_FILE}.tmp`)).catch(() => undefined);
    // A pack folder made for this pack goes too (a batch's folder on a full disk).
    if (!existed) await fsp.rmdir(dir).catch(() => undefined);
    throw error;
  }
  await commit(dir, journal, fs);
}
