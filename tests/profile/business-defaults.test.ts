/** The defaults of profile v2's business fields (spec profile-v2.md), which the wizard shows and the documents read. */
import { expect, test } from 'vitest';
import {
  defaultChannels,
  defaultCommercialPolicy,
  defaultHandover,
  defaultSegments,
  defaultUnits,
} from '../../src/core/profile/business-defaults.ts';

const full = [
  { id: 'rop', role: 'head-of-sales' },
  { id: 'manager', role: 'sales-manager' },
  { id: 'kam', role: 'key-account-manager' },
];
const small = [{ id: 'seller', role: 'sales-manager' }];

test('units by offering, accounting only for an entrepreneur', () => {
  expect(defaultUnits('goods', 'ООО')).toEqual(['accounting', 'logistics', 'warehouse', 'marketing']);
  expect(defaultUnits('services', 'ООО')).toEqual(['accounting', 'service', 'marketing']);
  expect(defaultUnits('projects', 'АО')).toEqual(['accounting', 'installation', 'legal']);
  expect(defaultUnits('subscription', 'ТОО')).toEqual(['accounting', 'support', 'marketing', 'it']);
  expect(defaultUnits('production', 'ООО')).toEqual(['accounting', 'production', 'logistics']);
  expect(defaultUnits('subscription', 'ИП')).toEqual(['accounting']);
});

test('one direct channel run by the head, or by nobody named when there is no head', () => {
  expect(defaultChannels(full)).toEqual([{ type: 'direct', sharePct: 100, owner: 'rop' }]);
  expect(defaultChannels(small)).toEqual([{ type: 'direct', sharePct: 100, owner: null }]);
});

test('segments: A from four average deals a year with the key-account position, B from one, C the rest', () => {
  expect(defaultSegments(full, 437_000).map((s) => [s.id, s.minAnnualRevenue, s.owner, s.contactEveryDays])).toEqual([
    ['a', 1_700_000, 'kam', 14],
    ['b', 440_000, 'manager', 30],
    ['c', 0, 'manager', 60],
  ]);
  expect(defaultSegments(small, 60_000).map((s) => s.owner)).toEqual(['seller', 'seller', 'seller']);
});

test('hand-over from the managers to the key-account position after the first payment, segment A; none without both', () => {
  expect(defaultHandover(full, [{ id: 'a' }, { id: 'b' }])).toEqual({
    from: 'manager',
    to: 'kam',
    when: 'first-payment',
    afterMonths: null,
    segments: ['a'],
  });
  expect(defaultHandover(small, [{ id: 'a' }])).toBe(false);
});

test('policy: managers 5 %, the head 10 %, mixed payment, 30 days approved by the head (the director without one)', () => {
  expect(defaultCommercialPolicy(full)).toEqual({
    discounts: [
      { position: 'manager', maxPct: 5 },
      { position: 'kam', maxPct: 5 },
      { position: 'rop', maxPct: 10 },
    ],
    paymentTerms: 'mixed',
    maxDeferralDays: 30,
    creditApprover: 'rop',
  });
  expect(defaultCommercialPolicy(small).creditApprover).toBe('director');
});
