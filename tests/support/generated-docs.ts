/**
 * Reference blocks in docs/*.md generated from code, between
 * `<!-- generated:NAME (SOURCE; do not edit by hand) -->` and `<!-- end:NAME -->`. A test fails
 * when the block differs from what the code generates now; UPDATE_DOCS=1 rewrites it instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export function expectGeneratedBlock(docsFile: string, name: string, source: string, content: string): void {
  const start = `<!-- generated:${name} (${source}; do not edit by hand) -->`;
  const end = `<!-- end:${name} -->`;
  const docs = readFileSync(docsFile, 'utf8');
  const from = docs.indexOf(start);
  const to = docs.indexOf(end);
  expect(from).toBeGreaterThan(0);
  expect(to).toBeGreaterThan(from);
  const block = `${start}\n\n${content}\n${end}`;
  if (process.env['UPDATE_DOCS'] === '1') {
    writeFileSync(docsFile, docs.slice(0, from) + block + docs.slice(to + end.length));
    return;
  }
  expect(docs.slice(from, to + end.length)).toBe(block);
}
