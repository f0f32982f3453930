/** The work of `opkit generate` once its options are read: check, build, render, write (see generate.ts). */
import path from 'node:path';
import { checkProfileText } from '../core/check.ts';
import { findingIssue, isConsistencyError } from '../core/consistency/index.ts';
import { formatIssueLines } from '../core/issues-format.ts';
import { generatePack } from '../core/pack/generate.ts';
import type { Format } from '../core/pack/formats.ts';
import { loadFontSet } from '../node/fonts.ts';
import { readClientLogo } from '../node/firm/client-logo.ts';
import { packFontFamily } from '../core/firm/apply.ts';
import type { Firm } from '../core/firm/firm.ts';
import type { RenderWorker } from '../node/render-worker-client.ts';
import { workerPackOptions } from '../node/worker-pack-options.ts';
import { writeFilesAtomically } from '../node/write-atomic.ts';
import { packFolderNames } from './folder-names.ts';
import { EXIT, shownPath, type Io } from './io.ts';
import { checkOutDir, outputFailureMessage, withOutputFolder, withPackLock } from './output.ts';
import { readChecked } from './read-input.ts';
import { fileTimestamp } from './timestamp.ts';

/** Where each profile's pack goes: --out itself for one profile, a folder of its own inside --out for several. */
function packFolders(outRoot: string, files: readonly string[]): string[] {
  if (files.length === 1) return [outRoot];
  return packFolderNames(files).map((name) => {
    const folder = path.join(outRoot, name);
    // packFolderNames makes plain names; a pack outside --out would be a bug, never written.
    if (path.dirname(folder) !== outRoot) throw new Error(`pack folder outside --out: ${folder}`);
    return folder;
  });
}

export interface GenerateRun {
  formats: Format[];
  outRoot: string;
  zip: boolean;
  worker: RenderWorker | null;
  /** `--firm DIR`, read and checked. */
  firm?: Firm;
}

export async function generatePacks(positionals: string[], run: GenerateRun, io: Io): Promise<number> {
  await checkOutDir(io, run.outRoot);
  const folders = packFolders(run.outRoot, positionals);
  return withOutputFolder(io, run.outRoot, () => generateInto(positionals, folders, run, io), folders);
}

async function generateInto(positionals: string[], folders: readonly string[], run: GenerateRun, io: Io): Promise<number> {
  const { formats, worker } = run;
  const inputs = positionals.map((file) => path.resolve(io.cwd, file));
  let invalid = false;

  for (const [index, file] of positionals.entries()) {
    const check = await readChecked(io, file, checkProfileText, () => 'профиль содержит ошибки, документы не сформированы');
    if (!check) {
      invalid = true;
      continue;
    }
    const logo = await readClientLogo(path.resolve(io.cwd, file), check.profile.company.logo);
    if (!logo.ok) {
      io.err(`${file}: логотип не подходит, документы не сформированы:\n  ошибка: company.logo: ${logo.message}\n`);
      invalid = true;
      continue;
    }
    const family = packFontFamily(check.profile.documents.font, run.firm?.brand);
    worker?.prepare(family);
    const fonts = formats.includes('pdf') && !worker ? await loadFontSet(family) : null;
    let pack: Awaited<ReturnType<typeof generatePack>>;
    try {
      pack = await generatePack(check.profile, check.warnings, {
        formats,
        fonts,
        zip: run.zip,
        timestamp: fileTimestamp(check.profile.documents.approvalDate),
        firm: run.firm,
        clientLogo: logo.image,
        ...(await workerPackOptions(worker, formats)),
      });
    } catch (error) {
      // The documents contradict each other: name every document and clause, write nothing.
      if (!isConsistencyError(error)) throw error;
      io.err(`${file}: документы противоречат друг другу, пакет не сформирован:\n${formatIssueLines(error.findings.map(findingIssue))}\n`);
      invalid = true;
      continue;
    }
    const target = folders[index] as string;
    try {
      const write = (): Promise<void> => writeFilesAtomically(target, pack.files, { manifest: 'manifest.json', protect: inputs });
      await (target === run.outRoot ? write() : withPackLock(io, target, write));
    } catch (error) {
      // No rights, no space, a folder in the way: this pack is not written, the others go on.
      const message = outputFailureMessage(io, error, target);
      if (message === null) throw error;
      io.err(`${file}: пакет не записан: ${message}\n`);
      invalid = true;
      continue;
    }
    io.out(`${file} → ${shownPath(io, target)}: документов ${pack.manifest.documents.length}, файлов ${pack.files.length}\n`);
    const warnings = [...check.warnings, ...pack.findings.map(findingIssue)];
    if (warnings.length) io.out(`${formatIssueLines(warnings)}\n`);
  }
  return invalid ? EXIT.invalid : EXIT.ok;
}
