/**
 * Running the `opkit` command as a consultant does (a real process), with helpers for the
 * output-folder tests: a pack folder read back through its manifest, and runs without root's
 * rights or on a tiny or read-only file system (util-linux `unshare`, like the document readers
 * a required tool: a missing one fails the test with its package named).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(ROOT, 'bin/opkit.js');

/** One fixed moment, so two runs of one profile give the same bytes. */
const ENV = { ...process.env, SOURCE_DATE_EPOCH: '1767225600', OPKIT_DEBUG: '' };

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function opkit(args: string[], cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: ENV });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Start `opkit` and return the process (for the kill and concurrency tests). */
export function opkitProcess(args: string[], cwd = ROOT): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Wait for a process to end; its output as text. */
export function finished(child: ChildProcess): Promise<Run & { signal: NodeJS.Signals | null }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }));
  });
}

function unshare(): string {
  const found = ['/usr/bin/unshare', '/bin/unshare'].find((p) => existsSync(p));
  if (!found) throw new Error('unshare is missing: install the Debian package util-linux');
  return found;
}

function shellQuote(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

/**
 * `opkit` as an ordinary user: for root, in a user namespace without capabilities (root's DAC
 * override is gone there), so a folder's mode bits bind.
 */
export function opkitUnprivileged(args: string[], cwd = ROOT): Run {
  // An ordinary user needs no namespace: the mode bits already bind.
  if (process.getuid?.() !== 0) return opkit(args, cwd);
  const r = spawnSync(unshare(), ['--user', process.execPath, BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: ENV });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * `opkit` with a fresh tmpfs mounted at `mountPoint`, private to the run: `size` bytes big, or
 * read-only. `prepare` runs first (e.g. copying an earlier pack in, before the remount read-only);
 * what the run leaves on the tmpfs is copied to `keep` before the mount goes away.
 */
export function opkitOnTmpfs(
  mountPoint: string,
  mount: { size?: number; readOnly?: boolean; prepare?: string; keep: string },
  args: string[],
): Run {
  const at = shellQuote(mountPoint);
  const script = [
    `mount -t tmpfs -o size=${mount.size ?? 64 * 1024 * 1024} opkit-test ${at} || exit 97`,
    mount.prepare ?? ':',
    mount.readOnly ? `mount -o remount,ro ${at} || exit 97` : ':',
    `${shellQuote(process.execPath)} ${shellQuote(BIN)} ${args.map(shellQuote).join(' ')}`,
    'code=$?',
    `cp -a ${at}/. ${shellQuote(mount.keep)}/`,
    'exit $code',
  ].join('\n');
  const r = spawnSync(unshare(), ['--user', '--map-root-user', '--mount', 'sh', '-c', script], {
    encoding: 'utf8',
    timeout: 120_000,
    env: ENV,
  });
  if (r.status === 97) throw new Error(`could not mount a tmpfs in a user namespace: ${r.stderr}`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Entries of a folder, hidden ones included, sorted. */
export function entries(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

export interface PackOnDisk {
  company: string;
  /** The files the manifest lists, with their bytes. */
  files: Map<string, Buffer>;
}

/** The pack in `dir` as its manifest describes it; null when there is no manifest. */
export function readPack(dir: string): PackOnDisk | null {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { company: string; files: string[] };
  const files = new Map<string, Buffer>();
  for (const name of manifest.files) {
    const full = path.join(dir, name);
    files.set(name, existsSync(full) && lstatSync(full).isFile() ? readFileSync(full) : Buffer.alloc(0));
  }
  files.set('manifest.json', readFileSync(manifestPath));
  return { company: manifest.company, files };
}

/** Every visible (not hidden) file of `dir` with its bytes. */
export function visibleFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of entries(dir)) {
    const full = path.join(dir, name);
    if (!name.startsWith('.') && lstatSync(full).isFile()) files.set(name, readFileSync(full));
  }
  return files;
}
