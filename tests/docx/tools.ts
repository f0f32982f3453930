/**
 * The real readers the renderer tests check their output with: python-docx, LibreOffice and
 * poppler. Tests skip (rather than fail) on a machine that lacks one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PYTHON = '/usr/bin/python3';

export function hasCommand(command: string, args: string[] = ['--version']): boolean {
  return spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

export const hasPythonDocx = (): boolean => hasCommand(PYTHON, ['-c', 'import docx']);
export const hasLibreOffice = (): boolean => hasCommand('soffice', ['--version']) && hasCommand('pdftotext', ['-v']);

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `opk-${prefix}-`));

export const removeDir = (dir: string | undefined): void => {
  if (dir) rmSync(dir, { recursive: true, force: true });
};

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

const READ_DOCX = fileURLToPath(new URL('./read-docx.py', import.meta.url));

/** What python-docx sees in a DOCX file. */
export function readDocx(file: string): DocxDump {
  return JSON.parse(execFileSync(PYTHON, [READ_DOCX, file], { encoding: 'utf8', maxBuffer: 64 << 20 })) as DocxDump;
}

/**
 * Converts DOCX files to PDF with LibreOffice in one run (its start-up dominates), with a
 * private profile so parallel test runs do not fight over the user's.
 */
export function docxToPdf(files: string[], outDir: string): void {
  const profile = tempDir('lo-profile');
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      stdio: 'pipe',
      timeout: 180_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The text of each page, laid out as on the page (pdftotext -layout). */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = text.split('\f');
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

/** Words of one page with their boxes (points from the top left), and the page size. */
export function pdfWords(pdf: string, page: number): { width: number; height: number; words: PdfWord[] } {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(xml);
  const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    (m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] ?? '' }),
  );
  return { width: Number(size?.[1]), height: Number(size?.[2]), words };
}
