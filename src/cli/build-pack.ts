/**
 * One client's pack built in memory from its profile file: read, check, build, render. Used by
 * `generate` for a single profile (with the render worker) and by each thread of a batch
 * (pack-worker.ts). Writes nothing and prints nothing: what the user should read comes back as
 * text, so a batch prints it in one piece per client.
 */
import path from 'node:path';
import { checkProfileText } from '../core/check.ts';
import { findingIssue, isConsistencyError } from '../core/consistency/index.ts';
import { formatIssueLines } from '../core/issues-format.ts';
import type { NameStyle } from '../core/pack/file-names.ts';
import type { Format } from '../core/pack/formats.ts';
import { generatePack, type PackFile } from '../core/pack/generate.ts';
import { sha256Hex } from '../core/pack/sha256.ts';
import { loadFontSet } from '../node/fonts.ts';
import type { RenderWorker } from '../node/render-worker-client.ts';
import type { PdfRenderer } from '../core/render/pdf/index.ts';
import type { FontFamily } from '../core/render/theme.ts';
import { workerPackOptions } from '../node/worker-pack-options.ts';
import { problemLines } from './problem-lines.ts';
import { readInput } from './read-input.ts';
import { packFontFamily } from '../core/firm/apply.ts';
import type { Firm } from '../core/firm/firm.ts';
import { isOverrideError } from '../core/firm/overrides.ts';
import { readClientLogo } from '../node/firm/client-logo.ts';
import { clientOverrides } from '../node/firm/client-overrides.ts';
import { fileTimestamp } from './timestamp.ts';

/** What to build: plain data, so a batch can send it to a worker thread. */
export interface PackJob {
  /** The profile file as the user gave it (messages name it so). */
  file: string;
  cwd: string;
  formats: Format[];
  zip: boolean;
  names: NameStyle;
  version: string;
  /**
   * The firm folder (`--firm`, absolute, already checked by the main thread) the packs are built
   * with. Each thread reads it itself once: its compiled overrides cannot be sent to a thread.
   */
  firmDir?: string | null;
}

interface Outcome {
  file: string;
  /** The company's name, once the profile was read. */
  company: string | null;
  warnings: number;
  /** Wall time of the build, ms. */
  ms: number;
}

export type PackBuild =
  | (Outcome & {
      ok: true;
      files: PackFile[];
      documents: number;
      /** The warnings as the user reads them (empty when none). */
      notes: string;
    })
  | (Outcome & {
      ok: false;
      errors: number;
      /** Why nothing was built, as stderr shows it. */
      message: string;
    });

/**
 * A batch thread's PDF renderers, one per font family, kept from one client to the next: parsing
 * the fonts is a good part of a pack's PDF time, and the renderer keeps nothing of a document.
 */
const pdfRenderers = new Map<FontFamily, Promise<PdfRenderer>>();

async function threadPdfRenderer(family: FontFamily): Promise<PdfRenderer> {
  let renderer = pdfRenderers.get(family);
  if (!renderer) {
    renderer = Promise.all([loadFontSet(family), import('../core/render/pdf/index.ts')]).then(([fonts, pdf]) =>
      pdf.createPdfRenderer(fonts),
    );
    pdfRenderers.set(family, renderer);
  }
  return renderer;
}

/** This thread's firm, read once per folder; its catalogs are in use for the thread's builds. */
const firms = new Map<string, Promise<Firm>>();

function threadFirm(dir: string): Promise<Firm> {
  let firm = firms.get(dir);
  if (!firm) {
    firm = Promise.all([import('../node/firm/load.ts'), import('../core/catalog.ts')]).then(async ([{ loadFirm }, { useFirmCatalogs }]) => {
      const loaded = await loadFirm(dir);
      useFirmCatalogs(loaded.catalogs ?? null);
      return loaded;
    });
    firms.set(dir, firm);
  }
  return firm;
}

export async function buildPack(job: PackJob, worker: RenderWorker | null): Promise<PackBuild> {
  const started = performance.now();
  const { file, formats } = job;
  const outcome = (company: string | null, warnings: number): Outcome => ({
    file,
    company,
    warnings,
    ms: Math.round(performance.now() - started),
  });
  const firm = job.firmDir ? await threadFirm(job.firmDir) : undefined;
  const input = await readInput(job.cwd, file);
  if (!input.ok) return { ...outcome(null, 0), ok: false, errors: 1, message: `${file}: ${input.message}\n` };
  const check = checkProfileText(input.text, path.basename(file), firm);
  if (!check.ok) {
    const lines = formatIssueLines([...check.errors, ...check.warnings]);
    return {
      ...outcome(null, check.warnings.length),
      ok: false,
      errors: check.errors.length,
      message: `${file}: профиль содержит ошибки, документы не сформированы:\n${lines}\n`,
    };
  }
  const { profile } = check;
  const failed = (message: string): PackBuild => ({
    ...outcome(profile.company.name, check.warnings.length),
    ok: false,
    errors: 1,
    message,
  });
  const logo = await readClientLogo(path.resolve(job.cwd, file), profile.company.logo, firm?.brand);
  if (!logo.ok) return failed(`${file}: логотип не подходит, документы не сформированы:\n  ошибка: company.logo: ${logo.message}\n`);
  // The client's own overrides: their syntax and targets, with the profile's lines.
  const own = await clientOverrides(input.text, path.resolve(job.cwd, file), firm);
  if (own.problems.length > 0)
    return failed(`${file}: переопределения пунктов содержат ошибки, пакет не сформирован:\n${problemLines(job.cwd, own.problems)}\n`);
  const family = packFontFamily(profile.documents.font, firm?.brand);
  worker?.prepare(family);
  // With the render worker the PDFs go there; without it (a batch thread) this thread's renderer is reused.
  const ownPdf = formats.includes('pdf') && !worker ? await threadPdfRenderer(family) : null;
  try {
    const pack = await generatePack(profile, check.warnings, {
      formats,
      fonts: null,
      zip: job.zip,
      names: job.names,
      version: job.version,
      profileSha256: await sha256Hex(input.bytes),
      timestamp: fileTimestamp(profile.documents.approvalDate),
      clientLogo: logo.image,
      clientOverrides: own.overrides,
      ...(firm ? { firm } : {}),
      ...(await workerPackOptions(worker, formats)),
      ...(ownPdf ? { pdfRenderer: ownPdf } : {}),
    });
    const warnings = [...check.warnings, ...pack.findings.map(findingIssue)];
    return {
      ...outcome(profile.company.name, warnings.length),
      ok: true,
      files: pack.files,
      documents: pack.manifest.documents.length,
      notes: warnings.length ? `${formatIssueLines(warnings)}\n` : '',
    };
  } catch (error) {
    // An override that does not fit this client (a missing field, a clause it lacks): write nothing for it.
    if (isOverrideError(error))
      return failed(`${file}: переопределения пунктов не применены, пакет не сформирован:\n${problemLines(job.cwd, error.problems)}\n`);
    // The documents contradict each other: name every document and clause, write nothing.
    if (!isConsistencyError(error)) throw error;
    return {
      ...outcome(profile.company.name, check.warnings.length),
      ok: false,
      errors: error.findings.length,
      message: `${file}: документы противоречат друг другу, пакет не сформирован:\n${formatIssueLines(error.findings.map(findingIssue))}\n`,
    };
  }
}
