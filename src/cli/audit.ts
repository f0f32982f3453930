/**
 * `opkit audit ANSWERS --out DIR [--format pdf,docx]`: the express audit report for a consultant;
 * `opkit audit init [FILE]`: the example answers file with every question;
 * `opkit audit blank --out DIR`: the blank checklist to print.
 * Files are built in memory and written atomically, as `generate` writes packs.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { answersYaml, EXAMPLE_ANSWERS, loadAnswers, renderAuditFiles } from '../core/audit/index.ts';
import { buildBlankChecklist } from '../documents/audit-checklist/document.ts';
import { buildAuditReport } from '../documents/audit-report/document.ts';
import { formatIssueLines } from '../core/issues-format.ts';
import type { Format } from '../core/pack/formats.ts';
import { loadFontSet } from '../node/fonts.ts';
import { type OutFile, writeFilesAtomically } from '../node/write-atomic.ts';
import { parseCommandArgs, parseFormats } from './args.ts';
import { EXIT, UsageError, shownPath, type Io } from './io.ts';
import { checkOutDir, withOutputFolder, writeNamedFile } from './output.ts';
import { readChecked } from './read-input.ts';
import { fileTimestamp } from './timestamp.ts';

const DEFAULT_FORMATS: Format[] = ['pdf', 'docx'];
const DEFAULT_ANSWERS_FILE = 'opkit-audit.yaml';

/** Today in the consultant's own time zone, as the report's date when the answers have none. */
function todayIso(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function outputOptions(argv: string[]) {
  return parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' } },
  });
}

async function outDir(io: Io, out: string | boolean | undefined): Promise<string> {
  if (typeof out !== 'string' || out === '') throw new UsageError('укажите папку для документов: --out ПАПКА');
  const target = path.resolve(io.cwd, out);
  await checkOutDir(io, target);
  return target;
}

/** The audit's files replace same-named ones; nothing else in the folder is touched (no manifest). */
async function writeOut(io: Io, target: string, files: readonly OutFile[], protect: string[] = []): Promise<void> {
  await withOutputFolder(io, target, () => writeFilesAtomically(target, files, { protect }));
}

async function runReport(argv: string[], io: Io): Promise<number> {
  const { positionals, values } = outputOptions(argv);
  if (positionals.length !== 1) throw new UsageError('укажите один файл ответов');
  const file = positionals[0] ?? '';
  const target = await outDir(io, values.out);
  const formats = typeof values.format === 'string' ? parseFormats(values.format) : DEFAULT_FORMATS;
  const loaded = await readChecked(
    io,
    file,
    (text, name) => loadAnswers(text, name),
    () => 'файл ответов содержит ошибки, отчёт не сформирован',
  );
  if (!loaded) return EXIT.invalid;
  const { model, score } = buildAuditReport(loaded.audit, { today: todayIso() });
  const fonts = formats.includes('pdf') ? await loadFontSet('Times New Roman') : null;
  const files = await renderAuditFiles([model], { formats, fonts, timestamp: fileTimestamp(loaded.audit.date) });
  await writeOut(io, target, files, [path.resolve(io.cwd, file)]);
  const result =
    score.overall.percent === null || score.level === null
      ? 'общий результат не определён: недостаточно ответов'
      : `общий результат ${score.overall.percent} % (${score.level.title})${score.capped && score.raw !== null ? `, ограничен с ${score.raw} %: не хватает основы системы` : ''}`;
  io.out(`${file} → ${shownPath(io, target)}: ${result}; файлы: ${files.map((f) => f.path).join(', ')}\n`);
  if (loaded.warnings.length) io.out(`${formatIssueLines(loaded.warnings)}\n`);
  return EXIT.ok;
}

async function runBlank(argv: string[], io: Io): Promise<number> {
  const { positionals, values } = outputOptions(argv);
  if (positionals.length > 0) throw new UsageError('audit blank не принимает файлов');
  const target = await outDir(io, values.out);
  const formats = typeof values.format === 'string' ? parseFormats(values.format) : DEFAULT_FORMATS;
  const model = buildBlankChecklist();
  const fonts = formats.includes('pdf') ? await loadFontSet('Times New Roman') : null;
  const files = await renderAuditFiles([model], { formats, fonts, timestamp: fileTimestamp(null) });
  await writeOut(io, target, files);
  io.out(`Чек-лист для печати → ${shownPath(io, target)}: ${files.map((f) => f.path).join(', ')}\n`);
  return EXIT.ok;
}

async function runInit(argv: string[], io: Io): Promise<number> {
  const { positionals, values } = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: { force: { type: 'boolean', short: 'f' } },
  });
  if (positionals.length > 1) throw new UsageError('audit init принимает один файл');
  const file = path.resolve(io.cwd, positionals[0] ?? DEFAULT_ANSWERS_FILE);
  const name = path.relative(io.cwd, file) || file;
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists && !values.force) {
    io.err(`opkit: файл ${name} уже существует; добавьте --force, чтобы перезаписать\n`);
    return EXIT.invalid;
  }
  await writeNamedFile(io, file, answersYaml(EXAMPLE_ANSWERS));
  io.out(`Записан пример файла ответов аудита: ${name}\nЗамените ответы своими и запустите: opkit audit ${name} --out audit\n`);
  return EXIT.ok;
}

export async function runAudit(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === 'init') return runInit(rest, io);
  if (first === 'blank') return runBlank(rest, io);
  return runReport(argv, io);
}
