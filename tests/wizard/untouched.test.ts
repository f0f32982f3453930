/** The review's list of values the owner never made their own: which, and how they read. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Draft } from '../../src/wizard/state/draft.ts';
import { hasLatinIdentifier } from '../../src/wizard/state/owner-messages.ts';
import { setAt } from '../../src/wizard/state/paths.ts';
import { defaultsFor } from '../../src/wizard/state/quick-start.ts';
import { byStep, untouchedValues } from '../../src/wizard/state/untouched.ts';
import { REFERENCE_COPY } from '../support/reference.ts';

const example = (): Draft => parse(readFileSync(REFERENCE_COPY, 'utf8')) as Draft;

test('every value of the example is listed until changed, in the form’s words, with no code', () => {
  const base = example();
  const all = untouchedValues(example(), { kind: 'example', base }, new Set());
  expect(all.length).toBeGreaterThan(50);
  for (const v of all) {
    expect(hasLatinIdentifier(`${v.label}: ${v.value}`), `${v.path} ${v.label}: ${v.value}`).toBe(false);
  }
  expect(all.find((v) => v.path === 'plan.year')?.value).toMatch(/^\d{4}$/);
  expect(all.find((v) => v.path === 'kpis[1].items[0].kpi')?.value).toBe('«Выручка (оплаченные продажи)»');
  const changed = untouchedValues(setAt(example(), ['plan', 'revenue'], 120_000_000), { kind: 'example', base }, new Set());
  expect(changed.some((v) => v.path === 'plan.revenue')).toBe(false);
  expect(changed).toHaveLength(all.length - 1);
  expect(byStep(all).map((g) => g.step)[0]).toBe('company');
});

test('after the quick start, only defaults on steps never opened are listed, never what the owner answered', () => {
  const answers = { offering: 'goods' as const, team: { 'sales-manager': 3 }, salaries: {}, revenue: 50_000_000, crm: null };
  const base = defaultsFor(answers);
  const origin = { kind: 'blank' as const, answers, base };
  const none = untouchedValues(base, origin, new Set());
  expect(none.some((v) => v.path === 'plan.revenue' || v.path.endsWith('.salary') || v.path.endsWith('.headcount'))).toBe(false);
  expect(none.some((v) => v.step === 'plan')).toBe(true);
  const seen = untouchedValues(base, origin, new Set(['plan', 'kpi'] as const));
  expect(seen.some((v) => v.step === 'plan' || v.step === 'kpi')).toBe(false);
  expect(untouchedValues(base, { kind: 'file' }, new Set())).toEqual([]);
});
