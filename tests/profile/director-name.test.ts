/** The director's name may be left out (a blank line to sign), except for an entrepreneur. */
import { expect, test } from 'vitest';
import { checkProfileData } from '../../src/core/check-data.ts';
import { documentFrame } from '../../src/core/pack/frame.ts';
import { SIGNATURE_LINE } from '../../src/core/render/conventions.ts';
import { reference, set, unset } from './helpers.ts';

test('without a director name the profile is valid and the approval block leaves a line for the name', () => {
  const raw = reference();
  unset(raw, 'company.director.fullName');
  const result = checkProfileData(raw);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(documentFrame(result.profile, null).approval?.signer).toBe(SIGNATURE_LINE);
});

test('with a director name the approval block carries initials and surname', () => {
  const result = checkProfileData(reference());
  expect(result.ok && documentFrame(result.profile, null).approval?.signer).toBe('А.В.\u00a0Петров');
});

test('an entrepreneur must give the name: it is part of the organisation name', () => {
  const raw = reference();
  set(raw, 'company.legalForm', 'ИП');
  unset(raw, 'company.director.fullName');
  const result = checkProfileData(raw);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors.map((e) => e.path)).toContain('company.director.fullName');
});
