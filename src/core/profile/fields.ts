/** Field schemas used in several sections of the profile and in the catalogs. */
import * as z from 'zod';
import { CODES } from './codes.ts';
import { looseList, looseNumber, rule } from './rules/rule.ts';
import { LIMITS } from '../input/limits.ts';
import { withoutZeroWidth } from '../text/drawable.ts';
import { DOUBLED_PUNCTUATION, EDGE_PUNCTUATION } from '../text/punctuation.ts';
import { num } from './say.ts';

function describeText(value: unknown): string {
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Free text that must say something (one clause: a duty, a reason); surrounding spaces and
 * zero-width characters (invisible, and a PDF line measured with them could overflow) are dropped.
 */
export const Text = z.string().overwrite(withoutZeroWidth).trim().min(1).max(LIMITS.text);

/** A name, a title, a person, a reference to a position: short text. */
export const Name = z
  .string()
  .overwrite(withoutZeroWidth)
  .trim()
  .min(1)
  .max(LIMITS.name)
  .refine((text) => !EDGE_PUNCTUATION.test(text), {
    error: (issue) =>
      `лишний знак «${EDGE_PUNCTUATION.exec(String(issue.input).trim())?.[0] ?? ''}» в начале или в конце: документы сами ставят знаки препинания вокруг названий`,
  })
  .refine((text) => !DOUBLED_PUNCTUATION.test(text), {
    error: (issue) =>
      `сдвоенные знаки препинания «${DOUBLED_PUNCTUATION.exec(String(issue.input))?.[0] ?? ''}»: оставьте один знак или уберите пробел перед ним`,
  });

/** A sum of money in the profile's currency, per month unless the field says otherwise. */
export const Money = z.number().positive().max(LIMITS.money);

/** One employee's pay for a period (salary, bonus): bounded so a department's payroll stays exact. */
export const Pay = z.number().positive().max(LIMITS.pay);

/** A percentage from 0 to 100 inclusive. */
export const Percent = z.number().min(0).max(100);

/** A percentage above 0 and at most 100 (a share or a conversion that cannot be zero). */
export const PositivePercent = z.number().gt(0).max(100);

/** A position id: latin lower-case slug, because it is typed in YAML and used in file names. */
export const Slug = z
  .string()
  .max(LIMITS.idLength)
  .regex(/^[a-z][a-z0-9-]*$/, {
    error: (issue) =>
      `id должен состоять из строчных латинских букв, цифр и дефисов и начинаться с буквы (например, manager или key-account), указано: "${describeText(issue.input)}"`,
  });

const caseShape = {
  /** Родительный падеж (кого? чего?): «менеджера по продажам». */
  genitive: Name.meta({ description: 'Родительный падеж (кого? чего?): «менеджера по продажам».' }),
  /** Дательный падеж (кому? чему?): «менеджеру по продажам». */
  dative: Name.meta({ description: 'Дательный падеж (кому? чему?): «менеджеру по продажам».' }),
  /** Винительный падеж (кого? что?): «менеджера по продажам». */
  accusative: Name.meta({ description: 'Винительный падеж (кого? что?): «менеджера по продажам».' }),
  /** Творительный падеж (кем? чем?): «менеджером по продажам». */
  instrumental: Name.meta({ description: 'Творительный падеж (кем? чем?): «менеджером по продажам».' }),
};

/**
 * Inflected forms of a title written by the user. Documents need them («Должностная инструкция
 * менеджера…», «подчиняется руководителю…») and automatic morphology is unreliable for titles.
 */
export const CasesSchema = z
  .strictObject({
    ...caseShape,
    /** Предложный падеж (о ком? о чём?), без предлога: «менеджере по продажам». */
    prepositional: Name.nullable()
      .default(null)
      .meta({ description: 'Предложный падеж (о ком? о чём?), без предлога: «менеджере по продажам».' }),
  })
  .meta({ id: 'ProfileCases', title: 'Падежные формы' });
export type Cases = z.output<typeof CasesSchema>;

/** All five oblique cases, as the catalogs store them. */
export const FullCasesSchema = z.strictObject({
  ...caseShape,
  prepositional: Name.meta({ description: 'Предложный падеж, без предлога.' }),
});

/** A curve's attainment and value, %: far above any real plan, low enough to keep payouts exact. */
const CURVE_MAX = 10_000;

const CurvePoint = z.tuple([z.number().min(0).max(CURVE_MAX), z.number().min(0).max(CURVE_MAX)], {
  error: (issue) =>
    issue.code === 'too_big' || issue.code === 'too_small' || issue.code === 'invalid_type'
      ? 'точка кривой записывается парой чисел [процент выполнения, значение], например [100, 100]'
      : undefined,
});

/**
 * A curve (motivation.md): points [attainmentPct, valuePct], attainment never going down.
 * Two points with the same attainment make a step.
 */
export const CurveSchema = z
  .array(CurvePoint)
  .min(1)
  .check(
    rule(looseList(z.tuple([looseNumber, looseNumber])), (points, report) => {
      let previous: number | null = null;
      points.forEach((point, i) => {
        const attainment = point?.[0] ?? null;
        if (attainment === null) return;
        if (previous !== null && attainment < previous) {
          report(
            [i, 0],
            CODES.curveDecreasing,
            `процент выполнения ${num(attainment)} меньше, чем в предыдущей точке (${num(previous)}): точки кривой перечисляются по возрастанию процента выполнения`,
          );
        }
        previous = Math.max(previous ?? attainment, attainment);
      });
    }),
  )
  .meta({ id: 'ProfileCurve', title: 'Кривая' });
export type Curve = z.output<typeof CurveSchema>;
