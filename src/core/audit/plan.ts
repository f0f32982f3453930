/**
 * The phased plan of the audit: the gaps in dependency order, split into the first 30 days, the
 * quarter and the half-year, each step with who carries it out, how long it takes and the pack's
 * document that implements it. The report and the web page both print this, so they cannot
 * disagree. A phase shows its most important steps; the rest stay in the appendix's answer tables.
 */
import type { AuditScore, Gap } from './scoring.ts';
import type { Question } from './schema.ts';

export const PHASE_TITLES: Record<1 | 2 | 3, string> = {
  1: 'Первые 30 дней',
  2: 'В течение квартала',
  3: 'В течение полугода',
};

/** Steps a phase shows at most: a plan a company can carry, not every gap. */
export const MAX_STEPS_PER_PHASE = 4;

const EFFORT_TEXT: Record<Question['effort'], string> = {
  days: '1–3 дня',
  week: 'до недели',
  weeks: '2–4 недели',
  months: '1–3 месяца',
};

export interface PlanStep {
  gap: Gap;
  /** The advice, in the words of the business (an ИП has an entrepreneur). */
  adviceText: string;
  /** «Руководитель отдела продаж»; the owner's while there is no head. */
  ownerText: string;
  effortText: string;
  /** The pack's document that implements the step (the first, most relevant one), by title. */
  documentText: string;
}

export interface PlanPhase {
  phase: 1 | 2 | 3;
  title: string;
  steps: PlanStep[];
  /** Gaps of the phase left out of the plan (they are in the appendix). */
  more: number;
}

const isSoleTrader = (legalForm: string | null): boolean => legalForm?.trim().toUpperCase() === 'ИП';

/** Who the owner is: an entrepreneur runs an ИП, an owner or director a company. */
function ownerName(legalForm: string | null): string {
  return isSoleTrader(legalForm) ? 'Предприниматель' : 'Собственник';
}

/** «собственник» in every case, capitalised or not, → «предприниматель» in the same case. */
const OWNER_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/собственником/g, 'предпринимателем'],
  [/собственнику/g, 'предпринимателю'],
  [/собственника/g, 'предпринимателя'],
  [/собственнике/g, 'предпринимателе'],
  [/собственник/g, 'предприниматель'],
  [/Собственником/g, 'Предпринимателем'],
  [/Собственнику/g, 'Предпринимателю'],
  [/Собственника/g, 'Предпринимателя'],
  [/Собственник/g, 'Предприниматель'],
];

/** A finding or advice as an ИП reads it: the business has an entrepreneur, not an owner. */
export function ownerWords(text: string, legalForm: string | null): string {
  return isSoleTrader(legalForm) ? OWNER_FORMS.reduce((t, [from, to]) => t.replace(from, to), text) : text;
}

export function ownerText(owner: Question['owner'], score: Pick<AuditScore, 'hasHead'>, legalForm: string | null): string {
  const boss = ownerName(legalForm);
  if (owner === 'owner') return boss;
  if (owner === 'finance') return 'Бухгалтерия';
  // Without a head the owner carries the head's steps; the plan says so once, above the table.
  return score.hasHead ? 'Руководитель отдела продаж' : boss;
}

export const effortText = (effort: Question['effort']): string => EFFORT_TEXT[effort];

export function planStep(gap: Gap, score: Pick<AuditScore, 'hasHead'>, legalForm: string | null): PlanStep {
  return {
    gap,
    adviceText: ownerWords(gap.advice, legalForm),
    ownerText: ownerText(gap.owner, score, legalForm),
    effortText: effortText(gap.effort),
    documentText: gap.documents[0]?.title ?? '',
  };
}

/**
 * The plan by phase; phases without steps are left out. A phase keeps its heaviest steps («no»
 * before «partly» at equal weight) and shows them in dependency order, so a weight-3 step such as
 * the pay scheme is never crowded out by lighter steps that merely come earlier.
 */
export function phasedPlan(score: AuditScore, legalForm: string | null, limit = MAX_STEPS_PER_PHASE): PlanPhase[] {
  return ([1, 2, 3] as const).flatMap((phase) => {
    const gaps = score.gaps.filter((g) => g.phase === phase);
    if (gaps.length === 0) return [];
    const order = new Map(gaps.map((g, i) => [g, i]));
    const kept = new Set(
      [...gaps]
        .sort(
          (a, b) =>
            b.result.question.weight - a.result.question.weight ||
            Number(b.answer === 'no') - Number(a.answer === 'no') ||
            (order.get(a) ?? 0) - (order.get(b) ?? 0),
        )
        .slice(0, limit),
    );
    return [
      {
        phase,
        title: PHASE_TITLES[phase],
        steps: gaps.filter((g) => kept.has(g)).map((g) => planStep(g, score, legalForm)),
        more: gaps.length - kept.size,
      },
    ];
  });
}
