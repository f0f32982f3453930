/** The wizard's state logic without a browser: paths, starter profile, checks, labels, defaults. */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkDraft } from '../../src/wizard/state/check.ts';
import { ownerMessage } from '../../src/wizard/state/owner-messages.ts';
import { addPosition, removePosition, renamePosition } from '../../src/wizard/state/defaults.ts';
import type { Draft } from '../../src/wizard/state/draft.ts';
import { describePath } from '../../src/wizard/state/labels.ts';
import { getAt, removeAt, setAt } from '../../src/wizard/state/paths.ts';
import { stepOf } from '../../src/wizard/state/steps.ts';
import { REFERENCE_COPY } from '../support/reference.ts';

const reference = (): Draft => parse(readFileSync(REFERENCE_COPY, 'utf8')) as Draft;

test('setAt copies along the path and leaves the original alone; undefined removes a field', () => {
  const draft = reference();
  const next = setAt(draft, ['department', 'positions', 1, 'salary'], 55000);
  expect(getAt(next, ['department', 'positions', 1, 'salary'])).toBe(55000);
  expect(draft.department.positions[1]!.salary).toBe(50000);
  expect(next.department.positions[0]).toBe(draft.department.positions[0]);
  const removed = setAt(draft, ['plan', 'seasonality'], undefined);
  expect('seasonality' in removed.plan).toBe(false);
  expect(removeAt(draft, ['department', 'positions', 0]).department.positions).toHaveLength(3);
});

test('errors are indexed by the path of the field that shows them', () => {
  const draft = setAt(reference(), ['kpis', 1, 'items', 0, 'weight'], 50);
  const check = checkDraft(draft, reference(), ownerMessage);
  expect(check.profile).toBeNull();
  expect(check.errorsAt.get('kpis[1].items')?.[0]?.message).toContain('90 %');
  expect(stepOf('kpis[1].items')).toBe('kpi');
});

test('live figures borrow only the broken sections from the last valid draft', () => {
  const broken = setAt(reference(), ['company', 'name'], '');
  const check = checkDraft(setAt(broken, ['plan', 'revenue'], 120_000_000), reference(), ownerMessage);
  expect(check.figures?.plan.revenue).toBe(120_000_000);
  expect(check.figuresPartial).toBe(false);
  const badPlan = checkDraft(setAt(reference(), ['plan', 'revenue'], 'много'), reference(), ownerMessage);
  expect(badPlan.figures?.plan.revenue).toBe(240_000_000);
  expect(badPlan.figuresPartial).toBe(true);
});

test('problems are named in the words of the form', () => {
  const draft = reference();
  expect(describePath(draft, 'company.name')).toBe('Краткое название компании');
  expect(describePath(draft, 'plan.funnel')).toBe('Воронка продаж');
  expect(describePath(draft, 'department.positions[1].salary')).toBe('Менеджер по продажам → оклад');
  expect(describePath(draft, 'kpis[1].items[2].plan')).toBe('KPI: Менеджер по продажам → показатель 3, план');
  expect(describePath(draft, 'motivation[2].rateCurve[1][0]')).toBe('Мотивация: Менеджер по работе с ключевыми клиентами → кривая ставки');
});

test('a position added, renamed and removed keeps the profile valid', () => {
  let draft = reference();
  const added = addPosition(draft, 'sales-assistant');
  draft = added.draft;
  expect(checkDraft(draft, null, ownerMessage).errors).toEqual([]);
  draft = renamePosition(draft, added.id, 'helper');
  expect(draft.kpis.some((k) => k.position === 'helper')).toBe(true);
  expect(checkDraft(draft, null, ownerMessage).errors).toEqual([]);
  // Removing the head re-points its subordinates to the director.
  draft = removePosition(draft, 'rop');
  expect(draft.department.positions.every((p) => p.reportsTo !== 'rop')).toBe(true);
  expect(draft.kpis.some((k) => k.position === 'rop')).toBe(false);
  expect(checkDraft(draft, null, ownerMessage).errors).toEqual([]);
});

test('every catalog role can be added with its typical KPIs and a valid profile results', () => {
  for (const role of [
    'head-of-sales',
    'sales-manager',
    'key-account-manager',
    'lead-generation',
    'sales-assistant',
    'marketing-manager',
    'custom',
  ] as const) {
    const { draft } = addPosition(reference(), role);
    expect(
      checkDraft(draft, null, ownerMessage).errors.map((e) => `${e.path}: ${e.message}`),
      role,
    ).toEqual([]);
  }
});
