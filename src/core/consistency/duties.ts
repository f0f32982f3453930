/**
 * Job descriptions of different levels differ: a head of sales and a sales manager sharing more
 * than half of their duties (the same clause text) means one of them is a copy of the other.
 */
import { passages } from './text.ts';
import type { Finding, PackCheck } from './types.ts';

const SHARE_LIMIT = 0.5;
const normal = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.;:,\s]+$/u, '')
    .trim();

export const checkDuties: PackCheck = ({ profile, models }) => {
  const duties = models
    .filter((m) => m.meta.id.startsWith('job-description') && m.meta.positionId !== undefined)
    .map((model) => {
      const byClause = new Map<string, string[]>();
      for (const p of passages(model)) {
        if (p.kind !== 'clause' || !p.section?.endsWith('.duties') || p.clause === null) continue;
        byClause.set(p.clause, [...(byClause.get(p.clause) ?? []), p.text]);
      }
      const position = profile.department.positions.find((pos) => pos.id === model.meta.positionId);
      return { id: model.meta.id, position, texts: new Set([...byClause.values()].map((parts) => normal(parts.join(' ')))) };
    });
  const findings: Finding[] = [];
  for (const [i, a] of duties.entries()) {
    for (const b of duties.slice(i + 1)) {
      if (!a.position || !b.position || a.position.role === b.position.role) continue;
      const smaller = Math.min(a.texts.size, b.texts.size);
      if (smaller === 0) continue;
      const common = [...a.texts].filter((t) => b.texts.has(t)).length;
      if (common / smaller <= SHARE_LIMIT) continue;
      findings.push({
        check: 'duties',
        severity: 'error',
        message: `должностные инструкции «${a.position.title}» и «${b.position.title}» совпадают в ${common} из ${smaller} обязанностей (больше половины), хотя должности разного уровня`,
        where: [
          { document: a.id, clause: null },
          { document: b.id, clause: null },
        ],
      });
    }
  }
  return findings;
};
