/**
 * The bytes of an input file to text, or a Russian reason why they are not a text file opkit
 * reads. The CLI and the wizard's import use it, so both accept the same files: UTF-8 (with or
 * without a byte-order mark) and UTF-16 with its mark, which Windows editors write as «Юникод».
 */
import { FILE_LIMIT_TEXT, grouped, LIMITS } from './limits.ts';

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

export const DECODE_CODES = { tooBig: 'file-too-big', notText: 'file-not-text' } as const;

/** The size check alone, for callers that know the size before reading (a File, a stat). */
export function sizeProblem(bytes: number): string | null {
  if (bytes <= LIMITS.fileBytes) return null;
  return `файл слишком большой (${grouped(bytes)} байт): профиль и файл ответов — не больше ${FILE_LIMIT_TEXT}`;
}

export function decodeInput(bytes: Uint8Array): Decoded {
  const big = sizeProblem(bytes.length);
  if (big !== null) return { ok: false, message: big };
  const encoding = byteOrder(bytes);
  if (encoding !== 'utf-8') return { ok: true, text: new TextDecoder(encoding).decode(bytes) };
  if (bytes.includes(0)) {
    return { ok: false, message: 'файл не текстовый (в нём нулевые байты): профиль — это текст YAML или JSON' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message: 'файл не в кодировке UTF-8 (возможно, Windows-1251): сохраните его в UTF-8, например «Сохранить как… → UTF-8» в Блокноте',
    };
  }
}

/** UTF-16 by its byte-order mark, or by the zero byte beside each ASCII character when the mark is missing. */
function byteOrder(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length >= 4 && bytes.length % 2 === 0) {
    if (bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
    if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
  }
  return 'utf-8';
}
