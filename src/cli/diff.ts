/**
 * `opkit diff OLD NEW --out DIR`: what changes in a client's pack between two versions of the
 * profile. Both packs are built as document models (no rendering), compared document by document
 * and clause by clause (src/core/diff), and written: index.html, a redline per changed document
 * and changelog.txt, the line for a letter, which is also printed.
 */
import path from 'node:path';
import { checkProfileText } from '../core/check.ts';
import { diffPacks } from '../core/diff/pack-diff.ts';
import { changeLog, indexHtml, redlineHtml, type DiffSources } from '../core/diff/report.ts';
import { safeFileName, uniqueNames } from '../core/pack/file-names.ts';
import { buildPackModels } from '../core/pack/generate.ts';
import { writeFilesAtomically, type OutFile } from '../node/write-atomic.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT, UsageError, shownPath, type Io } from './io.ts';
import { checkOutDir, withOutputFolder } from './output.ts';
import { readChecked } from './read-input.ts';

export async function runDiff(argv: string[], io: Io): Promise<number> {
  const { positionals, values } = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' } },
  });
  if (positionals.length !== 2) throw new UsageError('укажите два файла профиля: прежний и новый');
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('укажите папку для сравнения: --out ПАПКА');
  const [beforeFile, afterFile] = positionals as [string, string];
  const target = path.resolve(io.cwd, values.out);
  await checkOutDir(io, target);
  const refused = (): string => 'профиль содержит ошибки, сравнение не выполнено';
  const before = await readChecked(io, beforeFile, checkProfileText, refused);
  const after = await readChecked(io, afterFile, checkProfileText, refused);
  if (!before || !after) return EXIT.invalid;
  const [oldModels, newModels] = await Promise.all([
    buildPackModels(before.profile, { warnings: before.warnings }),
    buildPackModels(after.profile, { warnings: after.warnings }),
  ]);
  const diff = diffPacks(oldModels, newModels);
  const sources: DiffSources = { company: after.profile.company.name, before: beforeFile, after: afterFile };
  // Numbered like the pack's files, so the redlines sort in the documents' order.
  const width = Math.max(2, String(diff.documents.length).length);
  const names = uniqueNames(
    diff.documents.map((d, i) => safeFileName(`${String(i + 1).padStart(width, '0')} ${d.title} — правка`, 'html')),
  );
  const links = new Map(diff.documents.map((d, i) => [d.id, names[i] ?? `${d.id}.html`]));
  const log = changeLog(diff, sources.company);
  const files: OutFile[] = [
    { path: 'index.html', bytes: indexHtml(diff, sources, links) },
    ...diff.documents.map((d) => ({ path: links.get(d.id) ?? `${d.id}.html`, bytes: redlineHtml(d, sources) })),
    { path: 'changelog.txt', bytes: `${log}\n` },
    { path: 'diff.json', bytes: `${JSON.stringify(diff, null, 2)}\n` },
  ];
  const inputs = [beforeFile, afterFile].map((f) => path.resolve(io.cwd, f));
  // The manifest names this comparison's files: a later diff into the folder removes the redlines it no longer has.
  const manifest = { generator: 'opkit diff', files: files.map((f) => f.path) };
  files.push({ path: 'diff-manifest.json', bytes: `${JSON.stringify(manifest, null, 2)}\n` });
  await withOutputFolder(io, target, () => writeFilesAtomically(target, files, { manifest: 'diff-manifest.json', protect: inputs }));
  io.out(`${log}\n`);
  for (const d of diff.documents) {
    io.out(`  ${d.title} (${d.id}): ${d.segments.map((s) => s.id).join(', ')}\n`);
  }
  io.out(`Сравнение → ${shownPath(io, target)}: index.html, правок документов: ${diff.documents.length}, changelog.txt\n`);
  return EXIT.ok;
}
