/**
 * `opkit generate FILE... --out DIR [--format docx,pdf,html] [--zip]`. One profile writes into
 * DIR; several write one folder each inside DIR (folder-names.ts), and a bad profile is reported
 * without stopping the others. Every pack is built in memory and replaces the earlier pack in its
 * folder as a whole, one run at a time per DIR (generate-packs.ts, output.ts, docs/reliability.md).
 *
 * This module stays light: it starts the render worker before the engine's modules load, so
 * the worker loads its own at the same time.
 */
import path from 'node:path';
import { startRenderWorker } from '../node/render-worker-client.ts';
import { parseCommandArgs, parseFormats } from './args.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { readFirm } from './firm.ts';

export async function runGenerate(argv: string[], io: Io): Promise<number> {
  const { positionals, values } = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      zip: { type: 'boolean' },
      firm: { type: 'string' },
    },
  });
  if (values.firm === '') throw new UsageError('укажите папку фирмы: --firm ПАПКА');
  if (positionals.length === 0) throw new UsageError('укажите файл профиля');
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('укажите папку для документов: --out ПАПКА');
  const out = typeof values.out === 'string' ? values.out : '';
  const formats = parseFormats(typeof values.format === 'string' ? values.format : undefined);
  const outRoot = path.resolve(io.cwd, out);
  // The firm's folder is checked whole before any client's pack is built.
  const firm = typeof values.firm === 'string' ? await readFirm(io, values.firm) : undefined;
  if (firm === null) return EXIT.invalid;
  // Beside another format the PDFs render on a worker thread (which also takes DOCX files once
  // it is done with them); it starts loading now.
  const worker = formats.includes('pdf') && formats.length > 1 ? startRenderWorker() : null;
  try {
    const { generatePacks } = await import('./generate-packs.ts');
    return await generatePacks(positionals, { formats, outRoot, zip: values.zip === true, worker, firm }, io);
  } finally {
    await worker?.close();
  }
}
