/**
 * Word numbering for clauses and lists. Clause numbers are real Word numbering (so Word
 * renumbers when the user inserts a clause), but the model already prints them; a tracker
 * replays Word's counting and only hands a paragraph to Word when Word would print exactly the
 * model's number. Anything else keeps the model's number as literal text.
 */
import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions, type INumberingOptions } from 'docx';
import { BULLET } from '../conventions.ts';
import { mmToTwip, type Theme } from '../theme.ts';
import { listIndentTwip } from './geometry.ts';

export const NUMBERING = {
  clauses: 'opk-clauses',
  bullets: 'opk-bullets',
  ordered: 'opk-ordered',
} as const;

/** Word numbering levels; the model's list depths beyond the last level share it. */
export const MAX_LIST_LEVEL = 8;

/** Clause level in Word terms: 0 = section heading "1.", 1 = clause "1.1.", 2 = "1.1.1.". */
export type ClauseLevel = 0 | 1 | 2;

export function buildNumbering(theme: Theme): INumberingOptions {
  const runFont = { font: theme.fontFamily };
  const indent = mmToTwip(theme.paragraphIndentMm);

  const clauseLevels: ILevelsOptions[] = [0, 1, 2].map((level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join('.') + '.',
    alignment: AlignmentType.LEFT,
    // A space, not a tab: the text follows the number directly, as the PDF sets it.
    suffix: LevelSuffix.SPACE,
    style: {
      // Section headings are centred, so their number gets no indent; clauses start at the
      // paragraph indent and wrap to the left margin (the Russian layout).
      paragraph: { indent: { left: 0, firstLine: level === 0 ? 0 : indent } },
    },
  }));

  const listLevels = (marker: (level: number) => Pick<ILevelsOptions, 'format' | 'text'>): ILevelsOptions[] =>
    Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => {
      const { marker: markerAt, text } = listIndentTwip(theme, level);
      return {
        level,
        ...marker(level),
        alignment: AlignmentType.LEFT,
        suffix: LevelSuffix.TAB,
        style: {
          run: runFont,
          paragraph: { indent: { left: text, hanging: text - markerAt }, leftTabStop: text },
        },
      };
    });

  return {
    config: [
      { reference: NUMBERING.clauses, levels: clauseLevels },
      { reference: NUMBERING.bullets, levels: listLevels(() => ({ format: LevelFormat.BULLET, text: BULLET })) },
      {
        reference: NUMBERING.ordered,
        // "1)" at the top, "а)" one level in, alternating further down.
        levels: listLevels((level) =>
          level % 2 === 0
            ? { format: LevelFormat.DECIMAL, text: `%${level + 1})` }
            : { format: LevelFormat.RUSSIAN_LOWER, text: `%${level + 1})` },
        ),
      },
    ],
  };
}

export interface ClauseTracker {
  /**
   * Whether Word's numbering, counting every paragraph claimed so far, prints `printed` for a
   * paragraph at `level`. A true answer counts the paragraph; a false one leaves the counters.
   */
  claim(level: ClauseLevel, printed: string): boolean;
}

export function createClauseTracker(): ClauseTracker {
  const counters: Array<number | undefined> = [undefined, undefined, undefined];
  return {
    claim(level, printed) {
      // How a level above that was never reached prints (its start value, or 0) differs between
      // word processors, so such numbers stay literal.
      const parents = counters.slice(0, level);
      if (parents.some((c) => c === undefined)) return false;
      const next = (counters[level] ?? 0) + 1;
      const wordPrints = [...parents, next].join('.') + '.';
      if (wordPrints !== printed.trim()) return false;
      counters[level] = next;
      for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = undefined;
      return true;
    },
  };
}
