/**
 * An entrepreneur is the employer himself (business-variants.md, «Size and legal form»): after
 * «(далее — Работодатель)» he is the Работодатель, not a title repeated with capitals; nothing
 * is escalated from him to himself («по представлению Индивидуального предпринимателя»
 * to him, an objection to him «передаётся» to him again); and his few staff are «работники», not
 * a «самостоятельное структурное подразделение».
 */
import { isEntrepreneur } from '../law/organization.ts';
import { passages } from './text.ts';
import type { Finding, PackCheck } from './types.ts';

const EMPLOYER = '(?:Работодател|[Ии]ндивидуальн\\p{L}*\\sпредпринимател)\\p{L}*';

const RULES: ReadonlyArray<{ mark: RegExp; why: string }> = [
  {
    mark: /структурн\p{L}*\sподразделени\p{L}*/u,
    why: 'у индивидуального предпринимателя нет структурных подразделений: его продавцы — работники Работодателя',
  },
  {
    // A title in capitals in the middle of a sentence: the defined term «Работодатель» is meant.
    mark: /(?<=\p{Ll}[,:]?\s)Индивидуальн\p{L}*\sпредпринимател\p{L}*/u,
    why: 'предприниматель уже определён как «Работодатель»: дальше он называется так',
  },
  {
    // One sentence that sends a matter from the employer to the employer.
    mark: new RegExp(`${EMPLOYER}[^.]*(?:представлени|несоглас|обжал|вышестоящ|эскалац)\\p{L}*[^.]*${EMPLOYER}`, 'u'),
    why: 'вопрос передаётся от Работодателя ему же: у индивидуального предпринимателя нет вышестоящей инстанции',
  },
];

export const checkEntrepreneur: PackCheck = ({ profile, models }) => {
  if (!isEntrepreneur(profile.company.legalForm)) return [];
  const findings: Finding[] = [];
  for (const model of models) {
    for (const passage of passages(model)) {
      if (passage.kind === 'approval') continue;
      for (const { mark, why } of RULES) {
        const m = mark.exec(passage.text);
        if (!m) continue;
        findings.push({
          check: 'entrepreneur',
          severity: 'error',
          message: `«${m[0].length > 80 ? `${m[0].slice(0, 77)}…` : m[0]}»: ${why}`,
          where: [{ document: passage.document, clause: passage.clause }],
        });
      }
    }
  }
  return findings;
};
