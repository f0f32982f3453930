/**
 * The site's files are the CLI's files. For the reference profile (the repository's copy, which
 * the site builds its samples from):
 *
 * - the sample PDFs the site build writes (dist/samples/<id>.pdf) are the CLI's PDFs, byte for byte;
 * - the sample DOCX files (dist/samples/<id>.docx) have the CLI's parts, byte for byte once
 *   unzipped (the site build deflates with fflate, the CLI with native zlib, so the archives differ);
 * - the sample ZIP (dist/samples/tehnosnab-pack.zip) holds the pack as the CLI writes it: the
 *   standalone HTML files and the PDFs byte for byte, the DOCX files part for part, and the CLI's
 *   manifest.json but for the hashes of the DOCX and XLSX files, which are those of its own files;
 *   The site's pages show each document as an <article> inside the page (embed.ts), not as the
 *   standalone HTML, so the ZIP's copies are the comparable ones;
 * - the pack the wizard's engine builds in Chromium (/engine-check/, PDFs in the PDF worker) has
 *   the CLI's PDFs byte for byte and its DOCX parts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/core/pack/generate.ts';
import { removeDir, tempDir } from '../support/readers.ts';
import { REFERENCE_COPY } from '../support/reference.ts';
import { DIST, ensureSiteBuilt, launchChromium, ROOT, serveDist, sitePolicy, type ServedSite } from '../support/site.ts';

const SAMPLES = path.join(DIST, 'samples');

let cli = '';
let manifest: Manifest;
const cliFile = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(cli, name)));

const same = (a: Uint8Array | undefined, b: Uint8Array): boolean => a !== undefined && Buffer.from(a).equals(Buffer.from(b));

/** Every part of a DOCX package that differs from the CLI's (or is missing on either side). */
function differentParts(docx: Uint8Array, reference: Uint8Array): string[] {
  const ours = unzipSync(docx);
  const theirs = unzipSync(reference);
  const names = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])];
  return names.filter((name) => {
    const reference = theirs[name];
    return reference === undefined || !same(ours[name], reference);
  });
}

/** The manifest without the hashes of ZIP packages (DOCX, XLSX): their bytes differ by compression, their parts do not. */
function withoutPackageHashes(m: Manifest): Manifest {
  return {
    ...m,
    documents: m.documents.map((d) => ({ ...d, sha256: { ...d.sha256, docx: '' } })),
    workbook: m.workbook ? { ...m.workbook, sha256: '' } : null,
  };
}

const sha256 = (bytes: Uint8Array | undefined): string =>
  createHash('sha256')
    .update(bytes ?? new Uint8Array())
    .digest('hex');

beforeAll(async () => {
  await ensureSiteBuilt();
  cli = tempDir('site-cli');
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin/opkit.js'), 'generate', REFERENCE_COPY, '--out', cli, '--format', 'docx,pdf,html'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  if (r.status !== 0) throw new Error(`opkit generate failed: ${r.stderr}`);
  manifest = JSON.parse(readFileSync(path.join(cli, 'manifest.json'), 'utf8')) as Manifest;
}, 300_000);

afterAll(() => removeDir(cli));

describe('the site build and the CLI', () => {
  it('write the same sample PDFs, byte for byte', () => {
    expect(manifest.documents.length).toBeGreaterThan(10);
    const sitePdfs = readdirSync(SAMPLES).filter((f) => f.endsWith('.pdf'));
    expect(sitePdfs.sort()).toEqual(manifest.documents.map((d) => `${d.id}.pdf`).sort());
    // The site serves samples/<id>.pdf; the CLI names the same file for people (its manifest maps the two).
    const differ = manifest.documents.filter(
      (d) => !same(new Uint8Array(readFileSync(path.join(SAMPLES, `${d.id}.pdf`))), cliFile(d.files.pdf ?? '')),
    );
    expect(differ.map((d) => d.id)).toEqual([]);
  });

  it('write the same DOCX parts', () => {
    for (const doc of manifest.documents) {
      const name = `${doc.id}.docx`;
      expect(differentParts(new Uint8Array(readFileSync(path.join(SAMPLES, name))), cliFile(doc.files.docx ?? '')), name).toEqual([]);
    }
  });

  it('put the CLI pack into the sample ZIP: standalone HTML, PDF and manifest byte for byte, DOCX part for part', () => {
    const entries = unzipSync(new Uint8Array(readFileSync(path.join(SAMPLES, 'tehnosnab-pack.zip'))));
    const names = readdirSync(cli).sort();
    // The ZIP adds the profile itself.
    expect(Object.keys(entries).sort()).toEqual([...names, 'tehnosnab.yaml'].sort());
    for (const name of names) {
      const entry = entries[name];
      // DOCX and XLSX are ZIP packages: their parts are the same, the compression may differ (native zlib in the CLI).
      if (name.endsWith('.docx') || name.endsWith('.xlsx'))
        expect(differentParts(entry ?? new Uint8Array(), cliFile(name)), name).toEqual([]);
      else if (name !== 'manifest.json') expect(same(entry, cliFile(name)), name).toBe(true);
    }
    // The manifest is the CLI's, and every hash in it is that of the file beside it in the ZIP.
    const zipped = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array())) as Manifest;
    expect(withoutPackageHashes(zipped)).toEqual(withoutPackageHashes(manifest));
    for (const doc of zipped.documents)
      for (const [format, file] of Object.entries(doc.files))
        expect(doc.sha256[format as keyof typeof doc.sha256], file).toBe(sha256(entries[file]));
    if (zipped.workbook) expect(zipped.workbook.sha256).toBe(sha256(entries[zipped.workbook.file]));
    expect(strFromU8(entries['tehnosnab.yaml'] ?? new Uint8Array())).toBe(readFileSync(REFERENCE_COPY, 'utf8'));
  });
});

describe('the engine in the browser and the CLI', () => {
  let site: ServedSite;
  let browser: Browser;
  let tmp = '';

  beforeAll(async () => {
    site = await serveDist({ csp: sitePolicy(readFileSync(path.join(DIST, 'engine-check', 'index.html'), 'utf8')) });
    browser = await launchChromium();
    tmp = tempDir('site-cli-browser');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    removeDir(tmp);
  });

  it('make the same PDFs, byte for byte, and the same DOCX parts', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${site.base}/engine-check/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Сформировать пакет (ZIP)' }).click();
    const link = page.getByRole('link', { name: 'Скачать пакет (ZIP)' });
    const errorBox = page.getByRole('alert');
    await link.or(errorBox).waitFor({ state: 'visible', timeout: 90_000 });
    if (await errorBox.isVisible()) throw new Error(`the page reported: ${await errorBox.innerText()}`);
    const download = page.waitForEvent('download');
    await link.click();
    const zipPath = path.join(tmp, 'pack.zip');
    await (await download).saveAs(zipPath);
    const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
    // The same documents (the page asks for DOCX and PDF only, so the manifests differ in `files`).
    const browserManifest = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array())) as Manifest;
    expect(browserManifest.documents.map((d) => d.id)).toEqual(manifest.documents.map((d) => d.id));
    // The same file names too: the browser's ZIP names them as the CLI does.
    for (const doc of manifest.documents) {
      const pdf = doc.files.pdf ?? '';
      const docx = doc.files.docx ?? '';
      expect(same(entries[pdf], cliFile(pdf)), pdf).toBe(true);
      expect(differentParts(entries[docx] ?? new Uint8Array(), cliFile(docx)), docx).toEqual([]);
    }
    // The workbook written by exceljs's browser build has the same parts as the CLI's.
    const workbook = manifest.workbook?.file ?? '';
    expect(browserManifest.workbook?.file).toBe(workbook);
    expect(differentParts(entries[workbook] ?? new Uint8Array(), cliFile(workbook))).toEqual([]);
    await page.close();
  }, 150_000);
});
