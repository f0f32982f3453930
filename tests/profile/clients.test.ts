/**
 * `resolveClients`: the `clients` section as the documents read it, the profile's own values kept
 * and the spec's defaults (profile-v2.md) where the section or a part of it is absent.
 */
import { defaultSegments } from '../../src/core/profile/business-defaults.ts';
import { describe, expect, test } from 'vitest';
import { handoverSegments, resolveClients, sellerPosition } from '../../src/core/profile/clients.ts';
import { fixtureProfile } from '../support/packs.ts';
import { reference, variant } from '../math/profiles.ts';

describe('defaults (the reference: head, 4 sales managers, a key-account manager, no clients section)', () => {
  const clients = resolveClients(reference());

  test('A, B, C from the average deal (the wizard’s suggestion); A served by the key-account manager, B and C by the sales managers', () => {
    const deal = reference().plan.funnel.averageDeal;
    const p = reference();
    expect(clients.segments).toEqual(defaultSegments(p.department.positions, deal));
    expect(clients.segments.map((s) => [s.id, s.minAnnualRevenue, s.owner])).toEqual([
      ['a', deal * 4, 'account'],
      ['b', deal, 'manager'],
      ['c', 0, 'manager'],
    ]);
    expect(clients.segments.map((s) => s.contactEveryDays)).toEqual([14, 30, 60]);
    expect(clients.defaulted).toEqual({ segments: true, handover: true, commercialPolicy: true });
  });

  test('the sales managers hand segment A clients to the key-account manager after the first payment', () => {
    expect(clients.handover).toEqual({ from: 'manager', to: 'account', when: 'first-payment', afterMonths: null, segments: ['a'] });
    expect(handoverSegments(clients).map((s) => s.id)).toEqual(['a']);
  });

  test('5 % for the managers, 10 % for the head, deferral up to 30 days approved by the head', () => {
    expect(clients.commercialPolicy).toEqual({
      discounts: [
        { position: 'manager', maxPct: 5 },
        { position: 'account', maxPct: 5 },
        { position: 'rop', maxPct: 10 },
      ],
      paymentTerms: 'mixed',
      maxDeferralDays: 30,
      creditApprover: 'rop',
    });
  });
});

test('no key-account position: no hand-over, segment A served by the sales managers', () => {
  const profile = variant((raw) => {
    raw.department.positions = raw.department.positions.filter((p) => p['id'] !== 'account');
    raw.kpis = raw.kpis.filter((k) => k.position !== 'account');
    raw.motivation = raw.motivation.filter((m) => m['position'] !== 'account');
  });
  const clients = resolveClients(profile);
  expect(clients.handover).toBeNull();
  expect(clients.segments[0]?.owner).toBe('manager');
  expect(sellerPosition(profile).id).toBe('manager');
});

test('handover: false turns the default off; the profile’s own rule and segments are kept', () => {
  expect(resolveClients(variant((raw) => (raw['clients'] = { handover: false }))).handover).toBeNull();
  const saas = resolveClients(fixtureProfile('cloudtrack-saas.yaml'));
  expect(saas.defaulted.segments).toBe(false);
  expect(saas.handover).toMatchObject({ from: 'manager', to: 'key-account', when: 'after-months', afterMonths: 3, segments: ['a'] });
  expect(handoverSegments(saas).map((s) => s.name)).toEqual(['A — крупные автопарки']);
});

test('a given commercial policy is used as written; no head: the director approves deferrals by default', () => {
  const by = resolveClients(fixtureProfile('belstal-by.yaml'));
  expect(by.commercialPolicy.discounts.map((d) => d.position)).toEqual(['manager', 'rop', 'director']);
  expect(by.commercialPolicy.creditApprover).toBe('director');
  const karpov = resolveClients(fixtureProfile('karpov-ip.yaml'));
  expect(karpov.commercialPolicy.creditApprover).toBe('director');
  expect(karpov.handover).toBeNull();
});
