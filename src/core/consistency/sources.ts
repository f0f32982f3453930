/**
 * One source per figure (profile-v2.md, «One source of truth»): a KPI card names where each
 * indicator's fact comes from and who confirms it, so the pack must not (1) call the CRM the only
 * basis of every KPI while a card takes a figure from the accounting system, (2) have the
 * accountants confirm a figure that is not in their books (meetings booked in the CRM), or (3)
 * give one indicator different sources on different cards.
 */
import { passages } from './text.ts';
import type { Finding, PackCheck, Place } from './types.ts';

/** «Источник данных — 1С; факт подтверждает бухгалтерия.» (the KPI card's calculation clause). */
const SOURCE_LINE = /Источник\sданных\s—\s(.+?);\sфакт\sподтверждает\s(.+?)\.?$/u;
/** The accounting system or the accountants: a source they can confirm. */
const ACCOUNTING = /1[СC]|бухгалтер|учётн\p{L}*\sсистем/iu;
/** The CRM (or the customer base standing in for it) named the only basis of KPI or pay as a whole. */
const CRM_ONLY = /CRM[^.]*единственн\p{L}*\sосновани\p{L}*[^.:]*(?:показател|KPI|оплаты\sтруда)/u;

interface SourceLine extends Place {
  source: string;
  confirmer: string;
}

export const checkSources: PackCheck = ({ profile, models }) => {
  const findings: Finding[] = [];
  // The profile's own accounting system («МойСклад») is an accounting source too.
  const accounting = (source: string) => ACCOUNTING.test(source) || source === profile.processes.accounting;
  const lines: SourceLine[] = [];
  const crmOnly: Place[] = [];
  for (const model of models) {
    for (const passage of passages(model)) {
      const m = SOURCE_LINE.exec(passage.text);
      if (m) lines.push({ document: passage.document, clause: passage.clause, source: m[1] ?? '', confirmer: m[2] ?? '' });
      if (CRM_ONLY.test(passage.text)) crmOnly.push({ document: passage.document, clause: passage.clause });
    }
  }
  const outsideCrm = lines.filter((l) => !/CRM|учётн\p{L}*\sбаз/u.test(l.source) || accounting(l.source));
  for (const claim of crmOnly) {
    const first = outsideCrm[0];
    if (!first) continue;
    findings.push({
      check: 'sources',
      severity: 'error',
      message: `текст называет CRM единственным основанием для расчёта KPI, а карта показателя берёт факт из другого источника («${first.source}»)`,
      where: [claim, { document: first.document, clause: first.clause }],
    });
  }
  for (const line of lines) {
    if (/бухгалтер/iu.test(line.confirmer) && !accounting(line.source)) {
      findings.push({
        check: 'sources',
        severity: 'error',
        message: `факт показателя из источника «${line.source}» подтверждает бухгалтерия, а в её учёте этих данных нет: подтверждать должен тот, кто ведёт источник`,
        where: [{ document: line.document, clause: line.clause }],
      });
    }
  }
  // The same indicator (the same clause id on every card) must come from one source.
  const byClause = new Map<string, SourceLine>();
  for (const line of lines) {
    if (line.clause === null) continue;
    const first = byClause.get(line.clause);
    if (!first) {
      byClause.set(line.clause, line);
      continue;
    }
    if (first.source === line.source) continue;
    findings.push({
      check: 'sources',
      severity: 'error',
      message: `у одного показателя два источника данных: «${first.source}» и «${line.source}»; у каждой цифры один источник`,
      where: [
        { document: first.document, clause: first.clause },
        { document: line.document, clause: line.clause },
      ],
    });
  }
  return findings;
};
