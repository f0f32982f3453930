/**
 * The wizard's draft: the profile as plain data, exactly what an exported file holds. It may be
 * invalid while the user types; validation (check.ts) says where.
 */
import type { ProfileInput } from '../../core/profile/schema.ts';
import example from '../../../content/profiles/example.yaml?data';

export type Draft = ProfileInput;

const clone = <T>(value: T): T => structuredClone(value);

/** The documented example profile (the one `opkit init` writes), as data. */
export function exampleProfile(): Draft {
  return clone(example as Draft);
}

/**
 * What a new user starts from: the working example without the example company's own facts
 * (name, registry number, people), so a user who types only a company name already gets a
 * coherent pack, and nothing of ТехноСнаб ends up in their documents.
 */
export function starterProfile(today: Date = new Date()): Draft {
  const draft = exampleProfile();
  draft.company = {
    ...draft.company,
    name: '',
    inn: null,
    fullName: null,
    city: null,
    director: { ...draft.company.director, fullName: null },
  };
  draft.department = {
    ...draft.department,
    positions: draft.department.positions.map(({ employees: _names, ...position }) => position),
  };
  // Plans are made for the coming year from the autumn on, for the current one before.
  draft.plan = { ...draft.plan, year: today.getFullYear() + (today.getMonth() >= 8 ? 1 : 0) };
  const { approvalDate: _date, ...documents } = draft.documents ?? {};
  draft.documents = documents;
  return draft;
}
