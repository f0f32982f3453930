/**
 * `--firm DIR`: the firm folder read from disk and checked, once per run, before any client's pack
 * is built. firm.yaml and its logo are read here (a logo is refused by its size before it is read,
 * then by its bytes); overrides, catalogs and document types by their own readers
 * (load-overrides.ts, load-catalogs.ts, load-documents.ts). A problem stops the run with every
 * problem and its file and line. The hash covers every file of the folder, so a manifest tells
 * which settings made it.
 */
import { createHash } from 'node:crypto';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { LIMITS } from '../../core/input/limits.ts';
import type { FirmBrand } from '../../core/firm/brand.ts';
import { contentIssue, FirmError, type FirmIssue } from '../../core/firm/errors.ts';
import type { Firm } from '../../core/firm/firm.ts';
import { MAX_IMAGE_BYTES } from '../../core/firm/image.ts';
import { checkFirmFile, firmBrand, firmLogoWidthMm, logoIssue, logoSizeProblem, readLogoBytes } from '../../core/firm/read-brand.ts';
import { rasteriseSvg } from '../svg-raster.ts';
import type { OverrideProblem } from '../../core/firm/overrides.ts';
import { templateIds, type TemplateIds } from '../../core/firm/template-ids.ts';
import { templateFiles } from '../template-build.ts';
import { loadCatalogs } from './load-catalogs.ts';
import { loadDocuments } from './load-documents.ts';
import { readOverrides } from './load-overrides.ts';
import { parseYamlFile, readOptional } from './yaml-file.ts';

export const FIRM_FILE = 'firm.yaml';

/** At most `limit` bytes of a file; `over` is its size when it is larger (nothing more is read). */
export async function readAtMost(file: string, limit: number): Promise<{ bytes: Uint8Array; over: number | null }> {
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.isFile() && info.size > limit) return { bytes: new Uint8Array(0), over: info.size };
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) return { bytes: new Uint8Array(0), over: length };
    return { bytes: new Uint8Array(buffer.subarray(0, length)), over: null };
  } finally {
    await handle.close();
  }
}

/** A file-system failure in Russian. */
export function fsProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'файл не найден';
  if (code === 'EISDIR') return 'это папка, а не файл';
  if (code === 'EACCES') return 'нет прав на чтение файла';
  return `не удалось прочитать файл (${code ?? 'ошибка'})`;
}

/** A logo file read and checked (an SVG drawn for `printedWidthMm`): the image, or why not. */
export async function readLogo(
  file: string,
  printedWidthMm: number,
): Promise<{ ok: true; image: NonNullable<FirmBrand['branding']['logo']> } | { ok: false; message: string }> {
  try {
    const read = await readAtMost(file, MAX_IMAGE_BYTES);
    if (read.over !== null) return { ok: false, message: logoSizeProblem(read.over) ?? 'файл слишком большой' };
    return await readLogoBytes(read.bytes, printedWidthMm, rasteriseSvg);
  } catch (error) {
    return { ok: false, message: `логотип ${path.basename(file)}: ${fsProblem(error)}` };
  }
}

async function loadBrand(dir: string, shown: string): Promise<FirmBrand | null> {
  const file = path.join(dir, FIRM_FILE);
  const shownFile = path.join(shown, FIRM_FILE);
  let text: string;
  try {
    const read = await readAtMost(file, LIMITS.fileBytes);
    if (read.over !== null)
      throw new FirmError([{ file: shownFile, line: null, path: '', message: 'файл слишком большой', code: 'firm-too-big' }]);
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if (error instanceof FirmError) throw error;
    const message = error instanceof TypeError ? 'файл не в кодировке UTF-8' : fsProblem(error);
    throw new FirmError([{ file: shownFile, line: null, path: '', message, code: 'firm-read' }]);
  }
  const checked = checkFirmFile(text, shownFile);
  const named = checked.file.branding.logo;
  if (named === undefined) return firmBrand(checked.file, null);
  const logo = await readLogo(path.resolve(dir, named), firmLogoWidthMm(checked.file));
  if (!logo.ok) throw new FirmError([logoIssue(shownFile, checked, logo.message)]);
  return firmBrand(checked.file, logo.image);
}

/** Every file under `dir`, as sorted relative paths with '/' (the hash must not depend on the platform). */
async function folderFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await folderFiles(dir, relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files.sort();
}

/** sha256 over the sorted relative paths and each file's bytes (streamed: a big file is never held whole). */
export async function folderHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const relative of await folderFiles(dir)) {
    hash.update(`${relative}\0`);
    const handle = await open(path.join(dir, relative), 'r');
    try {
      for await (const chunk of handle.createReadStream()) hash.update(chunk as Buffer);
    } finally {
      await handle.close();
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Every id a template of the pack can produce: the bundled documents' and the firm's own. */
export async function knownTemplateIds(extra: ReadonlyArray<{ text: string }> = []): Promise<TemplateIds[]> {
  const sources = [...(await templateFiles()).map((t) => t.source), ...extra.map((d) => d.text)];
  return sources.map(templateIds).filter((t): t is TemplateIds => t !== null);
}

/** The firm folder `dir` (as the user typed it, for messages), checked, with its hash. */
export async function loadFirm(dir: string, cwd: string = process.cwd()): Promise<Firm> {
  const absolute = path.resolve(cwd, dir);
  const folderIssue = (message: string): FirmIssue => ({ file: dir, line: null, path: '', message, code: 'firm-folder' });
  try {
    const info = await stat(absolute);
    if (!info.isDirectory()) throw new FirmError([folderIssue('это файл, а нужна папка фирмы (с firm.yaml)')]);
  } catch (error) {
    if (error instanceof FirmError) throw error;
    throw new FirmError([folderIssue((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'папка фирмы не найдена' : fsProblem(error))]);
  }
  const brand = await loadBrand(absolute, dir);

  const problems: OverrideProblem[] = [];
  const { catalogs, problems: catalogProblems } = await loadCatalogs(absolute);
  const { documents, problems: documentProblems } = await loadDocuments(absolute);
  problems.push(...catalogProblems, ...documentProblems);
  const overridesPath = path.join(absolute, 'overrides.yaml');
  const text = await readOptional(overridesPath);
  let overrides: Firm['overrides'] = [];
  if (text !== null) {
    const file = parseYamlFile(text, overridesPath);
    if (Array.isArray(file)) problems.push(...file);
    else {
      const read = readOverrides(file, ['overrides'], 'firm', await knownTemplateIds(documents));
      problems.push(...read.problems);
      overrides = read.overrides;
    }
  }
  // Content problems name files as the user sees them, relative to where opkit was run.
  if (problems.length > 0) throw new FirmError(problems.map((p) => contentIssue(p, path.relative(cwd, p.file) || p.file)));
  return { dir: absolute, hash: await folderHash(absolute), brand, overrides, catalogs, documents };
}
