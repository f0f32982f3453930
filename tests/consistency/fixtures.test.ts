/** Today's fixture and product profiles generate: no consistency error, and every known defect is still real. */
import { describe, expect, test } from 'vitest';
import { checkPack } from '../../src/core/consistency/index.ts';
import { KNOWN_DEFECTS } from '../../src/core/consistency/known.ts';
import { PROFILE_FILES } from '../support/profiles.ts';
import { fixturePack } from './support.ts';

describe('the fixture packs agree with themselves', () => {
  const seen = new Set<string>();
  test.each(PROFILE_FILES)('%s has no consistency error', async (file) => {
    const findings = checkPack(await fixturePack(file));
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.check}: ${f.message}`)).toEqual([]);
    for (const f of findings) for (const p of f.where) seen.add(`${f.check}|${p.clause}`);
  });
  test('every known defect still shows in some fixture pack (remove an entry with its fix)', () => {
    expect(KNOWN_DEFECTS.filter((k) => !seen.has(`${k.check}|${k.clause}`))).toEqual([]);
  });
});
