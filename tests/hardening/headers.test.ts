/**
 * `public/_headers` (issue 16): hosts that read it send the site's Content-Security-Policy as a
 * header, with `frame-ancestors 'none'`, which a <meta> policy cannot set. The header's policy is
 * the page's own plus that directive, so the two cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './support.ts';

function headers(): Map<string, string> {
  const text = readFileSync(path.join(ROOT, 'public/_headers'), 'utf8');
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  expect(lines[0]).toBe('/*');
  return new Map(
    lines.slice(1).map((l) => {
      const at = l.indexOf(':');
      return [l.slice(0, at).trim(), l.slice(at + 1).trim()];
    }),
  );
}

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);

test('the header policy is the page policy plus frame-ancestors none', () => {
  const layout = readFileSync(path.join(ROOT, 'src/layouts/Base.astro'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(layout)?.[1] ?? '';
  expect(meta).not.toBe('');
  const header = headers().get('Content-Security-Policy') ?? '';
  expect(directives(header)).toEqual([...directives(meta), "frame-ancestors 'none'"]);
});

test('framing is refused for browsers that predate frame-ancestors, and nothing is sniffed or referred', () => {
  const h = headers();
  expect(h.get('X-Frame-Options')).toBe('DENY');
  expect(h.get('X-Content-Type-Options')).toBe('nosniff');
  expect(h.get('Referrer-Policy')).toBe('no-referrer');
});
