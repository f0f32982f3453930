/** The frame every document of a profile shares: organisation line, approval block, signers. */
import type { AcknowledgementRows, DocumentFrame } from '../compose/build-document.ts';
import type { Profile } from '../profile/schema.ts';
import { SIGNATURE_LINE } from '../render/conventions.ts';
import { BLANK_DATE, formatDateQuoted } from '../text/format.ts';
import { initialsAndSurname } from '../text/names.ts';
import { isEntrepreneur, shortOrganizationName } from '../law/organization.ts';
import { BLANK_SEAT_ROWS, positionTitleForms } from '../../documents/shared/common.ts';

/** Rows of the acknowledgement sheet for the given positions: named employees, then blank lines for the other seats. */
export function acknowledgementRows(profile: Profile, positionIds: readonly string[] | null): AcknowledgementRows {
  const rows: Array<{ name: string; position: string }> = [];
  let signers = 0;
  for (const position of profile.department.positions) {
    if (positionIds && !positionIds.includes(position.id)) continue;
    const title = positionTitleForms(position).nom;
    const names = (position.employees ?? []).slice(0, position.headcount);
    for (const name of names) rows.push({ name, position: title });
    const blanks = Math.min(position.headcount - names.length, BLANK_SEAT_ROWS);
    for (let i = 0; i < blanks; i++) rows.push({ name: '', position: title });
    signers += position.headcount;
  }
  return { rows, signers };
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
