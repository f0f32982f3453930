/**
 * «Дополнительное соглашение к трудовому договору»: one file per position with variable pay, one
 * agreement per named employee and one blank for the other seats. Read back from the PDF and the DOCX: the reference (RU, KPI bonuses paid
 * monthly, every seat named), karpov-ip.yaml (an entrepreneur, a percentage of margin, no
 * approval date), belstal-by.yaml (BY, quarterly bonuses, a seat without a name),
 * dala-too-kz.yaml (KZ) and nordline-eur-40.yaml (another country, a salary-only position).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { payFor } from '../../core/math/index.ts';
import type { MotivationEntry, Profile } from '../../core/profile/schema.ts';
import { formatMoney } from '../../core/text/format.ts';
import { initialsAndSurname } from '../../core/text/names.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { packSet } from '../../../tests/support/pack-set.ts';
import { docxText, libreOfficeToPdf, pdfPageCount, pdfText, squash } from '../../../tests/support/readers.ts';

const FIXTURES = {
  reference: 'tehnosnab.yaml',
  karpov: 'karpov-ip.yaml',
  by: 'belstal-by.yaml',
  kz: 'dala-too-kz.yaml',
  other: 'nordline-eur-40.yaml',
} as const;

const packs = packSet('contract-addendum');
const get = (name: string) => packs.get(name);
const file = (name: string, position: string, ext: string) => path.join(get(name).dir, `contract-addendum-${position}.${ext}`);
const pdf = (name: string, position: string) => squash(pdfText(file(name, position, 'pdf')));
const docx = (name: string, position: string) => squash(docxText(file(name, position, 'docx')));
const both = (name: string, position: string) => [pdf(name, position), docx(name, position)];
const count = (text: string, part: string) => text.split(part).length - 1;

function motivationOf(profile: Profile, position: string): MotivationEntry {
  return profile.motivation.find((m) => m.position === position) as MotivationEntry;
}

beforeAll(() => packs.buildFixtures(FIXTURES, ['pdf', 'docx', 'html']), 300_000);
afterAll(() => packs.remove());

describe('which positions and how many agreements', () => {
  test('one file per position with variable pay, none for a salary-only one', () => {
    for (const name of ['reference', 'karpov', 'by', 'kz', 'other']) {
      const { pack, profile } = get(name);
      const paid = profile.department.positions
        .filter((p) => {
          const m = profile.motivation.find((x) => x.position === p.id);
          return m !== undefined && m.scheme !== 'salary-only';
        })
        .map((p) => `contract-addendum-${p.id}`);
      expect(pack.manifest.documents.map((d) => d.id).filter((id) => id.startsWith('contract-addendum-'))).toEqual(paid);
    }
    expect(get('other').pack.manifest.documents.map((d) => d.id)).not.toContain('contract-addendum-assistant');
  });

  test('one agreement per named employee and one blank for the seats without a name; clauses count from 1 in each', () => {
    for (const name of ['reference', 'by', 'other']) {
      const { profile } = get(name);
      for (const position of profile.department.positions.filter((p) => motivationOf(profile, p.id)?.scheme !== 'salary-only')) {
        if (!motivationOf(profile, position.id)) continue;
        const names = (position.employees ?? []).slice(0, position.headcount);
        const blanks = names.length < position.headcount ? 1 : 0;
        const agreements = names.length + blanks;
        for (const text of both(name, position.id)) {
          expect(count(text, 'ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ №'), `${name} ${position.id}`).toBe(agreements);
          for (const employee of names) {
            expect(text).toContain(squash(`и ${employee} (далее — Работник)`));
            expect(text).toContain(squash(initialsAndSurname(employee)));
          }
          expect(count(text, `и ${'_'.repeat(40)} (далее — Работник)`), `${name} ${position.id}`).toBe(blanks);
          expect(text).not.toMatch(LEAKS);
        }
        // Word numbers the DOCX's clauses itself; the PDF prints them: each agreement starts again at 1.1.
        const printed = pdf(name, position.id);
        expect(count(printed, ' 1.1. должностного оклада'), `${name} ${position.id}`).toBe(agreements);
        expect(printed).not.toMatch(/ (9|10)\. /);
        expect(pdfPageCount(file(name, position.id, 'pdf'))).toBeGreaterThanOrEqual(agreements);
      }
    }
    // belstal-by: three managers, two of them named.
    const manager = get('by').profile.department.positions.find((p) => p.id === 'manager');
    expect([manager?.headcount, manager?.employees?.length]).toEqual([3, 2]);
  });

  test('Word numbers each agreement from 1 again: LibreOffice prints the DOCX that way', () => {
    const { profile } = get('reference');
    const manager = profile.department.positions.find((p) => p.id === 'manager');
    // Every seat named, or one blank for the rest.
    const named = (manager?.employees ?? []).length;
    const managers = named + (named < (manager?.headcount ?? 0) ? 1 : 0);
    expect(managers).toBeGreaterThan(1);
    const [converted] = libreOfficeToPdf([file('reference', 'manager', 'docx')], path.join(packs.folder(), 'lo'));
    const text = squash(pdfText(converted as string));
    expect(count(text, '1.1. должностного оклада')).toBe(managers);
    expect(count(text, '7. Соглашение заключено')).toBe(managers);
    expect(text).not.toMatch(/ (8|9|10)\. /);
  });

  test('no approval block, no acknowledgement sheet: both parties sign the agreement', () => {
    for (const text of both('reference', 'manager')) {
      expect(text).not.toContain('УТВЕРЖДАЮ');
      expect(text).not.toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
      expect(text).toMatch(/Работодатель .*Работник/u);
      expect(text).toContain('Экземпляр соглашения получил(а)');
    }
    const html = squash(readFileSync(file('reference', 'manager', 'html'), 'utf8').replace(/<[^>]+>/g, ' '));
    expect(html).toContain('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ');
  });
});

describe('reference: KPI bonuses paid monthly, in Russia', () => {
  test('the pay parts are the profile’s and the math’s', () => {
    const { profile } = get('reference');
    const position = profile.department.positions.find((p) => p.id === 'manager');
    const m = motivationOf(profile, 'manager');
    if (m.scheme !== 'kpi-bonus' || !position) throw new Error('the reference manager has a KPI bonus');
    const money = (v: number) => formatMoney(v, profile.currency);
    const atPlan = payFor(profile, 'manager', 100);
    for (const text of both('reference', 'manager')) {
      expect(text).toContain(squash(`должностного оклада в размере ${money(position.salary)} в месяц`));
      expect(text).toContain(
        squash(`ежемесячной премии по ключевым показателям эффективности (KPI): целевая премия — ${money(m.targetBonus)} за месяц`),
      );
      expect(text).toContain(squash(`и не превышает ${money(m.maxBonus as number)} за месяц`));
      expect(text).toContain(squash(`составляет ${money(atPlan.total)} за месяц`));
      expect(text).toContain(
        '«Выручка (оплаченные продажи)» (60 %), «Новые клиенты» (20 %) и «Просроченная дебиторская задолженность» (20 %)',
      );
    }
  });

  test('the regulation by its title, the month, the first month after the approval, the Russian code with its articles', () => {
    for (const text of both('reference', 'manager')) {
      expect(text).toContain('устанавливаются Положением о мотивации работников отдела продаж');
      expect(text).toContain(
        'по итогам каждого календарного месяца (отчётный период) и выплачивается в сроки выплаты заработной платы за месяц, следующий за отчётным',
      );
      // Approved on 15 January 2027: the regulation applies to periods begun after it.
      expect(text).toContain('применяются с 1 февраля 2027 г.');
      expect(text).toContain('в соответствии со статьями 57, 72 и 135 Трудового кодекса Российской Федерации');
      expect(text).toContain('(статья 72 Трудового кодекса Российской Федерации)');
      expect(text).toContain('в лице Генерального директора Петрова А.В., действующего на основании Устава');
      expect(text).toContain('занимающего должность «Менеджер по продажам» в подразделении «Отдел продаж»');
    }
  });
});

describe('karpov-ip: an entrepreneur, a percentage of margin, no approval date', () => {
  test('the entrepreneur is the employer; the rate, its range and the cap; from the first month after signing', () => {
    const { profile } = get('karpov');
    const m = motivationOf(profile, 'manager');
    if (m.scheme !== 'revenue-percent') throw new Error('karpov-ip pays a percentage');
    const money = (v: number) => formatMoney(v, profile.currency);
    for (const text of both('karpov', 'manager')) {
      expect(text).toContain(
        'Индивидуальный предприниматель Карпов Игорь Сергеевич (далее — Работодатель), с одной стороны, и Лаптева Анна Викторовна',
      );
      expect(text).not.toContain('действующего на основании Устава');
      expect(text).toContain(
        'ежемесячной премии в процентах от валовой маржи по оплаченной выручке Работника: ставка — 7 % при выполнении личного плана выручки на 100 % и изменяется от 5 % до 8 %',
      );
      expect(text).toContain(squash(`премия не превышает ${money(m.maxBonus as number)} за месяц`));
      expect(text).toContain(squash(`составляет ${money(payFor(profile, 'manager', 100).total)} в средний месяц`));
      expect(text).toContain('применяются с первого календарного месяца, начавшегося после его подписания');
      expect(text).toContain('И.С. Карпов');
      expect(text).toContain('А.В. Лаптева');
    }
  });
});

describe('the country', () => {
  test('Belarus: its code and articles, quarterly pay from the first quarter after the approval', () => {
    for (const text of both('by', 'tender')) {
      expect(text).toContain('в соответствии со статьями 19 и 61 Трудового кодекса Республики Беларусь');
      expect(text).not.toContain('Российской Федерации');
      expect(text).toContain('ежеквартальной премии по ключевым показателям эффективности (KPI): целевая премия — 2 400 Br за квартал');
      expect(text).toContain('по итогам каждого календарного квартала (отчётный период) и выплачивается после подведения итогов квартала');
      // Approved on 11 January 2027: the first quarter begun after it is the second.
      expect(text).toContain('применяются с 1 апреля 2027 г.');
      expect(text).toContain('с первого календарного квартала, начавшегося после его подписания');
    }
    for (const text of both('by', 'manager')) expect(text).toContain('применяются с 1 февраля 2027 г.');
  });

  test('Kazakhstan: its code and articles, tenge', () => {
    for (const text of both('kz', 'rop')) {
      expect(text).toContain('в соответствии со статьями 28 и 107 Трудового кодекса Республики Казахстан');
      expect(text).toContain('₸');
      expect(text).not.toMatch(/Российской Федерации|₽/u);
      expect(text).toContain('Жумабаева Айгерим Нурлановна');
    }
  });

  test('another country: the labour law without articles, euros', () => {
    for (const text of both('other', 'rop')) {
      expect(text).toContain('в соответствии с трудовым законодательством страны регистрации Компании');
      expect(text).not.toMatch(/стать(я|и|ей|ями|ёй) \d|ст\. ?\d/u);
      expect(text).toContain('€');
      expect(text).toContain('Гусев Артём Викторович');
    }
  });
});
