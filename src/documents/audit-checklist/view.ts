/**
 * The view of the blank checklist for an interview: a facts block, every question with its
 * points, the answers to circle (with «н/п» only where the question allows it), an evidence mark
 * and a wide comment column, area maxima, and a scoring table with the gates to fill by hand.
 * The auditor's guide (what counts as «да») is not printed here: read aloud, it would tell the
 * respondent the right answer; it is in docs/audit.md.
 */
import type { Checklist } from '../../core/audit/schema.ts';
import { MIN_ANSWERED_PERCENT } from '../../core/audit/scoring.ts';
import { formatPercent } from '../../core/text/format.ts';
import { joinAnd } from '../../core/text/names.ts';
import { countNoun } from '../../core/text/plural.ts';
import { type LevelRow, levelRows, QUESTION } from '../audit-shared.ts';

const POINTS = { one: 'балл', few: 'балла', many: 'баллов' };

export interface BlankView {
  /** A line to write on. */
  line: string;
  questionCountText: string;
  /** «13 областям» (after «по»). */
  areaCountText: string;
  levels: LevelRow[];
  /** «0–49 % — ручное управление; …». */
  levelsText: string;
  coreText: string;
  capText: string;
  minShareText: string;
  facts: Array<{ label: string; label2: string }>;
  /** `id` is the checklist's area slug: the table's id is `area-<id>`. */
  areas: Array<{
    id: string;
    number: number;
    title: string;
    maxText: string;
    max: number;
    questions: Array<{ number: string; text: string; after: string; core: boolean; weight: number; answers: string }>;
  }>;
  total: number;
}

const FACTS: readonly string[] = [
  'Менеджеров по продажам',
  'Выручка за 12 месяцев',
  'Месяцев с выполненным планом (из 12)',
  'Текучесть менеджеров за год, %',
  'Первая продажа новичка, месяцев',
  'Конверсия «заявка → предложение», %',
  'Конверсия «предложение → оплата», %',
  'Доля 10 крупнейших клиентов, %',
  'Доля выручки клиентов собственника, %',
  'CRM (название) или журнал продаж',
];

export function buildBlankView(checklist: Checklist): BlankView {
  const numbers = new Map<string, string>();
  const core: string[] = [];
  const areas = checklist.areas.map((area, i) => {
    const questions = checklist.questions
      .filter((q) => q.area === area.id)
      .map((q, j) => {
        const number = `${i + 1}.${j + 1}`;
        numbers.set(q.id, number);
        if (q.core) core.push(number);
        const after = q.followUpOf ? ` (после ${numbers.get(q.followUpOf) ?? ''})` : '';
        return { number, text: q.text, after, core: q.core, weight: q.weight, answers: q.na ? 'Д Ч Н Н/п' : 'Д Ч Н' };
      });
    const max = questions.reduce((n, q) => n + q.weight, 0);
    return { id: area.id, number: i + 1, title: area.title, max, maxText: `не больше ${countNoun(max, POINTS)}`, questions };
  });
  const facts: BlankView['facts'] = [];
  for (let i = 0; i < FACTS.length; i += 2) facts.push({ label: FACTS[i] ?? '', label2: FACTS[i + 1] ?? '' });
  const cap = (checklist.levels[1]?.min ?? 1) - 1;
  return {
    line: '_'.repeat(40),
    questionCountText: countNoun(checklist.questions.length, QUESTION),
    areaCountText: countNoun(checklist.areas.length, { one: 'области', few: 'областям', many: 'областям' }),
    levels: levelRows(checklist.levels, null),
    levelsText: levelRows(checklist.levels, null)
      .map((l) => `${l.rangeText} — «${l.title}»`)
      .join('; '),
    coreText: joinAnd(core),
    capText: `«${checklist.levels[0]?.title ?? ''}», а общий результат — не выше ${formatPercent(cap, 0)}`,
    minShareText: formatPercent(MIN_ANSWERED_PERCENT, 0),
    facts,
    areas,
    total: areas.reduce((n, a) => n + a.max, 0),
  };
}
