/**
 * Documents read back as passages a reader sees one at a time: paragraphs and list items, and
 * table rows with their table's header, from the HTML (its markup) and the DOCX (python-docx).
 * The PDF keeps no structure pdftotext can give back reliably, so it is read as plain text.
 */
import { python } from './readers.ts';

export interface TableRow {
  cells: string[];
  /** The header row's cells of the table the row belongs to (empty when the table has none). */
  header: string[];
}

export interface Paragraph {
  text: string;
  /** A list item (under the clause before it). */
  item: boolean;
}

export interface Passages {
  paragraphs: Paragraph[];
  rows: TableRow[];
}

/** No-break and thin spaces as plain spaces, runs of white space as one. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlToText(html: string): string {
  const text = html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
  return normalizeSpaces(text);
}

/** The passages of one HTML document as the opkit renderer writes it. */
export function htmlPassages(html: string): Passages {
  const rows: TableRow[] = [];
  const tables = [...html.matchAll(/<table\b[\s\S]*?<\/table>/g)].map((m) => m[0]);
  for (const table of tables) {
    const trs = [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => ({
      head: /<th\b/.test(m[1] ?? ''),
      cells: [...(m[1] ?? '').matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => htmlToText(c[1] ?? '')),
    }));
    const header = trs.find((r) => r.head)?.cells ?? [];
    for (const r of trs) if (!r.head) rows.push({ cells: r.cells, header });
  }
  const outside = html.replace(/<table\b[\s\S]*?<\/table>/g, '');
  const paragraphs = [...outside.matchAll(/<(p|li|h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/g)]
    .map((m) => ({ text: htmlToText(m[2] ?? ''), item: m[1] === 'li' }))
    .filter((p) => p.text !== '');
  return { paragraphs, rows };
}

const DOCX_SCRIPT = `
import sys, json, docx
out = {}
for f in sys.argv[1:]:
    d = docx.Document(f)
    tables = []
    for t in d.tables:
        rows = []
        for row in t.rows:
            cells = []
            prev = None
            for c in row.cells:
                # A merged cell comes back once per grid column it spans.
                if prev is not None and c._tc is prev:
                    continue
                prev = c._tc
                cells.append(c.text)
            rows.append(cells)
        tables.append(rows)
    paras = [{"text": p.text, "item": p.style.name == "Элемент списка"} for p in d.paragraphs]
    out[f] = {"paragraphs": paras, "tables": tables}
sys.stdout.write(json.dumps(out, ensure_ascii=False))
`;

/**
 * The passages of DOCX files, read by python-docx in one run (its start dominates). A table's
 * first row is its header: every table the pack writes has one, or none that names a KPI.
 */
export function docxPassages(files: string[]): Map<string, Passages> {
  const raw = JSON.parse(python(['-c', DOCX_SCRIPT, ...files])) as Record<string, { paragraphs: Paragraph[]; tables: string[][][] }>;
  const result = new Map<string, Passages>();
  for (const [file, doc] of Object.entries(raw)) {
    const rows: TableRow[] = [];
    for (const table of doc.tables) {
      const header = (table[0] ?? []).map(normalizeSpaces);
      for (const r of table.slice(1)) rows.push({ cells: r.map(normalizeSpaces), header });
    }
    const paragraphs = doc.paragraphs.map((p) => ({ text: normalizeSpaces(p.text), item: p.item })).filter((p) => p.text !== '');
    result.set(file, { paragraphs, rows });
  }
  return result;
}
