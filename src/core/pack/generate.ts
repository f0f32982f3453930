/**
 * Profile → document models → files in the requested formats, plus the manifest. Pure: the
 * caller passes fonts in and writes (or downloads) the files; the documents and their
 * precompiled templates come from src/documents.
 */
import { buildDocument } from '../compose/build-document.ts';
import type { DocumentModel, ImageFile } from '../model/types.ts';
import { brandTheme, modelBrander } from '../firm/apply.ts';
import type { Firm } from '../firm/firm.ts';
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
import type { DocumentDefinition, ListedModel, PackContext, PackListing } from '../../documents/shared/define.ts';
import { includeRank, includes } from '../../documents/shared/include.ts';
import { fileTitle } from '../../documents/shared/file-title.ts';
import { loadDefinitions } from '../../documents/registry.ts';
import { TEMPLATES } from '../../documents/templates.ts';
import { loadRenderers, renderFiles, type PackFile, type Renderers } from '../render/files.ts';
import { zipFiles } from './zip.ts';
import { packFileNames, packZipName, type NameStyle } from './file-names.ts';
import { sha256Hex } from './sha256.ts';
import { BONUS_WORKBOOK, hasBonusWorkbook } from '../workbook/meta.ts';
import { checkPack, ConsistencyError, findingIssue, type Finding } from '../consistency/index.ts';
import { isOverrideError, mergeOverrides, OverrideError, type ClauseOverride, type OverrideProblem } from '../firm/overrides.ts';
import { firmDocumentDefinition } from '../../documents/shared/firm-document.ts';

export type { PackFile } from '../render/files.ts';

/** Which documents to build and with which templates: the registry's by default. */
export interface ModelOptions {
  /** Documents instead of the registry's (a test builds a made-up document type this way). */
  documents?: readonly DocumentDefinition[];
  /** Templates by name, over the bundled ones. */
  templates?: Readonly<Record<string, TemplateSource>>;
  /** The profile's warnings as the user saw them, for the documents that print them (the owner's summary). */
  warnings?: readonly Issue[];
  /** The consulting firm's folder: its overrides and its own document types join every pack. */
  firm?: Firm;
  /** The profile's own overrides (`documents.overrides`), compiled at the edge; they win over the firm's. */
  clientOverrides?: readonly ClauseOverride[];
}

export interface GenerateOptions extends ModelOptions {
  formats: readonly Format[];
  /** Needed when `formats` has 'pdf'. */
  fonts: FontSet | null;
  /** Also bundle everything into one ZIP: `pack.zip`, or named after the client with `names` (file-names.ts). */
  zip?: boolean;
  /**
   * How the files are named: `id` (default) by the machine ids (`job-description-manager.pdf`,
   * for tools and tests); `ru` numbered Russian titles (`03 Должностная инструкция менеджера по
   * продажам.pdf`) and the ZIP named after the client; `ascii` the same, transliterated.
   */
  names?: 'id' | NameStyle;
  /** The opkit version the manifest records (package.json's, read by the caller: core reads no files). */
  version?: string;
  /** The SHA-256 of the profile file as given, which the manifest records: the pack is traceable to it. */
  profileSha256?: string | null;
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
  /**
   * Builds the bonus workbook instead of this thread: in the CLI, the render worker if it is free
   * before this thread is done with the DOCX files (node/balanced-work.ts).
   */
  workbookBuilder?: (profile: Profile, timestamp: Date) => Promise<Uint8Array>;
  /** Told after every finished file, for a progress bar: files done and files in all. */
  onFile?: (done: number, total: number) => void;
  /**
   * The consultant's firm folder, read at the edge: its branding goes into every document, its
   * overrides and own document types into the pack, its hash into the manifest.
   */
  firm?: Firm;
  /** The client's own logo (the profile's `company.logo`), read at the edge: the title area shows it. */
  clientLogo?: ImageFile | null;
  /**
   * Also write the «Расчёт премий» workbook (bonus-workbook.xlsx) when some position has variable
   * pay (default true). Its writer (exceljs) loads only then.
   */
  workbook?: boolean;
}

export interface ManifestDocument {
  /** The machine id (`job-description-manager`), whatever the files are named. */
  id: string;
  title: string;
  positionId: string | null;
  files: Partial<Record<Format, string>>;
  /** Each file's SHA-256, by format: what was sent can be told from any later pack. */
  sha256: Partial<Record<Format, string>>;
}

export interface Manifest {
  generator: string;
  /** The opkit version that built the pack ('unknown' when the caller did not say). */
  version: string;
  schemaVersion: number;
  company: string;
  /** The SHA-256 of the profile file the pack was built from; null when built from no file. */
  profileSha256: string | null;
  /** The firm folder's hash (branding, overrides, catalogs) or null when built without one. */
  firm: { hash: string } | null;
  documents: ManifestDocument[];
  /** The bonus workbook, when the pack has one: the accountant's calculator beside the documents. */
  workbook: { id: string; title: string; file: string; sha256: string } | null;
  /** The pack's ZIP, when one was asked for. */
  zip: string | null;
  /**
   * Every file of the pack but the manifest itself (documents, then pack.zip): what a later run
   * into the same folder replaces, and removes when its own pack has no such file.
   */
  files: string[];
  /** The profile's warnings, then the consistency check's (path: document › clause id; code: consistency-<check>). */
  warnings: Array<{ path: string; message: string; code: string }>;
}

export interface Pack {
  files: PackFile[];
  manifest: Manifest;
  models: DocumentModel[];
  /** The consistency check's warnings (its errors stop generation with a ConsistencyError). */
  findings: Finding[];
}

/**
 * The document models of every document the profile includes, built one by one: first those
 * that do not list the pack, then those that do (the order putting the pack into force), from the
 * listing of the first. Yielded as built; `inPackOrder` puts them back in the registry's order.
 */
function* packModels(
  profile: Profile,
  definitions: readonly DocumentDefinition[],
  templates: Readonly<Record<string, TemplateSource>>,
  warnings: readonly Issue[] | undefined,
  overrides: readonly ClauseOverride[] = [],
): Generator<DocumentModel> {
  const included = includedDefinitions(profile, definitions);
  const context: PackContext = { warnings: warnings ?? null, documents: included.map((d) => d.meta) };
  const listing: Array<{ meta: DocumentDefinition['meta']; models: ListedModel[] }> = [];
  // Every override's problem in the pack at once (a per-position document's only once).
  const problems = new Map<string, OverrideProblem>();
  const build = (definition: DocumentDefinition, listed?: PackListing): DocumentModel[] =>
    definition
      .instances(profile, listed ? { ...context, listing: listed } : context)
      // `job-description:manager` narrows a per-position document to that position.
      .filter((instance) => instance.positionId === null || includes(profile, definition.meta.id, instance.positionId))
      .flatMap((instance) => {
        const source = templates[instance.template];
        if (source === undefined) throw new Error(`template not found: ${instance.template}`);
        const frame = documentFrame(profile, instance.acknowledgeBy);
        let model: DocumentModel;
        try {
          model = buildDocument(`${instance.template}.md.hbs`, source, instance.view, frame, overrides);
        } catch (error) {
          if (!isOverrideError(error)) throw error;
          for (const p of error.problems) problems.set(`${p.file}:${p.line}: ${p.message}`, p);
          return [];
        }
        model.meta.id = instance.id;
        if (instance.positionId) model.meta.positionId = instance.positionId;
        return [model];
      });
  for (const definition of included.filter((d) => !d.listsPack)) {
    const models = build(definition);
    listing.push({ meta: definition.meta, models: models.map(listedModel) });
    yield* models;
  }
  for (const definition of included.filter((d) => d.listsPack)) yield* build(definition, listing);
  if (problems.size > 0) throw new OverrideError([...problems.values()]);
}

function listedModel(model: DocumentModel): ListedModel {
  return {
    id: model.meta.id,
    title: model.meta.title,
    positionId: model.meta.positionId ?? null,
    approved: model.children.some((b) => b.type === 'approval'),
  };
}

/** The index of the definition a model was built from: its id, or the longest id it starts with (`kpi-card-manager`). */
function definitionIndex(model: DocumentModel, definitions: readonly DocumentDefinition[]): number {
  let best = -1;
  definitions.forEach((d, i) => {
    const id = d.meta.id;
    const fits = model.meta.id === id || model.meta.id.startsWith(`${id}-`);
    if (fits && (best === -1 || id.length > (definitions[best] as DocumentDefinition).meta.id.length)) best = i;
  });
  return best;
}

/**
 * The documents the profile includes, in the pack's order: the order of `documents.include` (a
 * document first named by one position's entry stands there), else the registry's.
 */
function includedDefinitions(profile: Profile, definitions: readonly DocumentDefinition[]): DocumentDefinition[] {
  const rank = (d: DocumentDefinition, i: number): number => {
    const list = profile.documents.include;
    if (list === null || list.length === 0) return i;
    return list.findIndex((entry) => entry === d.meta.id || entry.startsWith(`${d.meta.id}:`));
  };
  return definitions
    .map((d, i) => ({ d, r: rank(d, i) }))
    .filter(({ d, r }) => r >= 0 && includes(profile, d.meta.id))
    .sort((a, b) => a.r - b.r)
    .map(({ d }) => d);
}

/**
 * Models in the pack's order: as `documents.include` lists them (one position's entry places that
 * position's document), else the registry's. A document listing the pack is built last but may stand first.
 */
function inPackOrder(models: DocumentModel[], definitions: readonly DocumentDefinition[], profile: Profile): DocumentModel[] {
  const rank = (model: DocumentModel): number => {
    const index = definitionIndex(model, definitions);
    const id = definitions[index]?.meta.id ?? model.meta.id;
    return includeRank(profile, id, model.meta.positionId ?? null) ?? index;
  };
  return models
    .map((model, i) => ({ model, i, r: rank(model) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.model);
}

/** What a document listing the pack sees for this profile: the other included documents, built. */
export async function packContext(profile: Profile, options: ModelOptions = {}): Promise<PackContext> {
  const [definitions, templates] = await modelSource(options);
  const listed = definitions.filter((d) => !d.listsPack);
  const models = [...packModels(profile, listed, templates, options.warnings, packOverrides(options))];
  const listing = includedDefinitions(profile, listed).map((d) => ({
    meta: d.meta,
    models: models.filter((m) => listed[definitionIndex(m, listed)] === d).map(listedModel),
  }));
  const documents = includedDefinitions(profile, definitions).map((d) => d.meta);
  return { warnings: options.warnings ?? null, documents, listing };
}

/** The registry's documents with the firm's own ones placed after the document each names, or last. */
function withFirmDocuments(definitions: readonly DocumentDefinition[], firm: Firm | undefined): DocumentDefinition[] {
  const out = [...definitions];
  for (const document of firm?.documents ?? []) {
    const after = document.after === null ? -1 : out.findIndex((d) => d.meta.id === document.after);
    const definition = firmDocumentDefinition(document);
    if (after === -1) out.push(definition);
    else {
      // After the named document and any firm documents already placed behind it.
      let at = after + 1;
      while (at < out.length && firm?.documents?.some((d) => d.id === out[at]?.meta.id)) at += 1;
      out.splice(at, 0, definition);
    }
  }
  return out;
}

async function modelSource(options: ModelOptions): Promise<[readonly DocumentDefinition[], Readonly<Record<string, TemplateSource>>]> {
  const definitions = withFirmDocuments(options.documents ?? (await loadDefinitions()), options.firm);
  const own = Object.fromEntries((options.firm?.documents ?? []).map((d) => [d.template, d.source]));
  return [definitions, { ...TEMPLATES, ...own, ...options.templates }];
}

/** The overrides a pack applies: the firm's, then the client's, which win on the same id. */
function packOverrides(options: ModelOptions): readonly ClauseOverride[] {
  return mergeOverrides(options.firm?.overrides ?? [], options.clientOverrides ?? []);
}

/** Build the document models of every document the profile includes. */
export async function buildPackModels(profile: Profile, options: ModelOptions = {}): Promise<DocumentModel[]> {
  const [definitions, templates] = await modelSource(options);
  return inPackOrder([...packModels(profile, definitions, templates, options.warnings, packOverrides(options))], definitions, profile);
}

export async function generatePack(profile: Profile, warnings: readonly Issue[], options: GenerateOptions): Promise<Pack> {
  const brand = options.firm?.brand ?? null;
  const theme = brandTheme(themeFor(profile.documents.font, profile.documents.fontSize), brand);
  const branded = modelBrander({ brand, clientLogo: options.clientLogo ?? null });
  const { timestamp } = options;
  if (options.formats.includes('pdf') && !options.fonts && !options.pdfRenderer) throw new Error('PDF requested without fonts');
  // A PDF renderer off this thread gets each model as soon as it exists, to work while this
  // thread builds the rest and renders the other formats.
  const offThread = options.formats.includes('pdf') ? options.pdfRenderer : undefined;
  const early = new Map<string, Promise<Uint8Array>>();
  const models: DocumentModel[] = [];
  const [definitions, templates] = await modelSource(options);
  for (const built of packModels(profile, definitions, templates, warnings, packOverrides(options))) {
    const model = branded(built);
    models.push(model);
    if (offThread) {
      const bytes = offThread.render(model, theme, timestamp);
      // Awaited with the rest at the end: until then its failure must not count as unhandled.
      bytes.catch(() => undefined);
      early.set(`${model.meta.id}.pdf`, bytes);
    }
  }
  // The pack must agree with itself before anything is rendered: an error stops it here (the PDFs
  // already handed to a worker are dropped with it; their failures are caught above).
  models.splice(0, models.length, ...inPackOrder(models, definitions, profile));
  const findings = checkPack({ profile, models });
  if (findings.some((f) => f.severity === 'error')) throw new ConsistencyError(findings.filter((f) => f.severity === 'error'));
  const workbook = options.workbook !== false && hasBonusWorkbook(profile);
  const given: Renderers = { pdf: offThread, docx: options.docxRenderer };
  const renderers = await loadRenderers(options.formats, { fonts: options.fonts, deflater: options.deflater, given });
  // The given DOCX renderer shares the files between this thread and a worker: it gets them all at once.
  const handOver: Format[] = options.docxRenderer ? ['docx'] : [];
  const rendering = renderFiles(models, {
    formats: options.formats,
    theme,
    timestamp,
    renderers,
    handOver,
    started: early,
    onFile: options.onFile,
  });
  // Asked for once every file is handed over, so that a builder sharing work between threads
  // knows the workbook comes last; awaited below (until then its failure must not count as unhandled).
  const workbookElsewhere = workbook && options.workbookBuilder ? options.workbookBuilder(profile, timestamp) : null;
  workbookElsewhere?.catch(() => undefined);
  const files = await rendering;
  if (workbookElsewhere) files.push({ path: BONUS_WORKBOOK.file, bytes: await workbookElsewhere });
  else if (workbook) {
    const { buildBonusWorkbook } = await import('../workbook/index.ts');
    const { bytes } = await buildBonusWorkbook(profile, { timestamp, deflater: options.deflater });
    files.push({ path: BONUS_WORKBOOK.file, bytes });
  }
  const style = options.names ?? 'id';
  // Rendered files are `<id>.<format>`: renamed here, in the pack's order, for the client's disk.
  if (style !== 'id') {
    const items = [
      ...models.map((m) => ({ id: m.meta.id, title: fileTitle(profile, m.meta.title, m.meta.positionId ?? null) })),
      ...(workbook ? [BONUS_WORKBOOK] : []),
    ];
    const split = files.map((f) => {
      const dot = f.path.lastIndexOf('.');
      return { id: f.path.slice(0, dot), extension: f.path.slice(dot + 1) };
    });
    const renamed = packFileNames(items, split, style);
    files.forEach((f, i) => {
      f.path = renamed[i] ?? f.path;
    });
  }
  const pathAt = new Map(files.map((f, i) => [i, f.path]));
  const hashes = new Map(await Promise.all(files.map(async (f) => [f.path, await sha256Hex(f.bytes)] as const)));
  let at = 0;
  const documents = models.map((model): ManifestDocument => {
    const named: Partial<Record<Format, string>> = {};
    const sha256: Partial<Record<Format, string>> = {};
    for (const format of options.formats) {
      const file = pathAt.get(at++) ?? '';
      named[format] = file;
      sha256[format] = hashes.get(file) ?? '';
    }
    return { id: model.meta.id, title: model.meta.title, positionId: model.meta.positionId ?? null, files: named, sha256 };
  });
  const workbookFile = workbook ? (pathAt.get(at) ?? BONUS_WORKBOOK.file) : null;
  const zipName = options.zip
    ? style === 'id'
      ? 'pack.zip'
      : packZipName(profile.company.name, profile.documents.approvalDate, style)
    : null;
  const version = options.version ?? 'unknown';
  const manifest: Manifest = {
    generator: `opkit ${version}`,
    version,
    schemaVersion: profile.schemaVersion,
    company: profile.company.name,
    profileSha256: options.profileSha256 ?? null,
    firm: options.firm ? { hash: options.firm.hash } : null,
    documents,
    workbook:
      workbookFile === null
        ? null
        : { id: BONUS_WORKBOOK.id, title: BONUS_WORKBOOK.title, file: workbookFile, sha256: hashes.get(workbookFile) ?? '' },
    zip: zipName,
    files: [...files.map((f) => f.path), ...(zipName ? [zipName] : [])],
    warnings: [...warnings, ...findings.map(findingIssue)].map((w) => ({ path: w.path, message: w.message, code: w.code })),
  };
  files.push({ path: 'manifest.json', bytes: `${JSON.stringify(manifest, null, 2)}\n` });
  if (zipName) files.push({ path: zipName, bytes: zipFiles(files, timestamp, options.deflater) });
  return { files, manifest, models, findings };
}
