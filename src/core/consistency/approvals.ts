/**
 * The pack's documents are approved on one day (documents.approvalDate, the «УТВЕРЖДАЮ» of each),
 * so the roadmap must not schedule their approval for a later week: «Утверждение плана продаж на
 * 2027 год — с 17.01.2027» in a pack whose sales plan is approved on 20.12.2026 says the plan is
 * both approved and not yet approved.
 */
import { includes } from '../../documents/shared/include.ts';
import { DOCUMENT_METAS } from '../../documents/registry.ts';
import { DOCUMENT_MENTIONS } from './references.ts';
import { tables } from './text.ts';
import type { Finding, PackCheck } from './types.ts';

/** «с 17.01.2027 по 28.01.2027»: the step's start. */
const START = /с\s(\d{2})\.(\d{2})\.(\d{4})/u;
/** The step approves something: «Утверждение …», «утвердить …». */
const APPROVES = /^(?:Утверждени|Утвердить)\p{L}*\s/u;

export const checkApprovals: PackCheck = ({ profile, models }) => {
  const approval = profile.documents.approvalDate;
  if (approval === null) return [];
  const findings: Finding[] = [];
  const included = DOCUMENT_METAS.filter((meta) => includes(profile, meta.id));
  for (const model of models.filter((m) => m.meta.id.startsWith('roadmap'))) {
    for (const table of tables(model)) {
      for (const row of table.rows) {
        const action = row.find((cell) => APPROVES.test(cell));
        const start = row.map((cell) => START.exec(cell)).find((m) => m !== null);
        if (action === undefined || !start) continue;
        const iso = `${start[3]}-${start[2]}-${start[1]}`;
        if (iso <= approval) continue;
        // Case-blind here: «утверждение плана продаж» names the sales plan as a step's object.
        // What the step approves: the action up to its first «;» (after it, other acts of the step).
        const object = action.split(';')[0] ?? action;
        const named = included.filter((meta) => new RegExp(DOCUMENT_MENTIONS[meta.id].source, 'iu').test(object));
        for (const meta of named) {
          findings.push({
            check: 'approvals',
            severity: 'error',
            message: `дорожная карта назначает утверждение документа «${meta.name}» на ${start[0].slice(2)}, а он утверждается вместе с пакетом (${approval.split('-').reverse().join('.')})`,
            where: [{ document: table.document, clause: table.id ?? table.section }],
          });
        }
      }
    }
  }
  return findings;
};
