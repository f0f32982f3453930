/**
 * `opkit generate FILE... --out DIR [--format docx,pdf,html] [--zip] [--ascii-names] [--jobs N]`.
 * One profile writes into DIR; several write one folder each inside DIR (folder-names.ts), built
 * in parallel, and a bad profile is reported without stopping the others. Every pack is built in
 * memory and replaces the earlier pack in its folder as a whole, one run at a time per DIR
 * (generate-packs.ts, output.ts, docs/reliability.md).
 *
 * This module stays light: it starts the render worker before the engine's modules load, so
 * the worker loads its own at the same time.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { startRenderWorker } from '../node/render-worker-client.ts';
import { OPKIT_VERSION } from '../node/version.ts';
import { parseCommandArgs, parseFormats } from './args.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { readFirm } from './firm.ts';
import { fileTimestamp } from './timestamp.ts';

function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs: укажите целое число от 1 до 64, указано «${value}»`);
  return n;
}

export async function runGenerate(argv: string[], io: Io): Promise<number> {
  const { positionals, values } = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      zip: { type: 'boolean' },
      'ascii-names': { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      firm: { type: 'string' },
    },
  });
  if (values.firm === '') throw new UsageError('укажите папку фирмы: --firm ПАПКА');
  if (positionals.length === 0) throw new UsageError('укажите файл профиля');
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('укажите папку для документов: --out ПАПКА');
  const formats = parseFormats(typeof values.format === 'string' ? values.format : undefined);
  const threads = parseJobs(typeof values.jobs === 'string' ? values.jobs : undefined);
  // A malformed SOURCE_DATE_EPOCH is wrong usage: said here once, not by every thread of a batch.
  fileTimestamp(null);
  const outRoot = path.resolve(io.cwd, values.out);
  // The firm's folder is checked whole before any client's pack is built; each build (a batch's
  // threads too) then reads it again from the folder, since its compiled overrides cannot be sent.
  const firm = typeof values.firm === 'string' ? await readFirm(io, values.firm) : undefined;
  if (firm === null) return EXIT.invalid;
  // One profile: beside another format its PDFs render on a worker thread (which also takes DOCX
  // files once it is done with them); it starts loading now. A batch builds each pack on a thread of its own.
  const worker = positionals.length === 1 && formats.includes('pdf') && formats.length > 1 ? startRenderWorker() : null;
  try {
    const { generatePacks } = await import('./generate-packs.ts');
    const job = {
      formats,
      zip: values.zip === true,
      names: values['ascii-names'] === true ? ('ascii' as const) : ('ru' as const),
      version: OPKIT_VERSION,
      firmDir: firm ? firm.dir : null,
    };
    return await generatePacks(positionals, { job, outRoot, worker, threads }, io);
  } finally {
    await worker?.close();
  }
}
