import fc from 'fast-check';
import { expect, test } from 'vitest';
import { IssueSchema } from '../../src/core/profile/issue-schema.ts';
import { validateProfile } from '../../src/core/profile/validate.ts';
import { reference } from './helpers.ts';

/** All paths to leaves and branches of a value, as key lists. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
}

function replaceAt(root: unknown, path: Array<string | number>, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? replaceAt(v, rest, value) : v));
  if (typeof root === 'object' && root !== null) {
    return { ...root, [head]: replaceAt((root as Record<string, unknown>)[String(head)], rest, value) };
  }
  return root;
}

const referencePaths = paths(reference());

test('validation never throws on arbitrary JSON, and every issue is well formed', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const result = validateProfile(value);
      expect(result.ok).toBe(false);
      if (!result.ok) for (const i of result.errors) expect(IssueSchema.parse(i)).toEqual(i);
    }),
    { numRuns: 300 },
  );
});

test('replacing any part of the reference with any value never throws and always explains itself', () => {
  fc.assert(
    fc.property(fc.constantFrom(...referencePaths), fc.oneof(fc.jsonValue(), fc.constant(undefined)), (path, value) => {
      const result = validateProfile(replaceAt(reference(), path, value));
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const i of result.errors) expect(i.message).toMatch(/[а-яё]/);
      }
    }),
    { numRuns: 500 },
  );
});
