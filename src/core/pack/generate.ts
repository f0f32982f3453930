/**
 * Profile → document models → files in the requested formats, plus the manifest. Pure: the
 * caller passes templates and fonts in and writes (or downloads) the files.
 */
import { buildDocument } from '../model/build-document.ts';
import type { DocumentModel } from '../model/types.ts';
import type { Profile } from '../profile/schema.ts';
import type { Issue } from '../profile/issues.ts';
import type { FontSet } from '../render/fonts.ts';
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

/** Build the document models of every document the profile includes. */
export function buildPackModels(profile: Profile, templates: Readonly<Record<string, TemplateSource>>): DocumentModel[] {
  const models: DocumentModel[] = [];
  for (const definition of DOCUMENTS) {
    if (!includes(profile, definition.id)) continue;
    for (const instance of definition.instances(profile)) {
      const source = templates[instance.template];
      if (source === undefined) throw new Error(`template not found: ${instance.template}`);
      const model = buildDocument(`${instance.template}.md.hbs`, source, instance.view, documentFrame(profile, instance.acknowledgeBy));
      model.meta.id = instance.id;
      if (instance.positionId) model.meta.positionId = instance.positionId;
      models.push(model);
    }
  }
  return models;
}

export async function generatePack(profile: Profile, warnings: readonly Issue[], options: GenerateOptions): Promise<Pack> {
  const theme = themeFor(profile.documents.font, profile.documents.fontSize);
  const models = buildPackModels(profile, options.templates);
  if (options.formats.includes('pdf') && !options.fonts) throw new Error('PDF requested without fonts');
  // Renderers load on demand, so a pack in one format (or the CLI's validate) does not pay for the others.
  const docx = options.formats.includes('docx') ? await import('../render/docx/index.ts') : null;
  const html = options.formats.includes('html') ? await import('../render/html/index.ts') : null;
  const pdf = options.formats.includes('pdf') && options.fonts ? (await import('../render/pdf/index.ts')).createPdfRenderer(options.fonts) : null;
  const files: PackFile[] = [];
  const documents: ManifestDocument[] = [];
  for (const model of models) {
    const entry: ManifestDocument = { id: model.meta.id, title: model.meta.title, positionId: model.meta.positionId ?? null, files: {} };
    for (const format of options.formats) {
      const path = `${model.meta.id}.${format}`;
      if (format === 'docx' && docx) files.push({ path, bytes: await docx.renderDocx(model, theme) });
      else if (format === 'pdf' && pdf) files.push({ path, bytes: await pdf.render(model, theme) });
      else if (format === 'html' && html) files.push({ path, bytes: html.renderHtml(model, theme, { standalone: true }) });
      entry.files[format] = path;
    }
    documents.push(entry);
  }
  const manifest: Manifest = {
    generator: 'opkit 0.1.0',
    schemaVersion: profile.schemaVersion,
    company: profile.company.name,
    documents,
    warnings: warnings.map((w) => ({ path: w.path, message: w.message, code: w.code })),
  };
  files.push({ path: 'manifest.json', bytes: `${JSON.stringify(manifest, null, 2)}\n` });
  if (options.zip) files.push({ path: 'pack.zip', bytes: zipFiles(files) });
  return { files, manifest, models };
}
