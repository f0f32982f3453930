/**
 * The «Как вы продаёте» step's state without a browser: defaults shown but not written, units
 * that follow the offering until edited, the first edit writing a section out, the channel sum
 * refused by the CLI's own check, positions renamed and removed everywhere they are named, and
 * every fixture still valid with every default written out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { defaultUnits } from '../../src/core/profile/business-defaults.ts';
import { migrateProfile } from '../../src/core/profile/migrate.ts';
import { checkDraft } from '../../src/wizard/state/check.ts';
import { ownerMessage } from '../../src/wizard/state/owner-messages.ts';
import { removePosition, renamePosition } from '../../src/wizard/state/defaults.ts';
import type { Draft } from '../../src/wizard/state/draft.ts';
import { getAt, setAt } from '../../src/wizard/state/paths.ts';
import {
  addChannel,
  addSegment,
  editSelling,
  isDefault,
  removeSegment,
  resetSection,
  SELLING_SECTIONS,
  startHandover,
  withDefaults,
} from '../../src/wizard/state/selling.ts';
import { stepOf } from '../../src/wizard/state/steps.ts';
import { PROFILE_FILES, profilePath } from '../support/profiles.ts';

/** A profile file as the wizard holds it: parsed and migrated, not yet validated. */
function draftOf(name: string): Draft {
  const migrated = migrateProfile(parse(readFileSync(profilePath(name), 'utf8')));
  if (!migrated.ok) throw new Error(`${name}: ${migrated.errors.map((e) => e.message).join('; ')}`);
  return migrated.data as Draft;
}

/** The documented example without its business sections: what a draft saved before this step holds. */
function oldDraft(): Draft {
  const draft = draftOf('example.yaml');
  const { offering: _o, channels: _c, units: _u, ...company } = draft.company;
  const { clients: _clients, ...rest } = draft;
  return { ...rest, company: company as Draft['company'] };
}

describe('defaults on the selling step', () => {
  test('an old draft without the business fields shows the defaults and stays valid, writing nothing', () => {
    const draft = oldDraft();
    const shown = withDefaults(draft);
    expect(shown.company.units).toEqual(['accounting', 'logistics', 'warehouse', 'marketing']);
    expect(shown.company.channels).toEqual([{ type: 'direct', sharePct: 100, owner: 'rop' }]);
    expect(shown.clients?.segments?.map((s) => [s.id, s.minAnnualRevenue, s.owner])).toEqual([
      ['a', 1_800_000, 'account'],
      ['b', 450_000, 'manager'],
      ['c', 0, 'manager'],
    ]);
    expect(shown.clients?.handover).toEqual({ from: 'manager', to: 'account', when: 'first-payment', afterMonths: null, segments: ['a'] });
    expect(shown.clients?.commercialPolicy?.creditApprover).toBe('rop');
    expect(draft.company.units).toBeUndefined();
    expect(SELLING_SECTIONS.every((s) => isDefault(draft, s))).toBe(true);
    expect(checkDraft(draft, null, ownerMessage).errors).toEqual([]);
  });

  test('units follow the offering until the user edits them, then stay; reset brings the default back', () => {
    let draft = editSelling(oldDraft(), ['company', 'offering'], 'subscription');
    expect(withDefaults(draft).company.units).toEqual(['accounting', 'support', 'marketing', 'it']);
    expect(isDefault(draft, ['company', 'units'])).toBe(true);

    draft = editSelling(draft, ['company', 'units'], ['accounting', 'support']);
    draft = editSelling(draft, ['company', 'offering'], 'projects');
    expect(withDefaults(draft).company.units).toEqual(['accounting', 'support']);

    draft = resetSection(draft, ['company', 'units']);
    expect(withDefaults(draft).company.units).toEqual(defaultUnits('projects', 'ООО'));
    expect('units' in draft.company).toBe(false);
  });

  test('an entrepreneur is offered accounting only', () => {
    const draft = editSelling(oldDraft(), ['company', 'legalForm'], 'ИП');
    expect(withDefaults(draft).company.units).toEqual(['accounting']);
  });

  test('the first edit of a section writes out what was shown, with the edit', () => {
    const draft = editSelling(oldDraft(), ['clients', 'segments', 1, 'contactEveryDays'], 21);
    expect(draft.clients?.segments?.map((s) => s.contactEveryDays)).toEqual([14, 21, 60]);
    // The other sections stay defaults.
    expect(isDefault(draft, ['clients', 'commercialPolicy'])).toBe(true);
    expect(isDefault(draft, ['company', 'channels'])).toBe(true);
  });
});

describe('channels', () => {
  test('shares that do not sum to 100 are refused with the sum, on the selling step', () => {
    let draft = addChannel(oldDraft(), 'dealers');
    expect(draft.company.channels?.map((c) => [c.type, c.sharePct])).toEqual([
      ['direct', 100],
      ['dealers', 0],
    ]);
    draft = editSelling(draft, ['company', 'channels', 0, 'sharePct'], 70);
    draft = editSelling(draft, ['company', 'channels', 1, 'sharePct'], 20);
    const check = checkDraft(draft, null, ownerMessage);
    expect(check.errorsAt.get('company.channels')?.[0]?.message).toBe('Доли каналов в сумме 90 %, должно быть 100 %.');
    expect(stepOf('company.channels')).toBe('selling');
    expect(stepOf('company.channels[1].sharePct')).toBe('selling');
    expect(stepOf('company.name')).toBe('company');

    draft = editSelling(draft, ['company', 'channels', 1, 'sharePct'], 30);
    expect(checkDraft(draft, null, ownerMessage).errors).toEqual([]);
  });
});

describe('segments and hand-over', () => {
  test('a new segment takes the next letter; removing one drops it from the hand-over rule', () => {
    let draft = startHandover(oldDraft());
    draft = editSelling(draft, ['clients', 'handover', 'segments'], ['a', 'b']);
    draft = addSegment(draft);
    expect(draft.clients?.segments?.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    draft = removeSegment(draft, 1);
    expect(draft.clients?.segments?.map((s) => s.id)).toEqual(['a', 'c', 'd']);
    expect(getAt(draft, ['clients', 'handover', 'segments'])).toEqual(['a']);
  });

  test('turning the hand-over on without a key-account position hands over to the head', () => {
    const draft = removePosition(oldDraft(), 'account');
    expect(withDefaults(draft).clients?.handover).toBe(false);
    expect(getAt(startHandover(draft), ['clients', 'handover'])).toMatchObject({ from: 'manager', to: 'rop', when: 'first-payment' });
  });
});

describe('positions named by the business sections', () => {
  const written = (): Draft => {
    let draft = addChannel(oldDraft(), 'tenders');
    draft = editSelling(draft, ['company', 'channels', 0, 'sharePct'], 70);
    draft = editSelling(draft, ['company', 'channels', 1, 'sharePct'], 30);
    return SELLING_SECTIONS.reduce<Draft>((d, s) => setAt(d, s, getAt(withDefaults(d), s)), draft);
  };

  test('a renamed position is renamed in channels, segments, hand-over and policy', () => {
    const draft = renamePosition(written(), 'account', 'kam');
    expect(draft.clients?.segments?.[0]?.owner).toBe('kam');
    expect(getAt(draft, ['clients', 'handover', 'to'])).toBe('kam');
    expect(draft.clients?.commercialPolicy?.discounts.map((d) => d.position)).toContain('kam');
    expect(checkDraft(draft, null, ownerMessage).errors).toEqual([]);
  });

  test('a removed position leaves no reference behind', () => {
    const draft = removePosition(written(), 'account');
    expect(draft.clients?.segments?.[0]?.owner).toBe('rop');
    expect(draft.clients?.handover).toBeNull();
    expect(draft.clients?.commercialPolicy?.discounts.map((d) => d.position)).not.toContain('account');
    const head = removePosition(draft, 'rop');
    expect(head.company.channels?.every((c) => c.owner !== 'rop')).toBe(true);
    expect(checkDraft(head, null, ownerMessage).errors.filter((e) => /нет должности/.test(e.message))).toEqual([]);
  });
});

test.each(PROFILE_FILES)('%s stays valid with every business default written out', (name) => {
  const draft = draftOf(name);
  const written = SELLING_SECTIONS.reduce<Draft>((d, s) => (isDefault(d, s) ? setAt(d, s, getAt(withDefaults(d), s)) : d), draft);
  expect(checkDraft(written, null, ownerMessage).errors).toEqual([]);
});
