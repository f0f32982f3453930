/**
 * Facts against answers: a result question answered one way while the fact the auditor wrote down
 * says another (plan met in 10 months of 12, but «нет» on plan attainment) is a warning, so the
 * report does not contradict its own «Компания в цифрах». The thresholds are the guide's.
 */
import { issue, type Issue } from '../profile/issues.ts';
import type { Answer, AuditAnswers, AuditFacts } from './schema.ts';

interface Rule {
  question: string;
  fact: keyof AuditFacts;
  /** The answer the fact implies. */
  expected: (value: number) => Answer;
  /** «9–12 месяцев из 12 — «да»»: the guide's rule, for the message. */
  rule: string;
}

const RULES: readonly Rule[] = [
  {
    question: 'result-plan',
    fact: 'planMonthsMet',
    expected: (v) => (v >= 9 ? 'yes' : v >= 6 ? 'partly' : 'no'),
    rule: '«да» — 9–12 месяцев, «частично» — 6–8, «нет» — меньше',
  },
  {
    question: 'result-turnover',
    fact: 'turnover',
    expected: (v) => (v < 20 ? 'yes' : v <= 40 ? 'partly' : 'no'),
    rule: '«да» — ниже 20 %, «частично» — 20–40 %, «нет» — выше',
  },
  {
    question: 'top-clients',
    fact: 'top10Share',
    expected: (v) => (v < 50 ? 'yes' : v <= 70 ? 'partly' : 'no'),
    rule: '«да» — меньше 50 %, «частично» — 50–70 %, «нет» — больше',
  },
  {
    question: 'owner-sales',
    fact: 'ownerShare',
    expected: (v) => (v < 20 ? 'yes' : v <= 40 ? 'partly' : 'no'),
    rule: '«да» — меньше 20 %, «частично» — 20–40 %, «нет» — больше',
  },
];

const WORD: Record<Answer, string> = { yes: 'да', partly: 'частично', no: 'нет', na: 'неприменимо' };

export const FACT_MISMATCH = 'fact-answer-mismatch';

export function checkFacts(facts: AuditFacts, answers: AuditAnswers): Issue[] {
  return RULES.flatMap((r) => {
    const value = facts[r.fact];
    const answer = answers[r.question]?.answer;
    if (typeof value !== 'number' || answer === undefined || answer === 'na') return [];
    const expected = r.expected(value);
    if (expected === answer) return [];
    return [
      issue(
        'warning',
        FACT_MISMATCH,
        ['answers', r.question],
        `ответ «${WORD[answer]}» расходится с фактом facts.${r.fact} = ${value} (${r.rule}); проверьте ответ или факт`,
      ),
    ];
  });
}
