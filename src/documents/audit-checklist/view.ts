/**
 * The view of the blank printable checklist: every question with its weight and why it matters,
 * and the scale of levels.
 */
import type { Checklist } from '../../core/audit/schema.ts';
import { countNoun } from '../../core/text/plural.ts';
import { type LevelRow, levelRows, QUESTION } from '../audit-shared.ts';

export interface BlankView {
  /** A line to write on. */
  line: string;
  questionCountText: string;
  /** «11 областям» (after «по»). */
  areaCountText: string;
  levels: LevelRow[];
  /** `id` is the checklist's area slug: the table's id is `area-<id>`. */
  areas: Array<{
    id: string;
    number: number;
    title: string;
    about: string;
    questions: Array<{ number: string; text: string; why: string; weight: number }>;
  }>;
}

export function buildBlankView(checklist: Checklist): BlankView {
  return {
    line: '_'.repeat(40),
    questionCountText: countNoun(checklist.questions.length, QUESTION),
    areaCountText: countNoun(checklist.areas.length, { one: 'области', few: 'областям', many: 'областям' }),
    levels: levelRows(checklist.levels, null),
    areas: checklist.areas.map((area, i) => ({
      id: area.id,
      number: i + 1,
      title: area.title,
      about: area.about,
      questions: checklist.questions
        .filter((q) => q.area === area.id)
        .map((q, j) => ({ number: `${i + 1}.${j + 1}`, text: q.text, why: q.why, weight: q.weight })),
    })),
  };
}
