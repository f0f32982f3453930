/**
 * «План продаж на {year} год»: the department plan by month and quarter with seasonality, the
 * positions' plans per employee, new clients and meetings, and the funnel check — every figure
 * from the math module. The reference and its variants are generated in-process and read back.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DocumentModel } from '../../core/model/types.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { reference, variant } from '../../../tests/math/profiles.ts';
import { docxText, pdfText, squash } from '../../../tests/support/readers.ts';
import { blockText } from '../../core/model/to-text.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { profileFromFile } from '../../../tests/support/packs.ts';
import { packSet } from '../../../tests/support/pack-set.ts';
import { profilePath } from '../../../tests/support/profiles.ts';

const modelText = (model: DocumentModel) => squash(model.children.flatMap(blockText).join('\n'));
const headings = (model: DocumentModel) =>
  model.children.flatMap((b) => (b.type === 'heading' ? [b.children.map((r) => r.text).join('')] : []));

/** Rows of every table of the model, each row's cells joined by « | ». */
const tableRows = (model: DocumentModel) =>
  model.children.flatMap((b) =>
    b.type === 'table' ? b.rows.map((row) => row.cells.map((c) => squash(c.children.flatMap(blockText).join(' '))).join(' | ')) : [],
  );

/** PDF text with the layout kept, one squashed line per printed line: table rows stay together. */
function pdfLines(file: string): string[] {
  return pdfText(file, { layout: true }).split('\n').map(squash).filter(Boolean);
}
const pdfAll = (file: string) => pdfLines(file).join(' ');

const packs = packSet('sales-plan');
const build = (name: string, profile: Profile, formats: Array<'pdf' | 'docx'>) => packs.build(name, profile, formats);
const pdf = (name: string) => packs.file(name, 'sales-plan', 'pdf');
const model = (name: string) => packs.get(name).pack.models.find((m) => m.meta.id === 'sales-plan') as DocumentModel;

beforeAll(async () => {
  await build('reference', reference(), ['pdf', 'docx']);
  await build('lines', profileFromFile(profilePath('logiline-services.yaml')), ['pdf']);
  await build(
    'weak',
    variant((raw) => (raw.plan.funnel['leadsPerMonth'] = 300)),
    ['pdf', 'docx'],
  );
  await build(
    'no-meetings',
    variant((raw) => {
      raw.kpis = raw.kpis.filter((k) => k.position !== 'lead');
      raw.motivation = raw.motivation.filter((m) => m['position'] !== 'lead');
    }),
    ['pdf'],
  );
  await build(
    'flat-explicit',
    variant((raw) => {
      delete raw.plan['seasonality'];
      const account = raw.kpis.find((k) => k.position === 'account');
      const item = account?.items[0];
      if (item) item['plan'] = 5_000_000;
    }),
    ['pdf'],
  );
}, 120_000);
afterAll(() => packs.remove());

describe('reference plan', () => {
  test('one document for the whole department, listed in the manifest', () => {
    const { pack } = packs.get('reference');
    const entry = pack.manifest.documents.find((d) => d.id === 'sales-plan');
    expect(entry).toMatchObject({
      title: 'План продаж на 2027 год',
      positionId: null,
      files: { pdf: 'sales-plan.pdf', docx: 'sales-plan.docx' },
    });
    const text = modelText(model('reference'));
    for (const name of ['Соколова Мария Игоревна', 'Иванов Сергей Петрович', 'Смирнов Павел Юрьевич']) expect(text).toContain(name);
    expect(text).not.toMatch(LEAKS);
  });

  test('the basis: revenue, margin, recurring and new business, new clients', () => {
    const rows = tableRows(model('reference'));
    expect(rows).toContain('Выручка (оплаченные продажи) | 240 000 000 ₽ | 20 000 000 ₽');
    expect(rows).toContain('Валовая маржа (28 % выручки) | 67 200 000 ₽ | 5 600 000 ₽');
    expect(rows).toContain('Выручка от действующих клиентов (60 %) | 144 000 000 ₽ | 12 000 000 ₽');
    expect(rows).toContain('Выручка от новых продаж (40 %) | 96 000 000 ₽ | 8 000 000 ₽');
    expect(rows).toContain('Новые клиенты | 120 | 10');
  });

  test('the department by month and quarter: January 240 000 000 × 6 % = 14 400 000 ₽, quarters and the year', () => {
    const lines = pdfLines(pdf('reference'));
    const has = (re: RegExp) =>
      expect(
        lines.some((l) => re.test(l)),
        String(re),
      ).toBe(true);
    has(/^Январь 6 ?% 14 400 000 ₽ 14 400 000 ₽$/);
    has(/^Декабрь 11 ?% 26 400 000 ₽ 240 000 000 ₽$/);
    has(/^I квартал 22 ?% 52 800 000 ₽$/);
    has(/^II квартал 24 ?% 57 600 000 ₽$/);
    has(/^III квартал 23 ?% 55 200 000 ₽$/);
    has(/^IV квартал 31 ?% 74 400 000 ₽$/);
    has(/^Итого за год 100 ?% 240 000 000 ₽$/);
  });

  test('plans per employee: 3 500 000 ₽ and 6 000 000 ₽ on average, seasonal months, the sum equals the plan', () => {
    const text = pdfAll(pdf('reference'));
    expect(text).toContain('Руководитель отдела продаж отвечает за выполнение плана Отдела в целом');
    expect(squash(modelText(model('reference')))).toContain(
      'Менеджер по продажам — 70 % плана Отдела на должность (4 сотрудника), по 17,5 % на сотрудника: в среднем 3 500 000 ₽ в месяц на сотрудника, 168 000 000 ₽ за год на должность',
    );
    expect(modelText(model('reference'))).toContain(
      'Менеджер по работе с ключевыми клиентами — 30 % плана Отдела (1 сотрудник): в среднем 6 000 000 ₽ в месяц, 72 000 000 ₽ за год',
    );
    const rows = tableRows(model('reference'));
    expect(rows).toContain('Январь | 14 400 000 ₽ | 2 520 000 ₽ | 4 320 000 ₽');
    expect(rows).toContain('I квартал | 52 800 000 ₽ | 9 240 000 ₽ | 15 840 000 ₽');
    expect(rows).toContain('Итого за год | 240 000 000 ₽ | 42 000 000 ₽ | 72 000 000 ₽');
    expect(text).toContain('Сумма личных планов — 240 000 000 ₽ за год — равна плану Отдела.');
  });

  test('new clients 2,5 a month per manager, meetings 50 a month per lead-generation manager', () => {
    const rows = tableRows(model('reference'));
    expect(rows).toContain('Отдел в целом | 10 | 30 | 120');
    expect(rows).toContain('Менеджер по продажам, на сотрудника | 2,5 | 7,5 | 30');
    expect(rows).toContain('Отдел в целом | 100 | 300 | 1 200');
    expect(rows).toContain('Менеджер по лидогенерации, на сотрудника | 50 | 150 | 600');
    const lines = pdfLines(pdf('reference'));
    expect(lines).toContain('Менеджер по продажам, на сотрудника 2,5 7,5 30');
    expect(lines).toContain('Менеджер по лидогенерации, на сотрудника 50 150 600');
  });

  test('the funnel: 9 000 000 ₽ capacity against 8 000 000 ₽ need, the reverse funnel, enough', () => {
    const text = pdfAll(pdf('reference'));
    expect(text).toContain('новые продажи должны дать 40 % — 8 000 000 ₽ в месяц');
    expect(text).toContain('400 лидов в месяц × 25 % × 20 % × 450 000 ₽ = 9 000 000 ₽ новых продаж в месяц');
    const lines = pdfLines(pdf('reference'));
    expect(lines).toContain('Новые продажи, в месяц 9 000 000 ₽ 8 000 000 ₽');
    expect(lines).toContain('Лиды (обращения), в месяц 400 360');
    expect(lines).toContain('Встречи, в месяц 100 90');
    expect(lines).toContain('Сделки с новыми клиентами, в месяц 20 18');
    expect(text).toContain(
      'Вывод. Воронка обеспечивает план: она даёт 9 000 000 ₽ новых продаж в месяц при потребности 8 000 000 ₽ (112,5 % потребности), запас — 1 000 000 ₽ в месяц.',
    );
    expect(text).toContain('План новых клиентов — 10 в месяц — не превышает числа сделок, которые даёт воронка (20 в месяц).');
    expect(text).not.toContain('Закрыть разрыв');
  });

  test('how the plan is brought to employees', () => {
    const m = model('reference');
    expect(headings(m)).toEqual([
      'Основные показатели плана',
      'План Отдела по месяцам и кварталам',
      'Планы должностей по выручке',
      'Новые клиенты и встречи',
      'Проверка воронки продаж',
      'Доведение плана до работников',
    ]);
    const text = modelText(m);
    expect(text).toContain('детализирует его по клиентам (действующим и потенциальным) и по месяцам и фиксирует детализацию в Битрикс24');
    expect(text).toContain('Работник подписывает план в листе ознакомления');
  });

  test('DOCX carries the same figures', () => {
    const docx = squash(docxText(packs.file('reference', 'sales-plan', 'docx')));
    for (const s of ['14 400 000 ₽', '240 000 000 ₽', '74 400 000 ₽', '9 000 000 ₽', '8 000 000 ₽', '2,5']) expect(docx).toContain(s);
  });
});

describe('variants', () => {
  test('a weak funnel shows the shortfall and what closes it: leads needed and conversions', () => {
    const text = pdfAll(pdf('weak'));
    expect(text).toContain('Воронка не обеспечивает план: она даёт 6 750 000 ₽ новых продаж в месяц при потребности 8 000 000 ₽');
    expect(text).toContain('не хватает 1 250 000 ₽ в месяц');
    expect(text).toContain('увеличить поток лидов до 360 в месяц (сейчас 300)');
    expect(text).toContain('поднять конверсию из встречи в сделку до 23,8 % (сейчас 20 %)');
    expect(text).toContain('поднять конверсию из лида во встречу до 29,7 % (сейчас 25 %)');
    const lines = pdfLines(pdf('weak'));
    expect(lines).toContain('Лиды (обращения), в месяц 300 360 60');
    expect(lines).toContain('Новые продажи, в месяц 6 750 000 ₽ 8 000 000 ₽ 1 250 000 ₽');
    expect(text).toContain('либо уменьшить план новых продаж до 6 750 000 ₽ в месяц — столько обеспечивает воронка.');
    expect(text).not.toContain('Воронка обеспечивает план');
  });

  test('a weak funnel states the gap stage by stage and the date by which the lead flow must reach the target', () => {
    const lines = pdfLines(pdf('weak'));
    // 300 leads give 75 meetings and 15 deals; the plan takes 360, 90 and 18.
    expect(lines).toContain('Встречи, в месяц 75 90 15');
    expect(lines).toContain('Сделки с новыми клиентами, в месяц 15 18 3');
    const text = pdfAll(pdf('weak'));
    expect(text).toContain('При нынешних конверсиях план требует 360 лидов в месяц — на 60 больше нынешнего потока.');
    // The roadmap's step ends on the Friday of week 13: week 1 starts on 18 January, after the approval on 15 January.
    expect(text).toContain(
      'Поток лидов доводится до 360 в месяц не позднее 16 апреля 2027 г. (Дорожная карта внедрения системы управления продажами)',
    );
    const docx = squash(docxText(packs.file('weak', 'sales-plan', 'docx')));
    expect(docx).toContain('Не хватает');
    expect(docx).toContain('не позднее 16 апреля 2027 г.');
  });

  test('a funnel that covers the plan has no «Не хватает» column and no deadline', () => {
    const text = pdfAll(pdf('reference'));
    expect(text).not.toContain('Не хватает');
    expect(text).not.toContain('Поток лидов доводится');
  });

  test('no position sets meetings: no meetings table, the section is about new clients only', () => {
    const m = model('no-meetings');
    expect(headings(m)).toContain('Новые клиенты');
    expect(headings(m)).not.toContain('Новые клиенты и встречи');
    expect(modelText(m)).not.toContain('Назначенные встречи');
  });

  test('equal months without seasonality; an explicit plan is spread evenly and the sum check reports the excess', () => {
    const m = model('flat-explicit');
    const text = modelText(m);
    expect(text).toContain('распределён по месяцам равными долями');
    expect(text).not.toContain('с учётом сезонности');
    const rows = tableRows(m);
    expect(rows).toContain('Январь | 8,3 % | 20 000 000 ₽ | 20 000 000 ₽');
    expect(rows.map((r) => r.trim())).toContain('I квартал | 25 % | 60 000 000 ₽ |');
    expect(text).toContain('Менеджер по работе с ключевыми клиентами — план задан в карте KPI: 5 000 000 ₽ за месяц на сотрудника');
    // The account manager opts out of the split: the four sales managers share the whole plan.
    expect(rows).toContain('Январь | 20 000 000 ₽ | 5 000 000 ₽ | 5 000 000 ₽');
    expect(text).toContain('Сумма личных планов — 300 000 000 ₽ за год — больше плана Отдела на 60 000 000 ₽');
  });
});

describe('product lines (plan.productLines)', () => {
  /** Money in a printed line, in order, as numbers: «15 120 000 ₽» → 15120000. */
  const amounts = (line: string) => [...line.matchAll(/\d{1,3}(?: \d{3})* ₽/g)].map((m) => Number(m[0].replace(/[^\d]/g, '')));

  test('each line with its share, margin rate and year, read from the PDF', () => {
    const lines = pdfLines(pdf('lines'));
    // 420 000 000 a year: 60 % at 14 %, 25 % at 21 %, 15 % at 29 %.
    expect(lines).toContain('Междугородние перевозки 60 % 14 % 252 000 000 ₽ 35 280 000 ₽');
    expect(lines).toContain('Складская логистика 25 % 21 % 105 000 000 ₽ 22 050 000 ₽');
    expect(lines).toContain('Экспедирование 15 % 29 % 63 000 000 ₽ 18 270 000 ₽');
    expect(lines).toContain('Итого 100 % 18 % 420 000 000 ₽ 75 600 000 ₽');
  });

  test("every month's lines add up to the department's month, and each margin is its line's rate", () => {
    const lines = pdfLines(pdf('lines'));
    const department = tableRows(model('lines')).filter((r) => r.startsWith('Январь |') || r.startsWith('Декабрь |'));
    for (const month of ['Январь', 'Декабрь']) {
      const row = lines.find((l) => l.startsWith(`${month} `) && amounts(l).length === 6);
      expect(row, month).toBeDefined();
      const [a, am, b, bm, c, cm] = amounts(row as string) as [number, number, number, number, number, number];
      const plan = amounts(department.find((r) => r.startsWith(`${month} |`)) ?? '')[0];
      expect(a + b + c).toBe(plan);
      expect([am / a, bm / b, cm / c].map((x) => Math.round(x * 1000) / 10)).toEqual([14, 21, 29]);
    }
    expect(lines.some((l) => /^Итого за 252 000 000 ₽ 35 280 000 ₽ 105 000 000 ₽ 22 050 000 ₽ 63 000 000 ₽ 18 270 000 ₽$/.test(l))).toBe(
      true,
    );
  });

  test('a plan without lines has no such section', () => {
    expect(headings(model('reference'))).not.toContain('План по направлениям');
    expect(headings(model('lines'))).toContain('План по направлениям');
  });
});
