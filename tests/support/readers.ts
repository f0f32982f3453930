/**
 * The real readers acceptance tests read documents back with: poppler (pdftotext, pdffonts),
 * qpdf, LibreOffice and python-docx. scripts/test installs them; a missing reader fails the
 * test that needs it rather than skipping it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PYTHON = '/usr/bin/python3';

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `opk-${prefix}-`));
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Text of a PDF as pdftotext gives it (reading order, no layout). */
export function pdfText(file: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Rows of `pdffonts`: name, type, embedded flag. */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // Columns: name type [type2] encoding emb sub uni object ID; emb is the 5th from the end.
    return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
  });
}

/** qpdf --check: exit 0 and no warnings. */
export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
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
  return execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
}

/** Convert DOCX files to PDF with LibreOffice in one run; returns the PDF paths (throws on failure). */
export function libreOfficeToPdf(files: string[], outDir: string): string[] {
  const profile = tempDir('lo-profile');
  try {
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { encoding: 'utf8', timeout: 180_000 },
    );
    if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stderr}`);
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

/** Collapse all whitespace (incl. no-break spaces and line ends) so wrapped text compares. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function writeTemp(dir: string, name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}
