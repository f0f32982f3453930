/// <reference types="vite/client" />
/**
 * The sample pack the site shows: every document of the reference profile, built at site-build
 * time with the same engine the CLI and the wizard use. Pages and static endpoints all ask for it;
 * it is built once per build and kept in module scope.
 *
 * The profile is imported as text (`?raw`) rather than read by path: Vite bundles this module into
 * dist/.prerender/, where `import.meta.url` no longer points into src/. The templates are the
 * engine's own precompiled module. Fonts are read by src/node/fonts.ts: it resolves them as
 * packages, which works from the bundle too.
 */
// The repository's copy of the reference profile: CI clones only the repository, and
// tests/profile/reference.test.ts keeps the copy equal to the shared contract.
import profileYaml from '../../content/profiles/tehnosnab.yaml?raw';
import { checkProfileText } from '../core/check.ts';
import { generatePack, type PackFile } from '../core/pack/generate.ts';
import { themeFor, type Theme } from '../core/render/theme.ts';
import { shortOrganizationName } from '../core/law/organization.ts';
import { packTimestamp } from '../core/pack/timestamp.ts';
import { zipFiles } from '../core/pack/zip.ts';
import { loadFontSet } from '../node/fonts.ts';
import { OPKIT_VERSION } from '../node/version.ts';
import { sha256Hex } from '../core/pack/sha256.ts';
import { kindOf, type DocumentKind } from './documents.ts';
import { embedDocumentHtml } from './embed.ts';

/** File name of the profile as offered for download (and inside the ZIP). */
export const SAMPLE_PROFILE_FILE = 'tehnosnab.yaml';
export const SAMPLE_ZIP_FILE = 'tehnosnab-pack.zip';

export interface SampleDocument {
  /** The pack's id, also the file stem and the route segment: `kpi-card-rop`. */
  id: string;
  title: string;
  kind: DocumentKind;
  positionId: string | null;
  /** The document as an <article> ready to sit inside a page (see embed.ts). */
  html: string;
  pdf: Uint8Array;
  docx: Uint8Array;
}

export interface SamplePack {
  /** «ООО «ТехноСнаб»», as the documents print it. */
  organization: string;
  city: string;
  industry: string;
  headcount: number;
  planYear: number;
  theme: Theme;
  documents: SampleDocument[];
  profileYaml: string;
  /** Every document as DOCX, PDF and HTML, the manifest and the profile, in one archive. */
  zip: Uint8Array;
}

function fileBytes(files: readonly PackFile[], path: string): Uint8Array {
  const file = files.find((f) => f.path === path);
  if (!file || typeof file.bytes === 'string') throw new Error(`sample pack: no binary file ${path}`);
  return file.bytes;
}

async function build(): Promise<SamplePack> {
  const check = checkProfileText(profileYaml, SAMPLE_PROFILE_FILE);
  // A broken reference profile must stop the build rather than publish an empty samples section.
  if (!check.ok) throw new Error(`sample profile is invalid: ${check.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  const { profile } = check;
  const theme = themeFor(profile.documents.font, profile.documents.fontSize);
  // Decided as the CLI decides it, so the samples are the files `opkit generate` writes.
  const timestamp = packTimestamp(profile.documents.approvalDate, process.env.SOURCE_DATE_EPOCH, () => new Date());
  const pack = await generatePack(profile, check.warnings, {
    formats: ['docx', 'pdf', 'html'],
    fonts: await loadFontSet(profile.documents.font),
    timestamp,
    // Named, versioned and hashed as `opkit generate` does it, so the sample ZIP is the CLI's pack.
    names: 'ru',
    version: OPKIT_VERSION,
    profileSha256: await sha256Hex(profileYaml),
  });
  // Imported the way generatePack imports it, so the bundler keeps one (lazy) chunk for the renderer.
  const { renderHtml } = await import('../core/render/html/index.ts');
  const documents = pack.models.map((model, i): SampleDocument => {
    const positionId = model.meta.positionId ?? null;
    const files = pack.manifest.documents[i]?.files ?? {};
    return {
      id: model.meta.id,
      title: model.meta.title,
      kind: kindOf(model.meta.id, positionId),
      positionId,
      html: embedDocumentHtml(renderHtml(model, theme, { standalone: false })),
      pdf: fileBytes(pack.files, files.pdf ?? `${model.meta.id}.pdf`),
      docx: fileBytes(pack.files, files.docx ?? `${model.meta.id}.docx`),
    };
  });
  return {
    organization: shortOrganizationName(profile.company.legalForm, profile.company.name),
    city: profile.company.city ?? '',
    industry: profile.company.industry,
    headcount: profile.department.positions.reduce((sum, p) => sum + p.headcount, 0),
    planYear: profile.plan.year,
    theme,
    documents,
    profileYaml,
    zip: zipFiles([...pack.files, { path: SAMPLE_PROFILE_FILE, bytes: profileYaml }], timestamp),
  };
}

let cached: Promise<SamplePack> | null = null;

/** The sample pack, built on first use and shared by every page and endpoint of the build. */
export function samplePack(): Promise<SamplePack> {
  cached ??= build();
  return cached;
}

/** A file size as the download links print it: «31 КБ», «1,2 МБ». */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))}\u00a0КБ`;
  return `${(bytes / (1024 * 1024)).toLocaleString('ru-RU', { maximumFractionDigits: 1 })}\u00a0МБ`;
}

/** A static endpoint's answer: the bytes with their type (the file name gives the extension). */
export function fileResponse(bytes: Uint8Array | string, contentType: string): Response {
  // A copy owns a plain ArrayBuffer, which is what BodyInit accepts.
  const body = typeof bytes === 'string' ? bytes : bytes.slice();
  return new Response(body, { headers: { 'Content-Type': contentType } });
}
