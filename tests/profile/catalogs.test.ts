import { describe, expect, test } from 'vitest';
import { KPI_CATALOG, REPORT_CATALOG, ROLE_CATALOG } from '../../content/catalog/index.ts';
import {
  GENERATED_DUTY_IDS,
  GENERATED_DUTY_PREFIXES,
  KpiCatalogSchema,
  ReportCatalogSchema,
  RoleCatalogSchema,
} from '../../src/core/profile/catalog-schema.ts';
import { KPI_IDS, REPORT_IDS, ROLE_IDS } from '../../src/core/profile/ids.ts';

const roles = Object.values(ROLE_CATALOG);
const kpis = Object.values(KPI_CATALOG);
const reports = Object.values(REPORT_CATALOG);

// A verb in the 3rd person singular present: ведёт, готовит, организует, связывается.
const VERB_3RD_PERSON = /^[А-ЯЁ][а-яё]+(ет|ёт|ит|ат|ят)(ся)?$/;

describe('catalog data matches the catalog schemas', () => {
  test('roles, KPIs and reports parse, with every id present', () => {
    expect(RoleCatalogSchema.safeParse(ROLE_CATALOG).error?.issues).toBeUndefined();
    // Duties are a record: parsing keeps their order, which is the order of the job description.
    const parsed = RoleCatalogSchema.parse(ROLE_CATALOG);
    for (const role of roles) expect(Object.keys(parsed[role.id].duties)).toEqual(Object.keys(role.duties));
    expect(KpiCatalogSchema.safeParse(KPI_CATALOG).error?.issues).toBeUndefined();
    expect(ReportCatalogSchema.safeParse(REPORT_CATALOG).error?.issues).toBeUndefined();
    expect(Object.keys(ROLE_CATALOG).sort()).toEqual([...ROLE_IDS].sort());
    expect(Object.keys(KPI_CATALOG).sort()).toEqual([...KPI_IDS].sort());
    expect(Object.keys(REPORT_CATALOG).sort()).toEqual([...REPORT_IDS].sort());
  });

  test('a catalog missing an id or with an id under another key fails', () => {
    const { calls: _calls, ...withoutCalls } = KPI_CATALOG;
    expect(KpiCatalogSchema.safeParse(withoutCalls).success).toBe(false);
    const swapped = { ...REPORT_CATALOG, 'lead-report': { ...REPORT_CATALOG['lead-report'], id: 'daily-activity' } };
    expect(ReportCatalogSchema.safeParse(swapped).error?.issues.map((i) => i.path)).toEqual([['lead-report', 'id']]);
  });
});

describe('roles', () => {
  test('cover the seats the spec names', () => {
    expect(ROLE_IDS).toEqual([
      'head-of-sales',
      'team-lead',
      'sales-manager',
      'key-account-manager',
      'lead-generation',
      'sales-assistant',
      'marketing-manager',
      'tender-specialist',
    ]);
  });

  test.each(roles.map((r) => [r.id, r] as const))('%s has its title in every case', (_, role) => {
    const { genitive, dative, accusative, instrumental, prepositional } = role.cases;
    const head = role.title.split(' ')[0] ?? '';
    const stem = head.slice(0, -2);
    for (const form of [genitive, dative, accusative, instrumental, prepositional]) {
      expect(form.startsWith(stem)).toBe(true);
      // The tail after the head noun («отдела продаж», «по продажам») never changes.
      expect(form.slice(form.indexOf(' '))).toBe(role.title.slice(role.title.indexOf(' ')));
    }
    expect(new Set([genitive, dative, instrumental, prepositional]).size).toBe(4);
    expect(accusative).toBe(genitive);
  });

  test('the head of sales and the sales manager decline as Russian requires', () => {
    expect(ROLE_CATALOG['head-of-sales'].cases).toEqual({
      genitive: 'Руководителя отдела продаж',
      dative: 'Руководителю отдела продаж',
      accusative: 'Руководителя отдела продаж',
      instrumental: 'Руководителем отдела продаж',
      prepositional: 'Руководителе отдела продаж',
    });
    expect(ROLE_CATALOG['sales-manager'].cases.genitive).toBe('Менеджера по продажам');
    expect(ROLE_CATALOG['sales-manager'].cases.instrumental).toBe('Менеджером по продажам');
  });

  test.each(roles.map((r) => [r.id, r] as const))('%s has a job description worth of text', (_, role) => {
    expect(role.functions.length).toBeGreaterThanOrEqual(4);
    expect(role.functions.length).toBeLessThanOrEqual(6);
    const duties = Object.values(role.duties);
    expect(duties.length).toBeGreaterThanOrEqual(14);
    for (const duty of duties) {
      expect(duty.split(' ')[0]).toMatch(VERB_3RD_PERSON);
      expect(duty).toMatch(/[^.]\.$/);
    }
    expect(role.mission.split(' ')[0]).toMatch(VERB_3RD_PERSON);
    for (const sentence of [role.mission, ...role.functions, ...role.requirements]) expect(sentence).toMatch(/^[А-ЯЁ].*\.$/);
    for (const item of role.mustKnow) expect(item).toMatch(/^[а-яё].*[^.;,]$/);
    expect(new Set(duties).size).toBe(duties.length);
  });

  test.each(roles.map((r) => [r.id, r] as const))('%s keys its duties by slugs the job description does not generate', (_, role) => {
    for (const id of Object.keys(role.duties)) {
      expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(GENERATED_DUTY_IDS as readonly string[]).not.toContain(id);
      for (const prefix of GENERATED_DUTY_PREFIXES) expect(id.startsWith(prefix), id).toBe(false);
    }
  });

  test('a duty keyed by a generated id, a bad slug or too few duties fails the schema', () => {
    const role = ROLE_CATALOG['sales-manager'];
    const withDuties = (duties: Record<string, string>) => ({ ...ROLE_CATALOG, 'sales-manager': { ...role, duties } });
    const paths = (duties: Record<string, string>) => RoleCatalogSchema.safeParse(withDuties(duties)).error?.issues.map((i) => i.path);
    expect(paths({ ...role.duties, kpi: 'Выполняет план.' })).toEqual([['sales-manager', 'duties', 'kpi']]);
    expect(paths({ ...role.duties, 'report-daily': 'Готовит отчёт.' })).toEqual([['sales-manager', 'duties', 'report-daily']]);
    expect(paths({ ...role.duties, 'own-1': 'Ведёт продажи.' })).toEqual([['sales-manager', 'duties', 'own-1']]);
    expect(paths({ ...role.duties, Plan_2: 'Выполняет план.' })).toEqual([['sales-manager', 'duties', 'Plan_2']]);
    expect(paths(Object.fromEntries(Object.entries(role.duties).slice(0, 13)))).toEqual([['sales-manager', 'duties']]);
  });

  test('the head of sales and the team lead are the manager category, the others specialists', () => {
    expect(roles.filter((r) => r.category === 'руководитель').map((r) => r.id)).toEqual(['head-of-sales', 'team-lead']);
  });
});

describe('KPIs', () => {
  test('cover the indicators the spec names', () => {
    expect(KPI_IDS).toEqual(
      expect.arrayContaining([
        'revenue',
        'new-clients',
        'meetings-set',
        'overdue-receivables',
        'repeat-purchase-rate',
        'gross-margin',
        'average-deal',
        'lead-conversion',
        'calls',
        'proposals-sent',
        'active-clients',
        'deal-cycle-days',
        'lead-response-time',
        'win-rate',
        'crm-discipline',
      ]),
    );
  });

  test('revenue, new clients, meetings set, gross profit and gross margin derive their plan, each from its own figure', () => {
    expect(kpis.filter((k) => k.derives !== null).map((k) => [k.id, k.derives])).toEqual([
      ['revenue', 'revenue'],
      ['new-clients', 'new-clients'],
      ['meetings-set', 'meetings-set'],
      ['gross-profit', 'gross-profit'],
      ['gross-margin', 'gross-margin'],
    ]);
  });

  test('gross profit is money, gross margin a percent of revenue', () => {
    expect(KPI_CATALOG['gross-profit'].unit).toBe('currency');
    expect(KPI_CATALOG['gross-margin'].unit).toBe('percent');
  });

  test('lower-is-better indicators are the ones where less is the goal', () => {
    expect(kpis.filter((k) => k.direction === 'lower').map((k) => k.id)).toEqual([
      'overdue-receivables',
      'deal-cycle-days',
      'lead-response-time',
      'crm-discipline',
      'cost-per-lead',
    ]);
  });

  test('every text is a sentence', () => {
    for (const k of kpis) {
      expect(k.formula).toMatch(/^[А-ЯЁ].*\.$/);
      expect(k.description).toMatch(/^[А-ЯЁ].*\.$/);
    }
  });

  test('roles propose only catalog KPIs that suit them', () => {
    for (const role of roles) {
      for (const id of role.typicalKpis) expect(KPI_CATALOG[id].roles).toContain(role.id);
    }
  });
});

describe('reports', () => {
  test('cover the reports the spec names, each with content, owner, deadline and form', () => {
    expect(REPORT_IDS).toEqual([
      'daily-activity',
      'weekly-pipeline',
      'monthly-plan-fact',
      'quarterly-review',
      'receivables-report',
      'lead-report',
    ]);
    for (const r of reports) {
      expect(r.content.length).toBeGreaterThanOrEqual(2);
      for (const item of r.content) expect(item).toMatch(/^[а-яё].*[^.;,]$/);
      expect(r.deadline).toMatch(/^[а-яё0-9]/);
    }
    expect(REPORT_CATALOG['daily-activity'].frequency).toBe('daily');
    expect(REPORT_CATALOG['quarterly-review'].frequency).toBe('quarterly');
  });
});
