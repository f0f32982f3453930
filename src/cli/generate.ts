/**
 * `opkit generate FILE... --out DIR [--format docx,pdf,html] [--zip]`. One profile writes into
 * DIR; several write one subfolder each, and a bad profile is reported without stopping the
 * others. Every pack is built in memory and written atomically.
 */
import path from 'node:path';
import { checkProfileText } from '../core/check.ts';
import { formatIssueLines } from '../core/issues-format.ts';
import { generatePack } from '../core/pack/generate.ts';
import { FORMATS, type Format } from '../core/pack/formats.ts';
import { loadFontSet } from '../node/fonts.ts';
import { loadTemplates } from '../node/templates.ts';
import { writeFilesAtomically } from '../node/write-atomic.ts';
import { parseCommandArgs } from './main.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { readInput } from './read-input.ts';

function parseFormats(value: string | undefined): Format[] {
  if (value === undefined) return [...FORMATS];
  const list = value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length || list.length === 0) {
    throw new UsageError(`неизвестный формат ${unknown.join(', ') || '(пусто)'}; допустимы: ${FORMATS.join(', ')}`);
  }
  return [...new Set(list)] as Format[];
}

function folderNames(files: string[]): string[] {
  const used = new Map<string, number>();
  return files.map((file) => {
    const base = path.basename(file).replace(/\.(ya?ml|json)$/i, '') || 'profile';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

export async function runGenerate(argv: string[], io: Io): Promise<number> {
  const { positionals, values } = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' }, zip: { type: 'boolean' } },
  });
  if (positionals.length === 0) throw new UsageError('укажите файл профиля');
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('укажите папку для документов: --out ПАПКА');
  const out = typeof values.out === 'string' ? values.out : '';
  const formats = parseFormats(typeof values.format === 'string' ? values.format : undefined);
  const outRoot = path.resolve(io.cwd, out);
  const templates = await loadTemplates();
  const subfolders = positionals.length > 1 ? folderNames(positionals) : null;
  let invalid = false;

  for (const [index, file] of positionals.entries()) {
    const input = await readInput(io.cwd, file);
    if (!input.ok) {
      io.err(`${file}: ${input.message}\n`);
      invalid = true;
      continue;
    }
    const check = checkProfileText(input.text, path.basename(file));
    if (!check.ok) {
      invalid = true;
      io.err(`${file}: профиль содержит ошибки, документы не сформированы:\n${formatIssueLines([...check.errors, ...check.warnings])}\n`);
      continue;
    }
    const fonts = formats.includes('pdf') ? await loadFontSet(check.profile.documents.font) : null;
    const pack = await generatePack(check.profile, check.warnings, { formats, templates, fonts, zip: values.zip === true });
    const target = subfolders ? path.join(outRoot, subfolders[index] as string) : outRoot;
    await writeFilesAtomically(target, pack.files);
    const relative = path.relative(io.cwd, target);
    const shown = relative === '' ? '.' : relative.startsWith('..') ? target : relative;
    io.out(`${file} → ${shown}: документов ${pack.manifest.documents.length}, файлов ${pack.files.length}\n`);
    if (check.warnings.length) io.out(`${formatIssueLines(check.warnings)}\n`);
  }
  return invalid ? EXIT.invalid : EXIT.ok;
}
