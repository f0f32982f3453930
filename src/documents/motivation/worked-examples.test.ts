/**
 * The motivation regulation's worked examples redone as a reader redoes them: every printed chain
 * («935 640 ₽ × 6,4 % = 59 881 ₽», «K = 55,8 % + 15 % = 70,8 %», «3 × 4 800 Br + 4 450 Br = 18 850 Br»)
 * is read from the document model's text and computed from its printed, rounded figures; the result
 * must be the printed one to the unit of money (to the last printed digit of a percentage). The
 * revenue example's attainment and its contrast at a lower revenue are redone from their figures too.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { blockText } from '../../core/model/to-text.ts';
import { buildPackModels } from '../../core/pack/generate.ts';
import { fixtureProfile } from '../../../tests/support/packs.ts';
import { PROFILE_FILES } from '../../../tests/support/profiles.ts';

const NUM = '\\d{1,3}(?: \\d{3})*(?:,\\d+)?';
const UNIT = '(?: ?(?:%|₽|₸|€|\\$|Br|₴))?';
const TERM = `${NUM}${UNIT}`;
const CHAIN = new RegExp(`(?<![\\d,])(${TERM}(?: [×/+] ${TERM})+) = (${NUM})(${UNIT})`, 'gu');

/** «1 814 400» → 1814400, «6,27» → 6.27. */
const num = (text: string): number => Number(text.replace(/ /g, '').replace(',', '.'));
/** A printed term's value: a percentage as a fraction. */
const value = (term: string): number =>
  term.trim().endsWith('%') ? num(term.replace(/\s*%$/, '')) / 100 : num(term.replace(/[^\d, ]/g, '').trim());
const decimals = (text: string): number => text.split(',')[1]?.length ?? 0;

/** «a × b / c + d», products before the sum. */
function evaluate(expression: string): number {
  return expression.split(' + ').reduce((sum, product) => {
    const parts = product.split(/ ([×/]) /);
    let result = value(parts[0] ?? '');
    for (let i = 1; i < parts.length; i += 2) {
      const term = value(parts[i + 1] ?? '');
      result = parts[i] === '×' ? result * term : result / term;
    }
    return sum + result;
  }, 0);
}

interface Redone {
  chain: string;
  printed: number;
  computed: number;
  tolerance: number;
}

/** Every chain of a text, computed. */
function chains(text: string): Redone[] {
  return [...text.matchAll(CHAIN)].map((m) => {
    const percent = (m[3] ?? '').includes('%');
    const computed = evaluate(m[1] ?? '') * (percent ? 100 : 1);
    // Half of the printed result's last digit: to the unit of money, to 0,1 % for K.
    return { chain: m[0], printed: num(m[2] ?? ''), computed, tolerance: 0.5 * 10 ** -decimals(m[2] ?? '') + 1e-9 };
  });
}

const texts = new Map<string, string[]>();

beforeAll(async () => {
  for (const file of PROFILE_FILES) {
    const models = await buildPackModels(fixtureProfile(file));
    const motivation = models.find((m) => m.meta.id === 'motivation');
    texts.set(
      file,
      (motivation?.children ?? []).flatMap(blockText).map((t) => t.replace(/[\u00a0\u202f]/g, ' ')),
    );
  }
}, 240_000);

describe.each(PROFILE_FILES)('%s', (file) => {
  const all = (): string[] => texts.get(file) ?? [];

  test('every printed chain multiplies out to its printed result', () => {
    const redone = all().flatMap(chains);
    const examples = all().filter((t) => t.startsWith('KPI-коэффициент K =') || t.startsWith('Пример расчёта. Личный план'));
    // Each example prints at least its bonus and its pay as chains: the parser found them.
    expect(redone.length).toBeGreaterThanOrEqual(2 * examples.length);
    for (const r of redone) expect(Math.abs(r.computed - r.printed), `${r.chain} → ${r.computed}`).toBeLessThanOrEqual(r.tolerance);
  });

  test('the revenue example’s attainment and its contrast redo from their printed figures', () => {
    for (const example of all().filter((t) => t.startsWith('Пример расчёта. Личный план'))) {
      const m = new RegExp(
        `— (${NUM}) \\S+\\. Работник обеспечил оплаченную выручку (${NUM}) \\S+, выполнение плана — (${NUM}) %, ставка по шкале — (${NUM}) %`,
        'u',
      ).exec(example);
      expect(m, example).not.toBeNull();
      const [plan, fact, attainment] = [num(m?.[1] ?? ''), num(m?.[2] ?? ''), num(m?.[3] ?? '')];
      expect(Math.abs((fact / plan) * 100 - attainment), example).toBeLessThanOrEqual(0.05 + 1e-9);
      const margin = /маржа по его сделкам — (\S+) %/u.exec(example);
      const salary = new RegExp(`Заработная плата [^=]+= ((?:\\d+ × )?${NUM}) \\S+ \\+`, 'u').exec(example);
      const contrast = all().find((t) => t.startsWith('При выручке'));
      if (contrast === undefined) continue;
      const c = new RegExp(
        `При выручке (${NUM}) \\S+ \\(выполнение (${NUM}) %\\) ставка составила бы (${NUM}) %, премия — (${NUM}) \\S+, заработная плата — (${NUM})`,
        'u',
      ).exec(contrast);
      expect(c, contrast).not.toBeNull();
      const [lowFact, lowAttainment, lowRate, lowBonus, lowTotal] = [1, 2, 3, 4, 5].map((i) => num(c?.[i] ?? '')) as [
        number,
        number,
        number,
        number,
        number,
      ];
      expect(Math.abs((lowFact / plan) * 100 - lowAttainment), contrast).toBeLessThanOrEqual(0.05 + 1e-9);
      const base = lowFact * (margin ? num(margin[1] ?? '') / 100 : 1);
      expect(Math.abs((base * lowRate) / 100 - lowBonus), contrast).toBeLessThanOrEqual(0.5 + 1e-9);
      expect(lowTotal - lowBonus, contrast).toBe(evaluate(`${salary?.[1] ?? ''} ₽`));
    }
  });
});
