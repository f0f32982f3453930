/**
 * The CLI loads its templates precompiled through a cache (src/node/template-cache.ts). What
 * it loads must build the same documents as the template sources.
 */
import { describe, expect, test } from 'vitest';
import { buildPackModels } from '../../src/core/pack/generate.ts';
import { loadPrecompiledTemplates } from '../../src/node/template-cache.ts';
import { loadTemplates } from '../../src/node/templates.ts';
import { fixtureProfile } from '../support/packs.ts';

describe('precompiled template cache', () => {
  test('every template comes precompiled, the first time and from the cache', async () => {
    const sources = await loadTemplates();
    for (let run = 0; run < 2; run++) {
      const templates = await loadPrecompiledTemplates();
      expect(Object.keys(templates).sort()).toEqual(Object.keys(sources).sort());
      for (const template of Object.values(templates)) expect(typeof template).toBe('object');
    }
  });

  test('builds the same models as the sources', async () => {
    const profile = fixtureProfile('nordline-eur-40.yaml');
    expect(buildPackModels(profile, await loadPrecompiledTemplates())).toEqual(buildPackModels(profile, await loadTemplates()));
  });
});
