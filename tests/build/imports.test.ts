/**
 * The shape of the code: no import circle between files, none between folders, and the core
 * never reaches out to an edge (the CLI, Node adapters, the browser, the site, the wizard, the
 * audit page). Read from the sources' own import statements, dynamic imports included.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { circles, importGraph, part, ROOT, sources } from '../support/import-graph.ts';

const FILES = [...sources('src'), ...sources('content'), ...sources('bin'), ...sources('scripts')];
const GRAPH = importGraph(FILES);

describe('the import graph', () => {
  test('reads a real tree', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(GRAPH.get('src/core/pack/generate.ts')).toContain('src/documents/registry.ts');
  });

  test('has no circle between files', () => {
    expect(circles(GRAPH)).toEqual([]);
  });

  test('has no circle between the parts of the house', () => {
    const parts = new Map<string, Set<string>>();
    for (const [file, targets] of GRAPH) {
      const from = part(file);
      const set = parts.get(from) ?? new Set<string>();
      for (const target of targets) if (part(target) !== from) set.add(part(target));
      parts.set(from, set);
    }
    expect(circles(new Map([...parts].map(([k, v]) => [k, [...v]])))).toEqual([]);
  });

  test('the core never imports an edge', () => {
    const edges = ['src/cli/', 'src/node/', 'src/browser/', 'src/wizard/', 'src/audit/', 'src/site/', 'src/pages/'];
    const arrows = [...GRAPH]
      .filter(([file]) => file.startsWith('src/core/'))
      .flatMap(([file, targets]) => targets.filter((t) => edges.some((e) => t.startsWith(e))).map((t) => `${file} → ${t}`));
    expect(arrows).toEqual([]);
  });

  // The moment stamped into files is an input (src/core/pack/timestamp.ts), so the same profile gives the same bytes.
  test('the core reads no clock', () => {
    const clocks = FILES.filter((f) => f.startsWith('src/core/') || f.startsWith('src/documents/')).filter((f) =>
      /new Date\(\)|Date\.now\(\)|performance\.now\(\)/.test(readFileSync(path.join(ROOT, f), 'utf8')),
    );
    expect(clocks).toEqual([]);
  });

  test('finds a circle when there is one', () => {
    expect(
      circles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });
});
