/** `opkit validate FILE...`: every problem of every file, with paths and Russian sentences. */
import path from 'node:path';
import { checkProfileText } from '../core/check.ts';
import { formatIssueLines } from '../core/issues-format.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { readChecked } from './read-input.ts';
import { readFirm } from './firm.ts';
import { problemLines } from './problem-lines.ts';
import { clientOverrides } from '../node/firm/client-overrides.ts';

export async function runValidate(argv: string[], io: Io): Promise<number> {
  const { positionals, values } = parseCommandArgs({ args: argv, allowPositionals: true, options: { firm: { type: 'string' } } });
  if (positionals.length === 0) throw new UsageError('укажите хотя бы один файл профиля');
  // With the firm, its own roles, KPIs and document types are valid names, and its file is checked too.
  const firm = typeof values.firm === 'string' ? await readFirm(io, values.firm) : undefined;
  if (firm === null) return EXIT.invalid;
  let invalid = false;
  for (const file of positionals) {
    let text = '';
    const checkText = (source: string, name: string) => {
      text = source;
      return checkProfileText(source, name, firm);
    };
    const check = await readChecked(io, file, checkText, (count) => `профиль содержит ошибки (${count})`);
    if (!check) {
      invalid = true;
      continue;
    }
    const own = await clientOverrides(text, path.resolve(io.cwd, file), firm);
    if (own.problems.length > 0) {
      io.err(`${file}: переопределения пунктов содержат ошибки (${own.problems.length}):\n${problemLines(io.cwd, own.problems)}\n`);
      invalid = true;
      continue;
    }
    const tail = check.warnings.length ? `, предупреждений: ${check.warnings.length}` : '';
    io.out(`${file}: профиль корректен${tail}\n${check.warnings.length ? formatIssueLines(check.warnings) + '\n' : ''}`);
  }
  return invalid ? EXIT.invalid : EXIT.ok;
}
