/** `opkit validate FILE...`: every problem of every file, with paths and Russian sentences. */
import { checkProfileText } from '../core/check.ts';
import { formatIssueLines } from '../core/issues-format.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { readChecked } from './read-input.ts';

export async function runValidate(argv: string[], io: Io): Promise<number> {
  const { positionals } = parseCommandArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals.length === 0) throw new UsageError('укажите хотя бы один файл профиля');
  let invalid = false;
  for (const file of positionals) {
    const check = await readChecked(io, file, checkProfileText, (count) => `профиль содержит ошибки (${count})`);
    if (!check) {
      invalid = true;
      continue;
    }
    const tail = check.warnings.length ? `, предупреждений: ${check.warnings.length}` : '';
    io.out(`${file}: профиль корректен${tail}\n${check.warnings.length ? formatIssueLines(check.warnings) + '\n' : ''}`);
  }
  return invalid ? EXIT.invalid : EXIT.ok;
}
