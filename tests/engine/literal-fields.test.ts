/**
 * Every user-facing string of the profile, filled with Markdown, HTML and Handlebars syntax,
 * comes out verbatim in the PDF (pdftotext), the DOCX (python-docx) and the HTML, and the
 * documents keep exactly the structure they have with plain values.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkProfileData } from '../../src/core/check.ts';
import { generatePack, type Pack } from '../../src/core/pack/generate.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import type { Block } from '../../src/core/model/types.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { docxText, pdfText, removeDir, squash, tempDir } from '../support/readers.ts';
import { REFERENCE_PROFILE } from '../support/reference.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

const REFERENCE = REFERENCE_PROFILE;

/** Syntax of every kind a template engine or Markdown could act on. */
const nasty = (tag: string) => `${tag}: **жирный** _курсив_ <b>тег</b> &amp; {{x}} {{#if y}} [ссылка](u) | # 1. \\*`;

interface Field {
  name: string;
  set(raw: Record<string, any>, value: string): void;
  /** What must appear verbatim (a field may be printed transformed, e.g. a name as initials). */
  expected(value: string): string;
}

const FIELDS: Field[] = [
  { name: 'company.name', set: (r, v) => (r.company.name = v), expected: (v) => v },
  { name: 'company.fullName', set: (r, v) => (r.company.fullName = v), expected: (v) => v },
  { name: 'company.city', set: (r, v) => (r.company.city = v), expected: (v) => v },
  { name: 'company.industry', set: (r, v) => (r.company.industry = v), expected: (v) => v },
  { name: 'company.director.position', set: (r, v) => (r.company.director.position = v), expected: (v) => v },
  {
    name: 'company.director.fullName',
    set: (r) => (r.company.director.fullName = 'Петров**{{x}}<b>&amp; Андрей Викторович'),
    expected: () => 'А.В. Петров**{{x}}<b>&amp;',
  },
  { name: 'department.name', set: (r, v) => (r.department.name = v), expected: (v) => v },
  { name: 'positions[1].title', set: (r, v) => (r.department.positions[1].title = v), expected: (v) => v },
  { name: 'positions[1].employees[0]', set: (r, v) => (r.department.positions[1].employees[0] = v), expected: (v) => v },
  { name: 'processes.crm', set: (r, v) => (r.processes.crm = v), expected: (v) => v },
  { name: 'kpis[3].items[1].name', set: (r, v) => (r.kpis[3].items[1].name = v), expected: (v) => v },
];

function referenceRaw(): Record<string, any> {
  return parse(readFileSync(REFERENCE, 'utf8'));
}

function validProfile(raw: unknown): Profile {
  const result = checkProfileData(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profile;
}

function shape(blocks: Block[]): string[] {
  return blocks.map((b) =>
    b.type === 'paragraph' ? `p${b.clause ? `:${b.clause.number}` : ''}` : b.type === 'heading' ? `h${b.level}:${b.number ?? ''}` : b.type,
  );
}

function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

let dir: string;
let plain: Pack;
let hostile: Pack;
const values = new Map<string, string>();

beforeAll(async () => {
  dir = tempDir('literal');
  const fonts = await loadFontSet('Times New Roman');
  const options = { formats: ['docx', 'pdf', 'html'] as const, fonts, timestamp: TIMESTAMP };
  plain = await generatePack(validProfile(referenceRaw()), [], { ...options, formats: [...options.formats] });
  const raw = referenceRaw();
  for (const field of FIELDS) {
    const value = nasty(field.name);
    values.set(field.name, field.expected(value));
    field.set(raw, value);
  }
  hostile = await generatePack(validProfile(raw), [], { ...options, formats: [...options.formats] });
  for (const file of hostile.files) writeFileSync(path.join(dir, file.path), file.bytes);
});
afterAll(() => removeDir(dir));

describe('user strings are printed verbatim', () => {
  test.each(FIELDS.map((f) => f.name))('%s in the PDF', (name) => {
    expect(squash(pdfText(path.join(dir, 'charter.pdf')))).toContain(squash(values.get(name) as string));
  });
  test.each(FIELDS.map((f) => f.name))('%s in the DOCX', (name) => {
    expect(squash(docxText(path.join(dir, 'charter.docx')))).toContain(squash(values.get(name) as string));
  });
  test.each(FIELDS.map((f) => f.name))('%s in the HTML', (name) => {
    const html = readFileSync(path.join(dir, 'charter.html'), 'utf8');
    expect(html).not.toContain('<b>тег</b>');
    expect(squash(htmlText(html))).toContain(squash(values.get(name) as string));
  });

  test('and change nothing else: the same blocks, sections and clauses', () => {
    expect(hostile.models.map((m) => shape(m.children))).toEqual(plain.models.map((m) => shape(m.children)));
  });
});
