/**
 * The KPI cards' attainment examples («при плане 1,3 клиента и факте 1 клиент выполнение составит
 * 1 клиент / 1,3 клиента × 100 % = 76,9 %») redone from the printed figures, in every fixture's cards.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { blockText } from '../../core/model/to-text.ts';
import { buildPackModels } from '../../core/pack/generate.ts';
import { fixtureProfile } from '../../../tests/support/packs.ts';
import { PROFILE_FILES } from '../../../tests/support/profiles.ts';

const NUM = '\\d{1,3}(?: \\d{3})*(?:,\\d+)?';
const EXAMPLE = new RegExp(`выполнение составит (${NUM})[^/]*/ (${NUM})[^×]*× 100 % = (${NUM}) %`, 'gu');
const num = (text: string): number => Number(text.replace(/ /g, '').replace(',', '.'));

const examples = new Map<string, Array<{ text: string; a: number; b: number; printed: number }>>();

beforeAll(async () => {
  for (const file of PROFILE_FILES) {
    const models = await buildPackModels(fixtureProfile(file));
    const text = models
      .filter((m) => m.meta.id.startsWith('kpi-card'))
      .flatMap((m) => m.children.flatMap(blockText))
      .map((t) => t.replace(/[\u00a0\u202f]/g, ' '));
    examples.set(
      file,
      text.flatMap((t) =>
        [...t.matchAll(EXAMPLE)].map((m) => ({ text: m[0], a: num(m[1] ?? ''), b: num(m[2] ?? ''), printed: num(m[3] ?? '') })),
      ),
    );
  }
}, 240_000);

describe.each(PROFILE_FILES)('%s', (file) => {
  test('every attainment example divides to its printed result (to 0,1 %)', () => {
    const found = examples.get(file) ?? [];
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(Math.abs((e.a / e.b) * 100 - e.printed), e.text).toBeLessThanOrEqual(0.05 + 1e-9);
  });
});
