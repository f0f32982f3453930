/**
 * «Карта KPI»: one card per position with KPIs, with the plans the math module derives (profile.md,
 * «How plans are derived»), thresholds from the curves, and the fillable monthly sheet. The
 * reference pack is generated in-process and read back from its PDF and DOCX.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DocumentModel } from '../../core/model/types.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { buildKpiCardView } from './view.ts';
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

/** PDF text with the layout kept, one squashed line per printed line: table rows stay together. */
function pdfLines(file: string): string[] {
  return pdfText(file, { layout: true }).split('\n').map(squash).filter(Boolean);
}

const packs = packSet('kpi-card');
const build = (name: string, profile: Profile, formats: Array<'pdf' | 'docx'>) => packs.build(name, profile, formats);
const get = (name: string) => packs.get(name);
const model = (name: string, id: string) => get(name).pack.models.find((m) => m.meta.id === id) as DocumentModel;

beforeAll(async () => {
  await build('reference', reference(), ['pdf', 'docx']);
  await build('quarterly', profileFromFile(profilePath('kvadro-quarterly.yaml')), ['pdf']);
  await build(
    'accounting',
    variant((raw) => {
      raw['processes'] = { ...(raw['processes'] as object), accounting: 'МойСклад' };
      raw.plan['rampUp'] = [30, 60, 100];
    }),
    ['pdf'],
  );
  await build(
    'no-lead-kpis',
    variant((raw) => {
      raw.kpis = raw.kpis.filter((k) => k.position !== 'lead');
      raw.motivation = raw.motivation.filter((m) => m['position'] !== 'lead');
    }),
    ['pdf'],
  );
  await build(
    'flat',
    variant((raw) => {
      delete raw.plan['seasonality'];
      const account = raw.kpis.find((k) => k.position === 'account');
      const item = account?.items[1];
      if (item)
        item['curve'] = [
          [0, 0],
          [50, 0],
          [50, 50],
          [100, 100],
        ];
    }),
    ['pdf'],
  );
}, 120_000);
afterAll(() => packs.remove());

describe('reference cards', () => {
  const ids = ['rop', 'manager', 'account', 'lead'];

  test('the manifest lists one card per position with KPIs, with its positionId and title', () => {
    const cards = get('reference').pack.manifest.documents.filter((d) => d.id.startsWith('kpi-card'));
    expect(cards.map((d) => [d.id, d.positionId])).toEqual(ids.map((id) => [`kpi-card-${id}`, id]));
    expect(cards.find((d) => d.id === 'kpi-card-manager')?.title).toBe('Карта KPI: Менеджер по продажам');
    expect(cards.find((d) => d.id === 'kpi-card-account')?.files).toEqual({
      pdf: 'kpi-card-account.pdf',
      docx: 'kpi-card-account.docx',
    });
  });

  test('sales manager: 3 500 000 ₽ a month, 2,5 new clients, 5 % overdue, threshold 70 %', () => {
    const file = path.join(get('reference').dir, 'kpi-card-manager.pdf');
    const text = squash(pdfText(file));
    expect(text).toContain('менеджера по продажам на 2027 год');
    expect(text).toContain('План на одного работника за месяц — в среднем 3 500 000 ₽');
    expect(text).toContain('План на одного работника за месяц — 2,5 клиента.');
    expect(text).toContain('План на одного работника за месяц — 5 %.');
    const lines = pdfLines(file);
    // Table rows as printed: № | Показатель | Ед. изм. | Вес | Период | План | Порог | Выполнение | Источник.
    // Money facts come from the accounting system; the reference names none, so it is the company's.
    expect(lines).toContain('1 Выручка ₽ 60 % месяц 3 500 000 ₽* 70 % факт / план учётная');
    expect(lines).toContain('2 Новые клиенты шт. 20 % месяц 2,5 70 % факт / план Битрикс24');
    expect(lines.some((l) => /^3 Просроченная % 20 % месяц 5 ?% 70 % план \/ факт учётная$/.test(l))).toBe(true);
    expect(text).toContain('Источник данных — учётная система Компании; факт подтверждает бухгалтерия.');
    // Examples with numbers, in the KPI's own direction.
    expect(text).toContain('при плане 3 500 000 ₽ и факте 3 150 000 ₽ выполнение составит 3 150 000 ₽ / 3 500 000 ₽ × 100 % = 90 %');
    expect(text).toContain('при плане 5 % и факте 6 % выполнение составит 5 % / 6 % × 100 % = 83,3 %');
    expect(text).toContain('Порог — 70 % выполнения: при плане 3 500 000 ₽ — факт не ниже 2 450 000 ₽');
    expect(text).toContain('факт не выше 7,1 %');
    // Seasonal months: January 240 000 000 × 6 % × 70 % / 4.
    expect(lines.some((l) => /^Январь 2 520 000 ₽ Июль 2 940 000 ₽$/.test(l))).toBe(true);
    expect(text).toContain('Итого за год 42 000 000 ₽');
  });

  test('account manager: 6 000 000 ₽ a month at the 60 % threshold of the rate curve; repeat purchases without one', () => {
    const text = squash(pdfText(path.join(get('reference').dir, 'kpi-card-account.pdf')));
    expect(text).toContain('в среднем 6 000 000 ₽');
    expect(text).toContain('Порог — 60 % выполнения: при плане 6 000 000 ₽ — факт не ниже 3 600 000 ₽');
    expect(text).toContain('План на одного работника за квартал — 85 %.');
    expect(text).toContain('«—» — порог для показателя не установлен.');
  });

  test('lead generation: 50 meetings a month and the custom KPI with its own source', () => {
    const file = path.join(get('reference').dir, 'kpi-card-lead.pdf');
    const text = squash(pdfText(file));
    expect(text).toContain('Назначенные встречи. План на одного работника за месяц — 50 встреч.');
    expect(text).toContain('Доля квалифицированных лидов. План на одного работника за месяц — 60 %.');
    expect(text).toContain('по данным источника «CRM»');
    expect(text).toContain('Порог — 60 % выполнения: при плане 50 встреч — факт не ниже 30 встреч');
    expect(text).not.toContain('Плановые значения по месяцам');
  });

  test('head of sales: the department plan, quarterly new clients, seasonal months of the department', () => {
    const file = path.join(get('reference').dir, 'kpi-card-rop.pdf');
    const text = squash(pdfText(file));
    expect(text).toContain('Плановые значения установлены на Отдел в целом');
    expect(text).toContain('План на Отдел за месяц — в среднем 20 000 000 ₽');
    expect(text).toContain('План на Отдел за квартал — 30 клиентов.');
    expect(text).toContain('Январь 14 400 000 ₽');
    expect(text).toContain('Новые клиенты (за квартал)');
    expect(text).toContain('решению Генерального директора');
  });

  test('DOCX has the same plans', () => {
    const docx = squash(docxText(path.join(get('reference').dir, 'kpi-card-manager.docx')));
    for (const s of ['3 500 000 ₽*', '2,5', 'Итоговый KPI-коэффициент', 'Вес × коэффициент', 'Положение о мотивации'])
      expect(docx).toContain(s);
  });

  test('each card ends with the monthly sheet, signatures, and the sheet of its own employees only', () => {
    for (const id of ids) {
      const m = model('reference', `kpi-card-${id}`);
      const text = modelText(m);
      expect(text, id).not.toMatch(LEAKS);
      expect(headings(m).at(-1)).toBe('Лист оценки выполнения за месяц');
      expect(text).toContain(`ЛИСТ ОЗНАКОМЛЕНИЯ с документом «${m.meta.title}»`);
      expect(text).toMatch(/Факт % выполнения Коэффициент Вес × коэффициент/);
      expect(text).toContain('Руководитель ____________ / ____________');
      expect(text).toContain('Сотрудник ____________ / ____________');
      expect(text).toContain('Итоговый KPI-коэффициент');
      // Pay lives in the motivation document.
      expect(text).toContain('Положение о мотивации');
      expect(text).not.toMatch(/оклад|премия составит/i);
    }
    const manager = modelText(model('reference', 'kpi-card-manager'));
    expect(manager).toContain('Иванов Сергей Петрович');
    expect(manager).not.toContain('Соколова Мария Игоревна');
  });
});

describe('variants', () => {
  test('a position without KPIs gets no card', () => {
    const ids = get('no-lead-kpis').pack.manifest.documents.map((d) => d.id);
    expect(ids).toContain('kpi-card-manager');
    expect(ids).not.toContain('kpi-card-lead');
  });

  test('without seasonality: no month section and no footnote; an item curve sets its own threshold', () => {
    const m = model('flat', 'kpi-card-account');
    const text = modelText(m);
    expect(headings(m)).not.toContain('Плановые значения по месяцам');
    expect(text).not.toContain('* В среднем');
    expect(text).toContain('План на одного работника за месяц — 6 000 000 ₽.');
    expect(text).toContain('Порог — 50 % выполнения: при плане 85 % — факт не ниже 42,5 %');
  });

  test('the view keeps every key present (strict templates)', () => {
    const view = buildKpiCardView(reference(), 'lead') as unknown as Record<string, unknown>;
    for (const key of ['rows', 'items', 'form', 'notes', 'seasonal', 'planHeader', 'superior', 'position']) expect(view[key]).toBeDefined();
  });
});

describe('the pay period, a new hire and the source of each figure', () => {
  test('a quarterly bonus: plans of the quarter, the quarter named, the sheet filled in per quarter', () => {
    const file = path.join(get('quarterly').dir, 'kpi-card-manager.pdf');
    const text = squash(pdfText(file));
    expect(text).toContain(
      'Премия по должности рассчитывается по итогам квартала: выполнение каждого показателя определяется по плану и факту всего квартала',
    );
    expect(text).toContain('План на одного работника за квартал — в среднем 5 000 000 ₽');
    expect(text).toContain('Лист оценки выполнения за квартал');
    expect(text).toContain('по итогам каждого квартала на каждого работника');
    expect(text).toMatch(/Квартал: _+ 2027 г\./);
    // The monthly lead generator keeps the monthly sheet.
    const lead = squash(pdfText(path.join(get('quarterly').dir, 'kpi-card-lead.pdf')));
    expect(lead).toContain('Лист оценки выполнения за месяц');
    expect(lead).not.toContain('по итогам квартала');
  });

  test("a new hire's plan by month of work", () => {
    const text = squash(pdfText(path.join(get('accounting').dir, 'kpi-card-manager.pdf')));
    expect(text).toContain(
      'личный план на первые месяцы работы устанавливается в доле от плана карты: в первый месяц работы — 30 % личного плана, во второй — 60 %, с третьего месяца — полный план.',
    );
    // The head's card has only the department's plans: no personal plan to ramp up.
    expect(squash(pdfText(path.join(get('accounting').dir, 'kpi-card-rop.pdf')))).not.toContain('первые месяцы работы');
  });

  test('revenue from the accounting system, meetings from the CRM, alike in the card, the motivation and the CRM regulation', () => {
    const { dir } = get('accounting');
    const card = squash(pdfText(path.join(dir, 'kpi-card-manager.pdf')));
    expect(card).toContain('Источник данных — МойСклад; факт подтверждает бухгалтерия.');
    expect(card).toContain('Источник данных — Битрикс24; факт подтверждает Руководитель отдела продаж.');
    const motivation = squash(pdfText(path.join(dir, 'motivation.pdf')));
    expect(motivation).toContain('Выручка, поступившие оплаты и валовая маржа определяются только по данным МойСклад');
    const crm = squash(pdfText(path.join(dir, 'crm-regulation.pdf')));
    expect(crm).toContain('Выручка, поступившие оплаты и валовая маржа определяются по данным МойСклад');
    expect(crm).not.toContain('единственным основанием');
    for (const text of [card, motivation, crm]) expect(text).not.toMatch(/(?<![\p{L}\d])1С(?![\p{L}\d:])/u);
  });
});
