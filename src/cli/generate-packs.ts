/**
 * The work of `opkit generate` once its options are read (see generate.ts): one profile is built
 * here with the render worker; several are built in parallel on worker threads (batch.ts), each
 * written as soon as it is built, with a progress line on a terminal and a table per client at
 * the end. A bad profile is reported and the others go on; the exit code is 1 if any failed.
 */
import path from 'node:path';
import type { PackFile } from '../core/pack/generate.ts';
import type { RenderWorker } from '../node/render-worker-client.ts';
import { writeFilesAtomically } from '../node/write-atomic.ts';
import { runBatch, type BatchResult } from './batch.ts';
import { buildPack, type PackJob } from './build-pack.ts';
import { packFolderNames } from './folder-names.ts';
import { EXIT, shownPath, type Io } from './io.ts';
import { checkOutDir, outputFailureMessage, withOutputFolder, withPackLock } from './output.ts';

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
  /** What every profile's build shares (formats, names, version, firm); the file is each profile's. */
  job: Omit<PackJob, 'file' | 'cwd'>;
  outRoot: string;
  /** The render worker of a single profile's run. */
  worker: RenderWorker | null;
  /** Profiles built at once in a batch. */
  threads: number;
}

export async function generatePacks(positionals: string[], run: GenerateRun, io: Io): Promise<number> {
  await checkOutDir(io, run.outRoot);
  const folders = packFolders(run.outRoot, positionals);
  const inputs = positionals.map((file) => path.resolve(io.cwd, file));
  const write = (target: string, files: readonly PackFile[]): Promise<void> => {
    const commit = (): Promise<void> => writeFilesAtomically(target, files, { manifest: 'manifest.json', protect: inputs });
    return target === run.outRoot ? commit() : withPackLock(io, target, commit);
  };
  const jobs = positionals.map((file): PackJob => ({ ...run.job, file, cwd: io.cwd }));
  return withOutputFolder(
    io,
    run.outRoot,
    () =>
      jobs.length === 1
        ? generateOne(jobs[0] as PackJob, folders[0] as string, run, write, io)
        : generateBatch(jobs, folders, run, write, io),
    folders,
  );
}

type Writer = (target: string, files: readonly PackFile[]) => Promise<void>;

/** Write one built pack; a failure to write (no rights, no space, a folder in the way) is a message, not a stop. */
async function writePack(io: Io, write: Writer, target: string, file: string, files: readonly PackFile[]): Promise<string | null> {
  try {
    await write(target, files);
    return null;
  } catch (error) {
    const message = outputFailureMessage(io, error, target);
    if (message === null) throw error;
    return `${file}: пакет не записан: ${message}\n`;
  }
}

function builtLine(io: Io, file: string, target: string, documents: number, files: number): string {
  return `${file} → ${shownPath(io, target)}: документов ${documents}, файлов ${files}\n`;
}

async function generateOne(job: PackJob, target: string, run: GenerateRun, write: Writer, io: Io): Promise<number> {
  const build = await buildPack(job, run.worker);
  if (!build.ok) {
    io.err(build.message);
    return EXIT.invalid;
  }
  const failed = await writePack(io, write, target, job.file, build.files);
  if (failed) {
    io.err(failed);
    return EXIT.invalid;
  }
  io.out(builtLine(io, job.file, target, build.documents, build.files.length) + build.notes);
  return EXIT.ok;
}

/** One client's line of the final table. */
interface Row {
  file: string;
  company: string;
  documents: string;
  warnings: number;
  errors: number;
  seconds: string;
  ok: boolean;
}

async function generateBatch(
  jobs: readonly PackJob[],
  folders: readonly string[],
  run: GenerateRun,
  write: Writer,
  io: Io,
): Promise<number> {
  const rows = new Map<string, Row>();
  const building = new Set<string>();
  const crashes: Array<Extract<BatchResult, { type: 'crashed' }>> = [];
  const draw = (): void => {
    if (!io.progress) return;
    const done = rows.size;
    const width = 20;
    const filled = Math.round((done / jobs.length) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    io.progress(`[${bar}] ${done}/${jobs.length}${building.size ? `  собирается: ${[...building].join(', ')}` : ''}`);
  };
  draw();
  await runBatch(jobs, run.threads, {
    started: (job) => {
      building.add(job.file);
      draw();
    },
    finished: async (result) => {
      const file = result.type === 'built' ? result.build.file : result.file;
      const index = jobs.findIndex((j) => j.file === file);
      const target = folders[index] as string;
      let row: Row;
      if (result.type === 'crashed') {
        crashes.push(result);
        io.err(`${file}: внутренняя ошибка при сборке: ${result.message}\n`);
        row = { file, company: '', documents: '—', warnings: 0, errors: 1, seconds: '—', ok: false };
      } else {
        const { build } = result;
        const seconds = (build.ms / 1000).toFixed(1);
        const base = { file, company: build.company ?? '', warnings: build.warnings, seconds };
        if (!build.ok) {
          io.err(build.message);
          row = { ...base, documents: '—', errors: build.errors, ok: false };
        } else {
          const failed = await writePack(io, write, target, file, build.files);
          if (failed) io.err(failed);
          else io.out(builtLine(io, file, target, build.documents, build.files.length) + build.notes);
          row = { ...base, documents: failed ? '—' : String(build.documents), errors: failed ? 1 : 0, ok: failed === null };
        }
      }
      building.delete(file);
      rows.set(file, row);
      draw();
    },
  });
  io.progress?.(null);
  const ordered = jobs.map((j) => rows.get(j.file)).filter((r): r is Row => r !== undefined);
  io.out(`\n${table(ordered)}`);
  const failed = ordered.filter((r) => !r.ok).length;
  io.out(
    failed
      ? `Собрано пакетов: ${ordered.length - failed} из ${ordered.length}; с ошибками: ${failed}\n`
      : `Собрано пакетов: ${ordered.length}\n`,
  );
  // A bug while building one profile: the others are written; then it is reported as opkit's own failure (exit 3).
  const crash = crashes[0];
  if (crash) throw Object.assign(new Error(`${crash.file}: ${crash.message}`), { stack: crash.stack });
  return failed ? EXIT.invalid : EXIT.ok;
}

/** The batch's summary, one line per client in the order given. */
function table(rows: readonly Row[]): string {
  const head = ['Профиль', 'Компания', 'Документов', 'Предупреждений', 'Ошибок', 'Время, с'];
  const body = rows.map((r) => [r.file, r.company, r.documents, String(r.warnings), String(r.errors), r.seconds.replace('.', ',')]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  // Text columns to the left, figures to the right.
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n')}\n`;
}
