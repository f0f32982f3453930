/**
 * No fractional count in a plan: people make whole meetings and close whole deals, so «1,3 новых
 * клиента в месяц» or «факт 2,7 шт.» on a plan or a KPI card is a figure nobody can be held to.
 * Read in running text (a fraction followed by a count word) and in tables (a bare fraction in a
 * row or a table about counts: «Новые клиенты», a row measured in «шт.»).
 *
 * A warning, not an error (profile-v2.md): a plan derived from the department's figures may come
 * out fractional for a valid profile (120 new clients a year for 4 managers: 2,5 a month); the
 * user is told, and the profile's own warning suggests the longer period that makes it whole.
 */
import { passages, tables } from './text.ts';
import type { Finding, PackCheck } from './types.ts';

const COUNT_WORD = /^(?:шт\.|клиент|встреч|сделк|сделок|звон|заяв|лид|КП|коммерческ|предложени)/u;
/** A fraction followed by a count word: «86,4 сделки», «2,7 шт.». */
const FRACTION_IN_TEXT = /(?<![\d,])(\d+,\d+)[\u00a0 ](\S+)/gu;
/** A cell that is a bare fraction (maybe with a footnote mark): «1,3», «1,3*». */
const BARE_FRACTION = /^\d{1,3}(?:[\u00a0 ]\d{3})*,\d+\*?$/u;
const COUNT_LABEL = /клиент|встреч|сделк|сделок|звонк|заявк|заявок|лид(?:ы|ов)|предложени|шт\./iu;
/** Documents whose figures are plans somebody is held to. */
const PLAN_DOCUMENT = /^(?:sales-plan|kpi-card)/;

export const checkCounts: PackCheck = ({ models }) => {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const report = (document: string, clause: string | null, figure: string, what: string) => {
    const key = `${document}|${clause}|${figure}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({
      check: 'counts',
      severity: 'warning',
      message: `дробное количество «${figure}» ${what}: план и факт по штучному показателю — целые числа`,
      where: [{ document, clause }],
    });
  };
  for (const model of models) {
    if (!PLAN_DOCUMENT.test(model.meta.id)) continue;
    for (const passage of passages(model)) {
      for (const m of passage.text.matchAll(FRACTION_IN_TEXT)) {
        const word = m[2] ?? '';
        if (COUNT_WORD.test(word)) report(passage.document, passage.clause, `${m[1]} ${word}`, 'в тексте');
      }
    }
    for (const table of tables(model)) {
      // The funnel table's «Даёт воронка» is an average of the funnel, not a plan anyone is held to.
      if (table.id?.endsWith('funnel-table')) continue;
      const countTable = COUNT_LABEL.test(table.rows[0]?.[0] ?? '');
      for (const row of table.rows.slice(1)) {
        const countRow =
          countTable || row.some((cell) => cell === 'шт.') || COUNT_LABEL.test(row[0] ?? '') || COUNT_LABEL.test(row[1] ?? '');
        if (!countRow) continue;
        for (const cell of row) {
          if (BARE_FRACTION.test(cell))
            report(table.document, table.id ?? table.section, cell, `в таблице (строка «${row.find((c) => /\p{L}/u.test(c)) ?? ''}»)`);
        }
      }
    }
  }
  return findings;
};
