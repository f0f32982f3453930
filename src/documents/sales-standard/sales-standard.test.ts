/**
 * «Стандарт продаж» read back from the PDF, the DOCX and the HTML: the offering's stages with the
 * CRM (or journal) status, the activity norms equal to the math and, where the profile gives none,
 * to the reverse funnel recomputed here over 21 working days; the checklist and scripts of the
 * offering and the company's channels. The reference sells goods through one direct channel with
 * a CRM; cloudtrack-saas sells subscriptions online and through agents; logiline-services sells
 * services with its own norms; karpov-ip is an entrepreneur's projects without a CRM.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activityNorms } from '../../core/math/activity.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { pdfText, readDocx, squash } from '../../../tests/support/readers.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { packSet } from '../../../tests/support/pack-set.ts';
import { buildCommonView } from '../shared/common.ts';
import { crmRoles } from '../shared/crm-roles.ts';
import { salesPipeline } from '../shared/pipeline.ts';
import { variant } from '../../../tests/math/profiles.ts';
import { buildSalesStandardView } from './view.ts';

const FIXTURES = {
  reference: 'tehnosnab.yaml',
  saas: 'cloudtrack-saas.yaml',
  services: 'logiline-services.yaml',
  karpov: 'karpov-ip.yaml',
} as const;
type Name = keyof typeof FIXTURES;

const packs = packSet<Name>('sales-standard');
beforeAll(() => packs.buildFixtures(FIXTURES, ['pdf', 'docx', 'html']), 240_000);
afterAll(() => packs.remove());

const file = (name: Name, ext: string) => packs.file(name, 'sales-standard', ext);
const text = (name: Name) => squash(pdfText(file(name, 'pdf')));
const docx = (name: Name) => readDocx(file(name, 'docx'));
const profile = (name: Name) => packs.profile(name);

/** The rows of the DOCX table whose header starts with `head`, header left out. */
function rows(name: Name, head: string): string[][] {
  const table = docx(name).tables.find((t) => t.rows[0]?.cells[0]?.startsWith(head));
  expect(table, `a table headed «${head}…»`).toBeDefined();
  return (table?.rows ?? []).slice(1).map((r) => r.cells);
}

const titleOf = (p: Profile, id: string) => p.department.positions.find((x) => x.id === id)?.title ?? id;

describe('every format', () => {
  test.each(Object.keys(FIXTURES) as Name[])('%s: titled in the PDF, DOCX and HTML, nothing leaked', (name) => {
    expect(text(name)).toContain('СТАНДАРТ продаж');
    expect(text(name)).toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
    expect(text(name)).not.toMatch(LEAKS);
    expect(docx(name).core.title).toBe('Стандарт продаж');
    expect(squash(readFileSync(file(name, 'html'), 'utf8').replace(/<[^>]+>/g, ' '))).toContain('Нормы активности');
  });
});

describe('stages', () => {
  test('the reference: every stage of the goods pipeline with its CRM status, in order', () => {
    const p = profile('reference');
    const common = buildCommonView(p);
    const pipeline = salesPipeline(crmRoles(common, p), common, p);
    const table = rows('reference', 'Этап (статус в Битрикс24)');
    expect(table.map((r) => r[0])).toEqual(pipeline.stages.map((s) => s.name));
    expect(table.map((r) => r[0])).toContain('Отгрузка');
  });

  test('without a CRM the status is a mark in the sales journal; a projects pipeline', () => {
    expect(docx('karpov').tables.some((t) => t.rows[0]?.cells[0] === 'Этап (отметка в журнале продаж)')).toBe(true);
    const stages = rows('karpov', 'Этап (отметка').map((r) => r[0]);
    expect(stages).toEqual(expect.arrayContaining(['Обследование объекта', 'Смета', 'Приёмка']));
    expect(text('karpov')).not.toMatch(/в CRM/u);
  });

  test('a subscription has its renewals pipeline and the agents’ pipeline', () => {
    const t = text('saas');
    expect(t).toContain('Воронка «Продление подписки»');
    expect(t).toContain('Воронка «Сделки агентов»');
    expect(rows('saas', 'Этап (статус в amoCRM)').map((r) => r[0])).toEqual(expect.arrayContaining(['Демонстрация', 'Пробный период']));
  });
});

describe('activity norms', () => {
  /** Norm table rows as the math gives them. */
  const expected = (p: Profile) =>
    activityNorms(p).map((n) => [
      titleOf(p, n.position),
      n.calls === null ? '—' : String(n.calls.value),
      n.meetings === null ? '—' : String(n.meetings.value),
      n.proposals === null ? '—' : String(n.proposals.value),
    ]);

  test.each(Object.keys(FIXTURES) as Name[])('%s: the DOCX norm table is the math’s', (name) => {
    expect(rows(name, 'Должность').map((r) => r.slice(0, 4))).toEqual(expected(profile(name)));
  });

  test('the reference (activityNorms null): the reverse funnel over 21 working days, recomputed by hand', () => {
    const p = profile('reference');
    expect(p.processes.activityNorms).toBeNull();
    const { revenue, recurringRevenuePct, funnel } = p.plan;
    const need = (revenue / 12) * (1 - recurringRevenuePct / 100);
    const deals = Math.ceil(need / funnel.averageDeal);
    const meetings = Math.ceil((deals * 100) / funnel.meetingToDealPct);
    const leads = Math.ceil((meetings * 100) / funnel.leadToMeetingPct);
    const seats = (id: string) => p.department.positions.find((x) => x.id === id)?.headcount ?? 0;
    const perWeek = Math.ceil((meetings / seats('manager')) * (5 / 21));
    const perDay = Math.ceil(leads / seats('lead') / 21);
    const table = rows('reference', 'Должность');
    expect(table).toContainEqual(['Менеджер по продажам', '—', String(perWeek), String(perWeek), 'по обратной воронке']);
    expect(table).toContainEqual(['Менеджер по лидогенерации', String(perDay), '—', '—', 'по обратной воронке']);
    // The derivation is stated with the figures it starts from.
    expect(text('reference')).toContain(`нужно ${deals} сделок, ${meetings} встреч и ${leads} обращений в месяц`);
    expect(text('reference')).toContain('в месяце 21 рабочий день');
  });

  test('logiline-services: the profile’s own norms, printed as given', () => {
    expect(rows('services', 'Должность')).toEqual([['Менеджер по продажам', '25', '3', '3', 'норма Компании']]);
    expect(text('services')).not.toContain('по обратной воронке');
  });

  test('the norms’ columns are named for the offering', () => {
    expect(docx('saas').tables.some((t) => t.rows[0]?.cells.includes('Демонстрации в неделю'))).toBe(true);
    expect(docx('karpov').tables.some((t) => t.rows[0]?.cells.includes('Выезды на объект в неделю'))).toBe(true);
    expect(docx('reference').tables.some((t) => t.rows[0]?.cells.includes('Коммерческие предложения в неделю'))).toBe(true);
  });
});

describe('qualification and scripts by offering and channel', () => {
  test('goods ask about assortment and suppliers; a subscription about users and integration', () => {
    expect(text('reference')).toContain('какие товарные группы и позиции клиент закупает');
    expect(text('saas')).toContain('число пользователей (подключаемых объектов) и нужные модули');
    expect(text('saas')).not.toContain('товарные группы');
    expect(text('karpov')).toContain('бюджет работ и источник финансирования');
  });

  test('the first contact follows the company’s channels', () => {
    const saas = text('saas');
    expect(saas).toContain('Ответ на заявку с сайта, из чата или почты — не позднее 10 минут');
    expect(saas).toContain('Клиент, приведённый агентом');
    expect(saas).not.toContain('Исходящий звонок потенциальному клиенту');
    expect(text('reference')).toContain('Исходящий звонок потенциальному клиенту');
  });

  test('objections and the closing differ by offering', () => {
    expect(rows('reference', 'Возражение').map((r) => r[0])).toContain('«У нас уже есть поставщик»');
    expect(rows('saas', 'Возражение').map((r) => r[0])).toContain('«Пользуемся другим сервисом»');
    expect(text('karpov')).toContain('выставить счёт на аванс и согласовать дату начала работ');
  });

  test('an entrepreneur: the employer controls, no head of sales is named', () => {
    const t = text('karpov');
    expect(t).toContain('организует и контролирует Работодатель');
    expect(t).not.toContain('Руководитель отдела продаж');
  });
});

describe('references by title', () => {
  const other = (name: Name, doc: string) => squash(pdfText(packs.file(name, doc, 'pdf')));

  test('the planning regulation checks the norms of the Стандарт продаж', () => {
    const t = other('reference', 'planning-regulation');
    expect(t).toContain(
      'Нормы активности работников (звонки, встречи, предложения), которые обеспечивают личный план, установлены Стандартом продаж',
    );
    expect(t).toContain('в сравнении с дневными нормами активности, установленными Стандартом продаж');
  });

  test('the lead regulation and the job descriptions send the reader to it', () => {
    expect(other('reference', 'lead-regulation')).toContain('порядок первого разговора с клиентом установлены Стандартом продаж');
    expect(other('reference', 'job-description-lead')).toContain('по сценариям Стандарта продаж');
    expect(other('reference', 'job-description-manager')).toContain('Стандартом продаж');
    expect(other('saas', 'job-description-team-lead')).toContain('установленных Стандартом продаж');
  });
});

test('a private buyer is not asked about suppliers and payment discipline', () => {
  const view = buildSalesStandardView(variant((raw) => ((raw['company'] as Record<string, unknown>)['salesModel'] = 'b2c')));
  expect(view.checklist.join(' ')).toContain('что покупатель хочет приобрести');
  expect(view.checklist.join(' ')).not.toMatch(/поставщик|платёжная дисциплина/u);
});
