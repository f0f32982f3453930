/** The pack reports each finished file, so the site can show how far a download has got. */
import { expect, test } from 'vitest';
import { generatePack } from '../../src/core/pack/generate.ts';
import { fixtureProfile } from '../support/packs.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

test('onFile counts every rendered file once, up to the total', async () => {
  const profile = fixtureProfile('karpov-ip.yaml');
  const calls: Array<[number, number]> = [];
  const pack = await generatePack(profile, [], {
    formats: ['docx', 'html'],
    fonts: null,
    timestamp: TIMESTAMP,
    onFile: (done, total) => calls.push([done, total]),
  });
  const total = pack.manifest.documents.length * 2;
  expect(calls).toHaveLength(total);
  expect(calls.map(([done]) => done)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  expect(calls.every(([, t]) => t === total)).toBe(true);
});
