/**
 * The registry and the document units: every document folder is registered once, in the pack's
 * order; views refer only to registered documents; and a made-up document type, written as one
 * folder (fixtures/documents/key-client-list/) the way docs/architecture.md shows, builds into
 * PDF, DOCX and HTML through the same engine with its clause ids.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { clauseEntries } from '../../src/core/model/clauses.ts';
import { generatePack } from '../../src/core/pack/generate.ts';
import { compileTemplateSource } from '../../src/core/templating/precompile.ts';
import { DOCUMENT_IDS, DOCUMENTS, loadDefinitions } from '../../src/documents/registry.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { TIMESTAMP } from '../support/timestamp.ts';
import madeUp from '../../fixtures/documents/key-client-list/index.ts';
import { fixtureProfile } from '../support/packs.ts';
import { docxText, pdfText, removeDir, squash, tempDir } from '../support/readers.ts';

const DOCUMENTS_DIR = fileURLToPath(new URL('../../src/documents/', import.meta.url));
const MADE_UP_DIR = fileURLToPath(new URL('../../fixtures/documents/key-client-list/', import.meta.url));

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourcesUnder(path.join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe('the registry', () => {
  test('lists every document folder once, each defining the document its folder is named after', async () => {
    const folders = readdirSync(DOCUMENTS_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory() && readdirSync(path.join(DOCUMENTS_DIR, e.name)).includes('meta.ts'))
      .map((e) => e.name);
    expect([...DOCUMENT_IDS].sort()).toEqual(folders.sort());
    const definitions = await loadDefinitions();
    expect(definitions.map((d) => d.meta.id)).toEqual(DOCUMENTS.map((d) => d.meta.id));
  });

  test('every document a view asks about is a registered one', () => {
    const asked = sourcesUnder(DOCUMENTS_DIR).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/includes\(\s*profile\s*,\s*'([^']+)'\s*\)/g)].map(
        (m) => `${path.relative(DOCUMENTS_DIR, file)}: ${m[1]}`,
      ),
    );
    expect(asked.length).toBeGreaterThan(10);
    expect(asked.filter((line) => !DOCUMENT_IDS.some((id) => line.endsWith(`: ${id}`)))).toEqual([]);
  });
});

describe('a made-up document type from one folder', () => {
  const dir = tempDir('made-up');
  afterAll(() => removeDir(dir));

  test('builds in every format with the profile’s data and its clause ids', async () => {
    const profile = fixtureProfile('tehnosnab.yaml');
    const template = compileTemplateSource(readFileSync(path.join(MADE_UP_DIR, 'key-client-list.md.hbs'), 'utf8'));
    const pack = await generatePack(profile, [], {
      formats: ['docx', 'pdf', 'html'],
      fonts: await loadFontSet(profile.documents.font),
      timestamp: TIMESTAMP,
      documents: [madeUp],
      templates: { 'key-client-list': template },
    });
    expect(pack.manifest.documents.map((d) => d.id)).toEqual(['key-client-list']);
    expect(clauseEntries(pack.models[0]!).map((c) => c.id)).toEqual([
      'key-client-list.general',
      'key-client-list.general.purpose',
      'key-client-list.general.changes',
      'key-client-list.holders',
      'key-client-list.holders.by-position',
      'key-client-list.holders.positions',
      'key-client-list.acknowledgement',
    ]);
    for (const file of pack.files) writeFileSync(path.join(dir, file.path), file.bytes);
    const manager = profile.department.positions.find((p) => (p.employees ?? []).length > 0);
    expect(manager).toBeDefined();
    const texts = {
      pdf: pdfText(path.join(dir, 'key-client-list.pdf')),
      // Word numbers the clauses itself: python-docx reads the text without the numbers.
      docx: docxText(path.join(dir, 'key-client-list.docx')),
      html: readFileSync(path.join(dir, 'key-client-list.html'), 'utf8').replace(/<[^>]+>/g, ' '),
    };
    for (const [format, text] of Object.entries(texts)) {
      const flat = squash(text);
      expect(flat).toContain('ПЕРЕЧЕНЬ');
      expect(flat).toContain(format === 'docx' ? 'Перечень определяет' : '1.1. Перечень определяет');
      expect(flat).toContain(squash(manager!.employees![0]!));
      expect(flat).toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
    }
  });
});
