/**
 * No CRM claims without a CRM: when `processes.crm` is null the pack advises choosing one, so no
 * document may say that data is kept «в CRM» or taken «из CRM». Requirements to future skills
 * («работа в CRM-системе») and the advice itself (the crm-regulation document) are allowed.
 */
import { passages } from './text.ts';
import { userTextMask } from './user-text.ts';
import type { Finding, PackCheck } from './types.ts';

/** «в CRM», «из CRM», «по данным CRM», «карточке сделки» — not «CRM-система», not «внедрения CRM». */
const CLAIM = /(?:(?<!\p{L})(?:в|во|из|по\sданным)\sCRM(?!-)|карточк\p{L}*\s(?:сделки|клиента)|воронк\p{L}*\sCRM)/u;

export const checkCrm: PackCheck = ({ profile, models }) => {
  if (profile.processes.crm !== null) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  // What the user typed (a position «Менеджер по работе в CRM») is printed as typed, not claimed by us.
  const ours = userTextMask(profile, [CLAIM]);
  for (const model of models) {
    if (model.meta.id === 'crm-regulation') continue;
    for (const passage of passages(model)) {
      const m = CLAIM.exec(ours(passage.text));
      if (!m) continue;
      const key = `${passage.document}|${passage.clause}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        check: 'crm',
        severity: 'error',
        message: `текст говорит о работе в CRM («${m[0]}»), а у компании CRM нет (processes.crm: null)`,
        where: [{ document: passage.document, clause: passage.clause }],
      });
    }
  }
  return findings;
};
