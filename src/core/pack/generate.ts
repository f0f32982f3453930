/**
 * Profile → document models → files in the requested formats, plus the manifest. Pure: the
 * caller passes templates and fonts in and writes (or downloads) the files.
 */
import { buildDocument } from '../model/build-document.ts';
import type { DocumentModel } from '../model/types.ts';
import type { Profile } from '../profile/schema.ts';
import type { Issue } from '../profile/issues.ts';
import type { Deflater } from '../render/deflate.ts';
import type { DocxRenderer } from '../render/docx/index.ts';
import type { FontSet } from '../render/fonts.ts';
import type { PdfRenderer } from '../render/pdf/index.ts';
import { themeFor } from '../render/theme.ts';
import type { TemplateSource } from '../templating/render-template.ts';
import type { Format } from './formats.ts';
import { documentFrame } from './frame.ts';
import { includes } from './include.ts';
import { DOCUMENTS } from './registry.ts';
import { zipFiles } from './zip.ts';

export interface GenerateOptions {
  formats: readonly Format[];
  /** Template sources (or the same templates precompiled) by name (file name without `.md.hbs`). */
  templates: Readonly<Record<string, TemplateSource>>;
  /** Needed when `formats` has 'pdf'. */
  fonts: FontSet | null;
  /** Also bundle everything into `pack.zip`. */
  zip?: boolean;
  /**
   * Stamped into the files (PDF dates, DOCX properties, ZIP entry times) instead of the clock, so
   * a profile gives the same bytes on every run: the caller decides it with packTimestamp
   * (timestamp.ts) from the approval date, SOURCE_DATE_EPOCH or the time now.
   */
  timestamp: Date;
  /** Compression for DOCX parts and pack.zip; fflate (pure JS) unless given. Node passes native zlib. PDFs always use fflate. */
  deflater?: Deflater;
  /**
   * Renders the PDFs instead of a renderer made here from `fonts` (then not needed): the CLI's
   * worker thread. It gets each document as soon as its model exists, so it works while this
   * thread builds the rest and renders the other formats.
   */
  pdfRenderer?: PdfRenderer;
  /**
   * Renders the DOCX files instead of a renderer made here: the CLI's, which shares them between
   * this thread and its worker. Given every document before any is awaited, so it can choose.
   */
  docxRenderer?: DocxRenderer;
  /** Told after every finished file, for a progress bar: files done and files in all. */
  onFile?: (done: number, total: number) => void;
}

export interface ManifestDocument {
  id: string;
  title: string;
  positionId: string | null;
  files: Partial<Record<Format, string>>;
}

export interface Manifest {
  generator: string;
  schemaVersion: number;
  company: string;
  documents: ManifestDocument[];
  warnings: Array<{ path: string; message: string; code: string }>;
}

export interface PackFile {
  path: string;
  bytes: Uint8Array | string;
}

export interface Pack {
  files: PackFile[];
  manifest: Manifest;
  models: DocumentModel[];
}

/** The document models of every document the profile includes, built one by one. */
function* packModels(profile: Profile, templates: Readonly<Record<string, TemplateSource>>): Generator<DocumentModel> {
  for (const definition of DOCUMENTS) {
    if (!includes(profile, definition.id)) continue;
    for (const instance of definition.instances(profile)) {
      const source = templates[instance.template];
      if (source === undefined) throw new Error(`template not found: ${instance.template}`);
      const model = buildDocument(`${instance.template}.md.hbs`, source, instance.view, documentFrame(profile, instance.acknowledgeBy));
      model.meta.id = instance.id;
      if (instance.positionId) model.meta.positionId = instance.positionId;
      yield model;
    }
  }
}

/** Build the document models of every document the profile includes. */
export function buildPackModels(profile: Profile, templates: Readonly<Record<string, TemplateSource>>): DocumentModel[] {
  return [...packModels(profile, templates)];
}

/** A file rendered elsewhere, awaited with the rest at the end: until then its failure must not count as unhandled. */
function later(path: string, bytes: Promise<Uint8Array>): Promise<PackFile> {
  const file = bytes.then((b) => ({ path, bytes: b }));
  file.catch(() => undefined);
  return file;
}

export async function generatePack(profile: Profile, warnings: readonly Issue[], options: GenerateOptions): Promise<Pack> {
  const theme = themeFor(profile.documents.font, profile.documents.fontSize);
  const { timestamp } = options;
  if (options.formats.includes('pdf') && !options.fonts && !options.pdfRenderer) throw new Error('PDF requested without fonts');
  // A PDF renderer off this thread gets each model as soon as it exists, to work while this
  // thread builds the rest and renders the other formats.
  const offThread = options.formats.includes('pdf') ? options.pdfRenderer : undefined;
  const early = new Map<string, Promise<PackFile>>();
  const models: DocumentModel[] = [];
  for (const model of packModels(profile, options.templates)) {
    models.push(model);
    const path = `${model.meta.id}.pdf`;
    if (offThread) early.set(path, later(path, offThread.render(model, theme, timestamp)));
  }
  // Renderers load on demand, so a pack in one format (or the CLI's validate) does not pay for the others.
  const rendererOptions = options.deflater ? { deflater: options.deflater } : {};
  const docx =
    options.formats.includes('docx') && !options.docxRenderer ? (await import('../render/docx/index.ts')).createDocxRenderer(rendererOptions) : null;
  const html = options.formats.includes('html') ? await import('../render/html/index.ts') : null;
  const pdf =
    offThread ??
    (options.formats.includes('pdf') && options.fonts ? (await import('../render/pdf/index.ts')).createPdfRenderer(options.fonts) : null);
  // In document order; what renders off this thread is awaited only after all that renders here.
  const rendered: Array<Promise<PackFile>> = [];
  const total = models.length * options.formats.length;
  let done = 0;
  const counted = (file: Promise<PackFile>): Promise<PackFile> =>
    options.onFile
      ? file.then((f) => {
          options.onFile?.(++done, total);
          return f;
        })
      : file;
  const documents: ManifestDocument[] = [];
  for (const model of models) {
    const entry: ManifestDocument = { id: model.meta.id, title: model.meta.title, positionId: model.meta.positionId ?? null, files: {} };
    for (const format of options.formats) {
      const path = `${model.meta.id}.${format}`;
      const elsewhere = early.get(path);
      if (elsewhere) rendered.push(counted(elsewhere));
      else if (format === 'docx' && options.docxRenderer) rendered.push(counted(later(path, options.docxRenderer.render(model, theme, timestamp))));
      else if (format === 'docx' && docx) rendered.push(counted(Promise.resolve({ path, bytes: await docx.render(model, theme, timestamp) })));
      else if (format === 'pdf' && pdf) rendered.push(counted(Promise.resolve({ path, bytes: await pdf.render(model, theme, timestamp) })));
      else if (format === 'html' && html) rendered.push(counted(Promise.resolve({ path, bytes: html.renderHtml(model, theme, { standalone: true }) })));
      entry.files[format] = path;
    }
    documents.push(entry);
  }
  const files = await Promise.all(rendered);
  const manifest: Manifest = {
    generator: 'opkit 0.1.0',
    schemaVersion: profile.schemaVersion,
    company: profile.company.name,
    documents,
    warnings: warnings.map((w) => ({ path: w.path, message: w.message, code: w.code })),
  };
  files.push({ path: 'manifest.json', bytes: `${JSON.stringify(manifest, null, 2)}\n` });
  if (options.zip) files.push({ path: 'pack.zip', bytes: zipFiles(files, timestamp, options.deflater) });
  return { files, manifest, models };
}
