/** `opkit validate FILE...`: every problem of every file, with paths and Russian sentences. */
import path from 'node:path';
import { checkProfileText } from '../core/check.ts';
import { formatIssueLines } from '../core/issues-format.ts';
import { parseCommandArgs } from './main.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { readInput } from './read-input.ts';

export async function runValidate(argv: string[], io: Io): Promise<number> {
  const { positionals } = parseCommandArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals.length === 0) throw new UsageError('укажите хотя бы один файл профиля');
  let invalid = false;
  for (const file of positionals) {
    const input = await readInput(io.cwd, file);
    if (!input.ok) {
      io.err(`${file}: ${input.message}\n`);
      invalid = true;
      continue;
    }
    const check = checkProfileText(input.text, path.basename(file));
    if (!check.ok) {
      invalid = true;
      io.err(`${file}: профиль содержит ошибки (${check.errors.length}):\n${formatIssueLines([...check.errors, ...check.warnings])}\n`);
      continue;
    }
    const tail = check.warnings.length ? `, предупреждений: ${check.warnings.length}` : '';
    io.out(`${file}: профиль корректен${tail}\n${check.warnings.length ? formatIssueLines(check.warnings) + '\n' : ''}`);
  }
  return invalid ? EXIT.invalid : EXIT.ok;
}

