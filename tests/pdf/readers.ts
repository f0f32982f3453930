/** The real PDF readers the tests check against (poppler and qpdf), run on a file on disk. */
import { execFileSync, spawnSync } from 'node:child_process';

const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 16 << 20 });

/** pdftotext output; `page` limits it to one page (1-based). */
export function pdftotext(file: string, opts: { layout?: boolean; page?: number } = {}): string {
  const args: string[] = [];
  if (opts.layout) args.push('-layout');
  if (opts.page !== undefined) args.push('-f', String(opts.page), '-l', String(opts.page));
  return run('pdftotext', [...args, file, '-']);
}

export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words with their boxes (pt, y from the top) on one page, from `pdftotext -bbox`. */
export function wordBoxes(file: string, page: number): WordBox[] {
  const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  const words: WordBox[] = [];
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]! });
  }
  return words;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The font table of `pdffonts`. */
export function pdffonts(file: string): FontRow[] {
  const lines = run('pdffonts', [file]).trimEnd().split('\n').slice(2);
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, emb, sub, uni, object, id
    const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line);
    if (!m) throw new Error(`unexpected pdffonts line: ${line}`);
    return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes', subset: m[5] === 'yes', unicode: m[6] === 'yes' };
  });
}

/** `pdfinfo` fields by name. */
export function pdfinfo(file: string): Map<string, string> {
  const info = new Map<string, string>();
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) info.set(line.slice(0, i), line.slice(i + 1).trim());
  }
  return info;
}

/** `qpdf --check`: exit status and output. */
export function qpdfCheck(file: string): { status: number | null; output: string } {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}

/** The document catalog as qpdf's JSON sees it. */
export function catalog(file: string): Record<string, unknown> {
  const json: unknown = JSON.parse(run('qpdf', ['--json', file]));
  const objects = (json as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] }).qpdf[1];
  for (const obj of Object.values(objects)) {
    if (obj.value?.['/Type'] === '/Catalog') return obj.value;
  }
  throw new Error('no catalog');
}
