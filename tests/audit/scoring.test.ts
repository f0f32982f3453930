/** Scoring of the express audit: weights, partial answers, «not applicable», levels, next steps. */
import { describe, expect, test } from 'vitest';
import { DOCUMENT_IDS } from '../../src/documents/registry.ts';
import { CHECKLIST } from '../../content/audit/checklist.ts';
import { levelFor, percentOf, scoreAudit, type Answer, type AuditAnswers, type Checklist } from '../../src/core/audit/index.ts';

const all = (answer: Answer, checklist: Checklist = CHECKLIST): AuditAnswers =>
  Object.fromEntries(checklist.questions.map((q) => [q.id, { answer, comment: null }]));

/** A small checklist with chosen weights, for exact arithmetic. */
function tiny(weights: Array<1 | 2 | 3>): Checklist {
  return {
    ...CHECKLIST,
    areas: [
      { id: 'a', title: 'Область А', about: 'А.' },
      { id: 'b', title: 'Область Б', about: 'Б.' },
    ],
    questions: weights.map((weight, i) => ({
      id: `q${i}`,
      area: i % 2 === 0 ? 'a' : 'b',
      text: `Вопрос ${i}?`,
      guide: 'Потому что.',
      weight,
      core: false,
      na: 'не относится',
      finding: { no: `Нет ${i}`, partly: `Частично ${i}` },
      advice: { no: `Сделайте ${i}.`, partly: `Доделайте ${i}.` },
      owner: 'head' as const,
      effort: 'days' as const,
      phase: 1 as const,
      stage: 1,
      documents: [i % 3 === 0 ? 'sales-plan' : 'charter'],
    })),
  };
}

const answers = (pairs: Record<string, Answer>): AuditAnswers =>
  Object.fromEntries(Object.entries(pairs).map(([id, answer]) => [id, { answer, comment: null }]));

describe('scores', () => {
  test('all «yes» is 100 % everywhere, all «no» is 0 %', () => {
    const yes = scoreAudit(all('yes'));
    expect(yes.overall.percent).toBe(100);
    expect(yes.areas.every((a) => a.percent === 100)).toBe(true);
    expect(yes.gaps).toEqual([]);
    expect(yes.findings).toEqual([]);
    expect(yes.level?.id).toBe('systemic');
    const no = scoreAudit(all('no'));
    expect(no.overall.percent).toBe(0);
    expect(no.areas.every((a) => a.percent === 0)).toBe(true);
    expect(no.level?.id).toBe('manual');
    // Follow-ups of a «no» are skipped: no advice of their own.
    expect(no.gaps).toHaveLength(CHECKLIST.questions.filter((q) => q.followUpOf === undefined).length);
    expect(no.counts.skipped).toBe(CHECKLIST.questions.length - no.gaps.length);
  });

  test('all «partly» is exactly half (no gate: no core question is «no»)', () => {
    expect(scoreAudit(all('partly')).overall.percent).toBe(50);
  });

  test('weights: «yes» on a weight-3 question and «no» on a weight-1 one is 75 %', () => {
    const c = tiny([3, 1]);
    // q0 (weight 3) is in area A, q1 (weight 1) in area B.
    const s = scoreAudit(answers({ q0: 'yes', q1: 'no' }), c);
    expect(s.overall).toEqual({ earned: 3, possible: 4, percent: 75 });
    expect(s.areas.map((a) => a.percent)).toEqual([100, 0]);
  });

  test('«not applicable» leaves the question out of the base', () => {
    const c = tiny([3, 2, 1, 2]);
    const withNa = scoreAudit(answers({ q0: 'yes', q1: 'na', q2: 'no', q3: 'yes' }), c);
    const without = scoreAudit(answers({ q0: 'yes', q2: 'no', q3: 'yes' }), tiny([3, 2, 1, 2]));
    // 3 + 2 of 3 + 1 + 2 = 5 of 6.
    expect(withNa.overall).toEqual({ earned: 5, possible: 6, percent: 83 });
    expect(withNa.counts).toMatchObject({ counted: 3, notApplicable: 1, unanswered: 0 });
    // Left unanswered instead, the same question leaves 6 of 8 weight answered: below 80 %, no total.
    expect(without.overall.percent).toBeNull();
    expect(without.insufficient?.answeredPercent).toBe(75);
    expect(without.counts).toMatchObject({ counted: 3, notApplicable: 0, unanswered: 1 });
    // «n/a» is not a gap and not a step.
    expect(withNa.gaps.map((g) => g.result.question.id)).toEqual(['q2']);
  });

  test('an area where everything is «not applicable» has no score; all «n/a» overall has no level', () => {
    const c = tiny([3, 2]);
    const s = scoreAudit(answers({ q0: 'yes', q1: 'na' }), c);
    expect(s.areas.map((a) => a.percent)).toEqual([100, null]);
    const none = scoreAudit(answers({ q0: 'na', q1: 'na' }), c);
    expect(none.overall.percent).toBeNull();
    expect(none.level).toBeNull();
  });

  test('the overall score weighs questions, not areas', () => {
    // Area A: three weight-3 «yes»; area B: one weight-1 «no». Mean of areas would be 50 %.
    const c = tiny([3, 1, 3, 1, 3]);
    const s = scoreAudit(answers({ q0: 'yes', q2: 'yes', q4: 'yes', q1: 'no', q3: 'na' }), c);
    expect(s.areas.map((a) => a.percent)).toEqual([100, 0]);
    expect(s.overall.percent).toBe(90);
  });

  test('percentages round half up, in integers', () => {
    expect(percentOf(159, 200)).toBe(80); // 79.5 %
    expect(percentOf(1589, 2000)).toBe(79); // 79.45 %
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBeNull();
  });
});

describe('maturity levels', () => {
  test.each([
    [0, 'manual'],
    [49, 'manual'],
    [50, 'partial'],
    [79, 'partial'],
    [80, 'systemic'],
    [100, 'systemic'],
  ])('%i %% → %s', (percent, level) => {
    expect(levelFor(percent, CHECKLIST.levels)?.id).toBe(level);
  });

  test('the level follows the rounded percent the report prints', () => {
    // 79,5 % prints as 80 % and is «systemic»; 49,5 % prints as 50 % and is «partial».
    expect(levelFor(percentOf(159, 200), CHECKLIST.levels)?.id).toBe('systemic');
    expect(levelFor(percentOf(99, 200), CHECKLIST.levels)?.id).toBe('partial');
    expect(levelFor(percentOf(1589, 2000), CHECKLIST.levels)?.id).toBe('partial');
  });

  test('answers that land exactly on a boundary reach the level', () => {
    const c = tiny([3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 1, 1]);
    // 6×3 + 1,5 + 1,5 + 2 + 1 = 24 of 30 = 80 %.
    const edge = scoreAudit(
      answers({
        q0: 'yes',
        q1: 'yes',
        q2: 'yes',
        q3: 'yes',
        q4: 'yes',
        q5: 'yes',
        q6: 'partly',
        q7: 'partly',
        q8: 'yes',
        q9: 'no',
        q10: 'yes',
        q11: 'no',
      }),
      c,
    );
    expect(edge.overall).toEqual({ earned: 24, possible: 30, percent: 80 });
    expect(edge.level?.id).toBe('systemic');
    // One «yes» less on a weight-1 question: 23 of 30 = 77 %.
    const below = scoreAudit(
      answers({
        q0: 'yes',
        q1: 'yes',
        q2: 'yes',
        q3: 'yes',
        q4: 'yes',
        q5: 'yes',
        q6: 'partly',
        q7: 'partly',
        q8: 'yes',
        q9: 'no',
        q10: 'no',
        q11: 'no',
      }),
      c,
    );
    expect(below.overall.percent).toBe(77);
    expect(below.level?.id).toBe('partial');
  });
});

describe('documents and numbers', () => {
  test('every gap names the documents that fix it by title, in the pack order', () => {
    const s = scoreAudit(all('partly'));
    expect(s.documents.map((d) => d.id)).toEqual([...DOCUMENT_IDS]);
    const charter = s.documents.find((d) => d.id === 'charter');
    expect(charter?.title).toBe('Положение об отделе продаж');
    expect(charter?.questions.map((q) => q.question.id)).toContain('charter-approved');
    for (const gap of s.gaps) expect(gap.documents.length).toBeGreaterThan(0);
  });

  test('question numbers follow areas: the first question of the fourth area is 4.1', () => {
    const s = scoreAudit(all('yes'));
    expect(s.areas[3]?.questions[0]?.number).toBe('4.1');
    expect(s.areas[3]?.area.id).toBe('planning');
  });
});
