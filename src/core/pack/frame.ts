/** The frame every document of a profile shares: organisation line, approval block, signers. */
import type { DocumentFrame } from '../compose/build-document.ts';
import type { Profile } from '../profile/schema.ts';
import { SIGNATURE_LINE } from '../render/conventions.ts';
import { BLANK_DATE, formatDateQuoted } from '../text/format.ts';
import { initialsAndSurname } from '../text/names.ts';
import { isEntrepreneur, shortOrganizationName } from '../law/organization.ts';
import { positionTitleForms } from '../../documents/shared/common.ts';

/** Rows of the acknowledgement sheet for the given positions: named employees, then blank lines up to the headcount. */
export function acknowledgementRows(profile: Profile, positionIds: readonly string[] | null): Array<{ name: string; position: string }> {
  const rows: Array<{ name: string; position: string }> = [];
  for (const position of profile.department.positions) {
    if (positionIds && !positionIds.includes(position.id)) continue;
    const title = positionTitleForms(position).nom;
    const names = position.employees ?? [];
    for (let i = 0; i < position.headcount; i++) rows.push({ name: names[i] ?? '', position: title });
  }
  return rows;
}

export function documentFrame(profile: Profile, acknowledgeBy: readonly string[] | null): DocumentFrame {
  const { company } = profile;
  const organization = shortOrganizationName(company.legalForm, company.name);
  return {
    organization,
    city: company.city ?? '',
    approval: {
      label: 'УТВЕРЖДАЮ',
      // An entrepreneur signs in person: the organisation line would repeat the name.
      lines: isEntrepreneur(company.legalForm) ? [company.director.position] : [company.director.position, organization],
      // No name given: a second line after the signature, for the name written by hand.
      signer: company.director.fullName === null ? SIGNATURE_LINE : initialsAndSurname(company.director.fullName),
      date: profile.documents.approvalDate ? formatDateQuoted(profile.documents.approvalDate) : BLANK_DATE,
    },
    acknowledgement: acknowledgementRows(profile, acknowledgeBy),
    lang: profile.locale,
  };
}
