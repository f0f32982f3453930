/** Read an input file, turning file-system failures into Russian messages; read and check it. */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { decodeInput, sizeProblem } from '../core/input/decode.ts';
import { LIMITS } from '../core/input/limits.ts';
import { formatIssueLines } from '../core/issues-format.ts';
import type { Issue } from '../core/profile/issues.ts';
import type { Io } from './io.ts';

/** The file's text, and its bytes as read (the manifest records their hash). */
export type Input = { ok: true; text: string; bytes: Uint8Array } | { ok: false; message: string };

export async function readInput(cwd: string, file: string): Promise<Input> {
  try {
    const bytes = await readLimited(path.resolve(cwd, file));
    if (bytes.over !== null) return { ok: false, message: sizeProblem(bytes.over) ?? 'файл слишком большой' };
    const decoded = decodeInput(bytes.data);
    return decoded.ok ? { ...decoded, bytes: bytes.data } : decoded;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: 'файл не найден' };
    if (code === 'EISDIR') return { ok: false, message: 'это папка, а не файл' };
    if (code === 'EACCES') return { ok: false, message: 'нет прав на чтение файла' };
    return { ok: false, message: `не удалось прочитать файл (${code ?? 'ошибка'})` };
  }
}

/**
 * The file's bytes, reading no more than the limit allows: a file over it (or an endless
 * device such as /dev/zero) is refused before it is parsed or even held in memory.
 */
async function readLimited(file: string): Promise<{ data: Uint8Array; over: number | null }> {
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.isFile() && info.size > LIMITS.fileBytes) return { data: new Uint8Array(0), over: info.size };
    const buffer = Buffer.alloc(LIMITS.fileBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > LIMITS.fileBytes) return { data: new Uint8Array(0), over: length };
    return { data: buffer.subarray(0, length), over: null };
  } finally {
    await handle.close();
  }
}

/** What the loaders return: a value, or every error (and warning) found. */
type Checked<T> = ({ ok: true } & T) | { ok: false; errors: readonly Issue[]; warnings: readonly Issue[] };

/**
 * Reads `file` and runs `check` on its text. On a file-system failure or invalid content it prints
 * `file: message` (with every issue, under `refused(errors)`) to stderr and returns null, so each
 * command words only what it did not do.
 */
export async function readChecked<T>(
  io: Io,
  file: string,
  check: (text: string, fileName: string) => Checked<T>,
  refused: (errorCount: number) => string,
): Promise<({ ok: true } & T) | null> {
  const input = await readInput(io.cwd, file);
  if (!input.ok) {
    io.err(`${file}: ${input.message}\n`);
    return null;
  }
  const result = check(input.text, path.basename(file));
  if (!result.ok) {
    io.err(`${file}: ${refused(result.errors.length)}:\n${formatIssueLines([...result.errors, ...result.warnings])}\n`);
    return null;
  }
  return result;
}
