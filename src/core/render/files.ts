/**
 * Document models → files `<id>.<format>` in the requested formats: the one format dispatch of
 * the engine, used by the pack (generate.ts) and by the audit's documents. Pure: fonts and
 * renderers working elsewhere (a worker thread) are passed in.
 */
import type { DocumentModel } from '../model/types.ts';
import type { Deflater } from './deflate.ts';
import type { FontSet } from './fonts.ts';
import type { Theme } from './theme.ts';
import type { Format } from '../pack/formats.ts';

/** One file of a pack. */
export interface PackFile {
  path: string;
  bytes: Uint8Array | string;
}

/** Renders a document in one format; `timestamp` is stamped into the file where the format has a date. */
export interface FileRenderer {
  render(model: DocumentModel, theme: Theme, timestamp: Date): Promise<Uint8Array | string>;
}

export type Renderers = Partial<Record<Format, FileRenderer>>;

export interface LoadRenderersOptions {
  /** Needed when PDF is asked for and no PDF renderer is given. */
  fonts: FontSet | null;
  /** Compression of DOCX parts; fflate unless given (Node passes native zlib). PDFs always use fflate. */
  deflater?: Deflater;
  /** Renderers made elsewhere, taken as they are instead of loading ours. */
  given?: Renderers;
}

/**
 * A renderer for each of `formats`. Ours load on demand, so a pack in one format (or the CLI's
 * validate) does not pay for the others.
 */
export async function loadRenderers(formats: readonly Format[], options: LoadRenderersOptions): Promise<Renderers> {
  const renderers: Renderers = { ...options.given };
  if (formats.includes('docx') && !renderers.docx) {
    const { createDocxRenderer } = await import('./docx/index.ts');
    renderers.docx = createDocxRenderer({ deflater: options.deflater });
  }
  if (formats.includes('pdf') && !renderers.pdf) {
    if (!options.fonts) throw new Error('PDF requested without fonts');
    renderers.pdf = (await import('./pdf/index.ts')).createPdfRenderer(options.fonts);
  }
  if (formats.includes('html') && !renderers.html) {
    const { renderHtml } = await import('./html/index.ts');
    renderers.html = { render: async (model, theme) => renderHtml(model, theme, { standalone: true }) };
  }
  return renderers;
}

export interface RenderFilesOptions {
  formats: readonly Format[];
  theme: Theme;
  /** Stamped into the PDF and DOCX files (see timestamp.ts). */
  timestamp: Date;
  renderers: Renderers;
  /**
   * Formats whose renderer works off this thread or schedules its own work: it is handed every
   * document before any of its files is awaited. The others make one file at a time, in order.
   */
  handOver?: readonly Format[];
  /** Files already under way, by path (PDFs handed to a worker while the models were built). */
  started?: ReadonlyMap<string, Promise<Uint8Array>>;
  /** Told after every finished file, for a progress bar: files done and files in all. */
  onFile?: (done: number, total: number) => void;
}

/** A file rendered elsewhere, awaited with the rest at the end: until then its failure must not count as unhandled. */
function later(path: string, bytes: Promise<Uint8Array | string>): Promise<PackFile> {
  const file = bytes.then((b) => ({ path, bytes: b }));
  file.catch(() => undefined);
  return file;
}

/**
 * Every model in every format, in document order and, per document, in the order of `formats`.
 * What renders elsewhere is awaited only after all that renders here.
 */
export async function renderFiles(models: readonly DocumentModel[], options: RenderFilesOptions): Promise<PackFile[]> {
  const { formats, theme, timestamp, renderers } = options;
  const rendered: Array<Promise<PackFile>> = [];
  const total = models.length * formats.length;
  let done = 0;
  const counted = (file: Promise<PackFile>): Promise<PackFile> =>
    options.onFile
      ? file.then((f) => {
          options.onFile?.(++done, total);
          return f;
        })
      : file;
  for (const model of models) {
    for (const format of formats) {
      const path = `${model.meta.id}.${format}`;
      const started = options.started?.get(path);
      const renderer = renderers[format];
      if (started) rendered.push(counted(later(path, started)));
      else if (!renderer) throw new Error(`no renderer for ${format}`);
      else if (options.handOver?.includes(format)) rendered.push(counted(later(path, renderer.render(model, theme, timestamp))));
      else rendered.push(counted(Promise.resolve({ path, bytes: await renderer.render(model, theme, timestamp) })));
    }
  }
  return Promise.all(rendered);
}
