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
import { problemLines } from './firm.ts';
import { isOverrideError } from '../core/firm/overrides.ts';
import { clientOverrides } from '../node/firm/client-overrides.ts';
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
  /** The consulting firm's folder (`--firm`), already checked. */
  firm?: Firm | undefined;
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
    let text = '';
    const checkText = (source: string, name: string) => {
      text = source;
      return checkProfileText(source, name, run.firm);
    };
    const check = await readChecked(io, file, checkText, () => 'профиль содержит ошибки, документы не сформированы');
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
    // The client's own overrides: their syntax and targets, with the profile's lines.
    const own = await clientOverrides(text, path.resolve(io.cwd, file), run.firm);
    if (own.problems.length > 0) {
      io.err(`${file}: переопределения пунктов содержат ошибки, пакет не сформирован:\n${problemLines(io, own.problems)}\n`);
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
        clientLogo: logo.image,
        ...(await workerPackOptions(worker, formats)),
        ...(run.firm ? { firm: run.firm } : {}),
        clientOverrides: own.overrides,
      });
    } catch (error) {
      // An override that does not fit this client (a missing field, a clause it lacks): write nothing for it.
      if (isOverrideError(error)) {
        io.err(`${file}: переопределения пунктов не применены, пакет не сформирован:\n${problemLines(io, error.problems)}\n`);
        invalid = true;
        continue;
      }
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
