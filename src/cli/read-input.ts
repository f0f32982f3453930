/** Read an input file, turning file-system failures into Russian messages. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export type Input = { ok: true; text: string } | { ok: false; message: string };

export async function readInput(cwd: string, file: string): Promise<Input> {
  try {
    return { ok: true, text: await readFile(path.resolve(cwd, file), 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: 'файл не найден' };
    if (code === 'EISDIR') return { ok: false, message: 'это папка, а не файл' };
    if (code === 'EACCES') return { ok: false, message: 'нет прав на чтение файла' };
    return { ok: false, message: `не удалось прочитать файл (${code ?? 'ошибка'})` };
  }
}
