/** The work of `opkit generate` once its options are read: check, build, render, write (see generate.ts). */
import path from 'node:path';
import { checkProfileText } from '../core/check.ts';
import { findingIssue, isConsistencyError } from '../core/consistency/index.ts';
import { formatIssueLines } from '../core/issues-format.ts';
import { generatePack } from '../core/pack/generate.ts';
import type { Format } from '../core/pack/formats.ts';
import { loadFontSet } from '../node/fonts.ts';
import type { RenderWorker } from '../node/render-worker-client.ts';
import { workerPackOptions } from '../node/worker-pack-options.ts';
import { writeFilesAtomically } from '../node/write-atomic.ts';
import { EXIT, type Io } from './io.ts';
import { readChecked } from './read-input.ts';
import { fileTimestamp } from './timestamp.ts';

function folderNames(files: string[]): string[] {
  const used = new Map<string, number>();
  return files.map((file) => {
    const base = path.basename(file).replace(/\.(ya?ml|json)$/i, '') || 'profile';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

export interface GenerateRun {
  formats: Format[];
  outRoot: string;
  zip: boolean;
  worker: RenderWorker | null;
}

export async function generatePacks(positionals: string[], run: GenerateRun, io: Io): Promise<number> {
  const { formats, outRoot, worker } = run;
  const subfolders = positionals.length > 1 ? folderNames(positionals) : null;
  let invalid = false;

  for (const [index, file] of positionals.entries()) {
    const check = await readChecked(io, file, checkProfileText, () => 'профиль содержит ошибки, документы не сформированы');
    if (!check) {
      invalid = true;
      continue;
    }
    worker?.prepare(check.profile.documents.font);
    const fonts = formats.includes('pdf') && !worker ? await loadFontSet(check.profile.documents.font) : null;
    let pack: Awaited<ReturnType<typeof generatePack>>;
    try {
      pack = await generatePack(check.profile, check.warnings, {
        formats,
        fonts,
        zip: run.zip,
        timestamp: fileTimestamp(check.profile.documents.approvalDate),
        ...(await workerPackOptions(worker, formats)),
      });
    } catch (error) {
      // The documents contradict each other: name every document and clause, write nothing.
      if (!isConsistencyError(error)) throw error;
      io.err(`${file}: документы противоречат друг другу, пакет не сформирован:\n${formatIssueLines(error.findings.map(findingIssue))}\n`);
      invalid = true;
      continue;
    }
    const target = subfolders ? path.join(outRoot, subfolders[index] as string) : outRoot;
    await writeFilesAtomically(target, pack.files);
    const relative = path.relative(io.cwd, target);
    const shown = relative === '' ? '.' : relative.startsWith('..') ? target : relative;
    io.out(`${file} → ${shown}: документов ${pack.manifest.documents.length}, файлов ${pack.files.length}\n`);
    const warnings = [...check.warnings, ...pack.findings.map(findingIssue)];
    if (warnings.length) io.out(`${formatIssueLines(warnings)}\n`);
  }
  return invalid ? EXIT.invalid : EXIT.ok;
}
