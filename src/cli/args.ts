/** Reading the command line: options shared by the commands, with node's parse errors as usage errors in Russian. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FORMATS, type Format } from '../core/pack/formats.ts';
import { UsageError } from './io.ts';

type ParsedResults<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** Parse options shared by the commands, turning node's parse errors into usage errors. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ParsedResults<T> {
  try {
    return parseArgs(config);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(translateParseError(message));
  }
}

function translateParseError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `неизвестный параметр ${unknown[1]}`;
  const missing = /Option '([^']+)' argument missing/.exec(message);
  if (missing) return `параметру ${(missing[1] ?? '').split(',')[0]} нужно значение`;
  return message;
}

/** `--format docx,pdf`: the formats asked for, each once; all three when none is given. */
export function parseFormats(value: string | undefined): Format[] {
  if (value === undefined) return [...FORMATS];
  const list = value
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length || list.length === 0) {
    throw new UsageError(`неизвестный формат ${unknown.join(', ') || '(пусто)'}; допустимы: ${FORMATS.join(', ')}`);
  }
  return [...new Set(list)] as Format[];
}
