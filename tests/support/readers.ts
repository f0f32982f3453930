/**
 * The real readers the tests read documents back with, all run from here: poppler (pdftotext,
 * pdfinfo, pdffonts, pdftoppm), qpdf, LibreOffice (soffice), Python 3 and python-docx.
 *
 * One policy: scripts/test installs them, and a test that needs a missing one fails with an error
 * naming the reader and the Debian package that provides it -- it is never skipped, so a machine
 * without the readers cannot pass the suite by checking less. A reader that runs but fails throws
 * with its own output; only `qpdfCheck` returns a failing exit status as its result.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The readers: the command run and the Debian package it comes from. */
const READERS = {
  pdftotext: { command: 'pdftotext', debian: 'poppler-utils' },
  pdfinfo: { command: 'pdfinfo', debian: 'poppler-utils' },
  pdffonts: { command: 'pdffonts', debian: 'poppler-utils' },
  pdftoppm: { command: 'pdftoppm', debian: 'poppler-utils' },
  pdfimages: { command: 'pdfimages', debian: 'poppler-utils' },
  qpdf: { command: 'qpdf', debian: 'qpdf' },
  soffice: { command: 'soffice', debian: 'libreoffice-writer-nogui' },
  python3: { command: '/usr/bin/python3', debian: 'python3' },
} as const;
type Reader = keyof typeof READERS;

const missing = (what: string, debian: string): Error =>
  new Error(`${what} is not installed: it is in the Debian package ${debian} (scripts/test installs it; or apt-get install ${debian})`);

interface RunOptions {
  input?: string;
  timeout?: number;
}

interface Run {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs a reader; throws when it is not installed, returns whatever exit status it had. */
function run(reader: Reader, args: string[], options: RunOptions = {}): Run {
  const { command, debian } = READERS[reader];
  const r = spawnSync(command, args, { maxBuffer: 256 << 20, ...options });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
    throw missing(command === reader ? reader : `${reader} (${command})`, debian);
  if (r.error) throw new Error(`${reader} ${args.join(' ')}: ${r.error.message}`);
  const stderr = r.stderr.toString('utf8');
  if (reader === 'python3' && /No module named 'docx'/.test(stderr)) throw missing('python-docx', 'python3-docx');
  if (reader === 'python3' && /No module named 'openpyxl'/.test(stderr)) throw missing('openpyxl', 'python3-openpyxl');
  return { status: r.status, stdout: r.stdout, stderr };
}

/** Runs a reader that must succeed; its standard output. */
function read(reader: Reader, args: string[], options?: RunOptions): Buffer {
  const r = run(reader, args, options);
  if (r.status !== 0) throw new Error(`${reader} ${args.join(' ')} exited with ${r.status}:\n${r.stderr}`);
  return r.stdout;
}

const readText = (reader: Reader, args: string[], options?: RunOptions): string => read(reader, args, options).toString('utf8');

// Files

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `opk-${prefix}-`));
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

export function writeTemp(dir: string, name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Collapse all whitespace (incl. no-break spaces and line ends) so wrapped text compares. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

// PDF: poppler and qpdf

/**
 * Text of a PDF as pdftotext gives it: reading order, or the printed layout with `layout`;
 * `page` or `first`..`last` limit it to those pages (1-based).
 */
export function pdfText(file: string, opts: { page?: number; first?: number; last?: number; layout?: boolean } = {}): string {
  const first = opts.page ?? opts.first;
  const last = opts.page ?? opts.last;
  const args = [
    ...(opts.layout ? ['-layout'] : []),
    ...(first !== undefined ? ['-f', String(first)] : []),
    ...(last !== undefined ? ['-l', String(last)] : []),
  ];
  return readText('pdftotext', [...args, '-enc', 'UTF-8', file, '-']);
}

/** The text of each page, laid out as on the page (pdftotext -layout). */
export function pdfPages(file: string): string[] {
  const pages = pdfText(file, { layout: true }).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words of one page with their boxes (points, y from the top), and the page size (pdftotext -bbox). */
export function pdfWords(file: string, page: number): { width: number; height: number; words: PdfWord[] } {
  const xml = readText('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(xml);
  const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5] ?? '',
  }));
  return { width: Number(size?.[1]), height: Number(size?.[2]), words };
}

/** `pdfinfo` fields by name. */
export function pdfInfo(file: string): Map<string, string> {
  const info = new Map<string, string>();
  for (const line of readText('pdfinfo', [file]).split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) info.set(line.slice(0, i), line.slice(i + 1).trim());
  }
  return info;
}

export function pdfPageCount(file: string): number {
  return Number(pdfInfo(file).get('Pages') ?? 0);
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The font table of `pdffonts`. */
export function pdfFonts(file: string): FontRow[] {
  const lines = readText('pdffonts', [file]).trimEnd().split('\n').slice(2);
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, emb, sub, uni, object, id
    const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line);
    if (!m) throw new Error(`unexpected pdffonts line: ${line}`);
    return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes', subset: m[5] === 'yes', unicode: m[6] === 'yes' };
  });
}

export interface ImageRow {
  page: number;
  /** `image`, `smask` (a transparency mask) … */
  type: string;
  width: number;
  height: number;
  /** The encoding: `image` (Flate), `jpeg` … */
  enc: string;
  /** Horizontal resolution as placed on the page. */
  ppi: number;
}

/** `pdfimages -list`: one row per image. */
export function pdfImages(file: string): ImageRow[] {
  return readText('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => l.trim().split(/\s+/))
    .map((c) => ({
      page: Number(c[0]),
      type: c[2] ?? '',
      width: Number(c[3]),
      height: Number(c[4]),
      enc: c[8] ?? '',
      ppi: Number(c[12]),
    }));
}

/** `qpdf --check`: ok when it exits 0; the exit status and output either way. */
export function qpdfCheck(file: string): { ok: boolean; status: number | null; output: string } {
  const r = run('qpdf', ['--check', file]);
  return { ok: r.status === 0, status: r.status, output: r.stdout.toString('utf8') + r.stderr };
}

/** The document catalog as qpdf's JSON sees it. */
export function pdfCatalog(file: string): Record<string, unknown> {
  const json: unknown = JSON.parse(readText('qpdf', ['--json', file]));
  const objects = (json as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] }).qpdf[1];
  for (const obj of Object.values(objects)) {
    if (obj.value?.['/Type'] === '/Catalog') return obj.value;
  }
  throw new Error('no catalog');
}

/** One page rendered by pdftoppm at `dpi`, as a binary PPM (P6) image. */
export function pdfPagePpm(file: string, page: number, dpi: number): Buffer {
  return read('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), file]);
}

// DOCX: python-docx and LibreOffice

/** Runs /usr/bin/python3 (`args`: a script file or `-c`, then its arguments); its output. */
export function python(args: string[], input?: string): string {
  return readText('python3', args, input === undefined ? {} : { input });
}

/** All paragraph and table-cell text of a DOCX, as python-docx reads it. */
export function docxText(file: string): string {
  const script = [
    'import sys, docx',
    'd = docx.Document(sys.argv[1])',
    'out = [p.text for p in d.paragraphs]',
    'for t in d.tables:',
    '    for row in t.rows:',
    '        for cell in row.cells:',
    '            out.append(cell.text)',
    'sys.stdout.write("\\n".join(out))',
  ].join('\n');
  return python(['-c', script, file]);
}

export interface DocxParagraph {
  text: string;
  style: string | null;
  numbering: { numId: number | null; ilvl: number } | null;
  bold: boolean[];
}

export interface DocxTable {
  rows: Array<{ tblHeader: boolean; cantSplit: boolean; cells: string[]; styles: string[]; align: Array<string | null> }>;
  grid: number[];
  layout: string | null;
}

export interface DocxDump {
  paragraphs: DocxParagraph[];
  tables: DocxTable[];
  section: {
    pageWidth: number;
    pageHeight: number;
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    differentFirstPage: boolean;
    headerText: string;
    headerHasPageField: boolean;
    firstPageHeaderText: string;
  };
  normal: {
    font: string | null;
    sizePt: number | null;
    rFonts: Record<'ascii' | 'hAnsi' | 'cs' | 'eastAsia', string | null> | null;
    lang: string | null;
    alignment: string;
    firstLineIndentMm: number | null;
  };
  styles: string[];
  core: { title: string; author: string; language: string };
}

const READ_DOCX = fileURLToPath(new URL('../docx/read-docx.py', import.meta.url));

/** What python-docx sees in a DOCX file (tests/docx/read-docx.py). */
export function readDocx(file: string): DocxDump {
  return JSON.parse(python([READ_DOCX, file])) as DocxDump;
}

/**
 * Converts DOCX files to PDF with LibreOffice in one run (its start-up dominates), with a
 * private profile so parallel test runs do not fight over the user's; returns the PDF paths.
 */
export function libreOfficeToPdf(files: string[], outDir: string): string[] {
  const profile = tempDir('lo-profile');
  try {
    read('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      timeout: 180_000,
    });
  } finally {
    removeDir(profile);
  }
  const made = new Set(readdirSync(outDir));
  return files.map((f) => {
    const pdf = `${path.basename(f, path.extname(f))}.pdf`;
    if (!made.has(pdf)) throw new Error(`LibreOffice did not convert ${f}`);
    return path.join(outDir, pdf);
  });
}

// XLSX: LibreOffice Calc and openpyxl

/**
 * Workbooks opened and saved again by LibreOffice Calc (headless), which recalculates every formula
 * on the way: the recalculated copies in `outDir`, one soffice run for all of them.
 */
export function recalcXlsx(files: readonly string[], outDir: string): string[] {
  const profile = tempDir('lo-calc');
  try {
    read('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, ...files], {
      timeout: 300_000,
    });
  } finally {
    removeDir(profile);
  }
  const made = new Set(readdirSync(outDir));
  return files.map((f) => {
    const out = path.basename(f);
    if (!made.has(out)) throw missing(`LibreOffice Calc (converting ${f})`, 'libreoffice-calc-nogui');
    return path.join(outDir, out);
  });
}
