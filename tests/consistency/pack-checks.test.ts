/**
 * The checks added for the defect classes, each on a small hand-made model: what it finds, where,
 * and what it leaves alone. The pack-level cases are in defect-classes.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { checkApprovals } from '../../src/core/consistency/approvals.ts';
import { checkEntrepreneur } from '../../src/core/consistency/entrepreneur.ts';
import { checkSources } from '../../src/core/consistency/sources.ts';
import type { PackCheck } from '../../src/core/consistency/types.ts';
import { checkUnits } from '../../src/core/consistency/units.ts';
import type { Block, DocumentModel } from '../../src/core/model/types.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { fixtureProfile } from '../support/packs.ts';

/** A model of numbered clauses (id → text) and, optionally, one table. */
function model(id: string, clauses: Record<string, string>, table?: { id: string; rows: string[][] }): DocumentModel {
  const children: Block[] = Object.entries(clauses).map(([clause, text]) => ({
    type: 'paragraph',
    id: clause,
    clause: { level: 2, number: '1.' },
    children: [{ text }],
  }));
  if (table) {
    children.push({
      type: 'table',
      id: table.id,
      columns: table.rows[0]?.map(() => ({ width: 1 })) ?? [],
      headerRows: 1,
      borders: 'all',
      rows: table.rows.map((r) => ({ cells: r.map((text) => ({ children: [{ type: 'paragraph', children: [{ text }] }] })) })),
    });
  }
  return { meta: { id, title: id }, children } as unknown as DocumentModel;
}

const run = (check: PackCheck, profile: Profile, models: DocumentModel[]) =>
  check({ profile, models }).map((f) => ({
    severity: f.severity,
    where: f.where.map((p) => `${p.document}|${p.clause}`),
    message: f.message,
  }));

describe('sources', () => {
  const profile = fixtureProfile('vektor.yaml');
  const card = (id: string, source: string, confirmer: string) =>
    model(id, { 'kpi-card.calculation.kpi-revenue': `Источник данных — ${source}; факт подтверждает ${confirmer}.` });
  test('the CRM called the only basis of KPI against a card with an accounting source', () => {
    const crm = model('crm-regulation', {
      'crm-regulation.general.data-basis':
        'Данные CRM являются единственным основанием для расчёта ключевых показателей эффективности (KPI).',
    });
    expect(run(checkSources, profile, [crm, card('kpi-card-manager', '1С', 'бухгалтерия')])).toEqual([
      expect.objectContaining({
        where: ['crm-regulation|crm-regulation.general.data-basis', 'kpi-card-manager|kpi-card.calculation.kpi-revenue'],
      }),
    ]);
  });
  test('the CRM as the basis of the actions it records only is fine', () => {
    const crm = model('crm-regulation', {
      'crm-regulation.general.data-basis':
        'Данные CRM являются единственным основанием для учёта обращений, встреч и сделок в работе: KPI по этим действиям рассчитываются только по CRM.',
    });
    expect(run(checkSources, profile, [crm, card('kpi-card-manager', '1С', 'бухгалтерия')])).toEqual([]);
  });
  test('accountants confirming a CRM figure, and one indicator with two sources', () => {
    const found = run(checkSources, profile, [
      card('kpi-card-rop', 'amoCRM', 'бухгалтерия'),
      card('kpi-card-manager', '1С', 'бухгалтерия'),
    ]);
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('подтверждает бухгалтерия'),
      expect.stringContaining('два источника данных: «amoCRM» и «1С»'),
    ]);
  });
});

describe('units', () => {
  test('a unit the company does not list, and goods in a company that sells none', () => {
    const saas = fixtureProfile('cloudtrack-saas.yaml');
    const found = run(checkUnits, saas, [
      model('charter', { a: 'Согласует сроки со складом.', b: 'Получает образцы продукции.', c: 'Передаёт данные в службу поддержки.' }),
    ]);
    expect(found.map((f) => [f.where[0], f.message])).toEqual([
      ['charter|a', expect.stringContaining('склад (warehouse)')],
      ['charter|b', expect.stringContaining('offering: subscription')],
    ]);
  });
  test('a goods company with the default units may name its warehouse', () => {
    const goods = fixtureProfile('vektor.yaml');
    expect(goods.company.units).toBeNull();
    expect(run(checkUnits, goods, [model('charter', { a: 'Согласует сроки отгрузки со складом и службой логистики.' })])).toEqual([]);
  });
});

describe('entrepreneur', () => {
  const ip = fixtureProfile('karpov-ip.yaml');
  test('a title in capitals mid-sentence, an escalation to himself and a structural unit', () => {
    const found = run(checkEntrepreneur, ip, [
      model('charter', {
        a: 'Назначается приказом Индивидуального предпринимателя.',
        b: 'Возражение рассматривает Работодатель, при несогласии вопрос передаётся Работодателю.',
        c: 'Отдел — структурное подразделение.',
      }),
    ]);
    expect(found.map((f) => f.where[0])).toEqual(['charter|a', 'charter|b', 'charter|c']);
  });
  test('the definition and a plain mention are fine; a company is not checked', () => {
    const text = {
      a: 'Работники индивидуального предпринимателя Карпова И.С. (далее — Работодатель).',
      b: 'Работник подчиняется Работодателю.',
    };
    expect(run(checkEntrepreneur, ip, [model('charter', text)])).toEqual([]);
    expect(run(checkEntrepreneur, fixtureProfile('vektor.yaml'), [model('charter', { c: 'Отдел — структурное подразделение.' })])).toEqual(
      [],
    );
  });
});

describe('approvals', () => {
  const profile = {
    ...fixtureProfile('example.yaml'),
    documents: { ...fixtureProfile('example.yaml').documents, approvalDate: '2026-12-20' },
  };
  const roadmap = (action: string, when: string) =>
    model(
      'roadmap',
      {},
      {
        id: 'roadmap.organisation.actions',
        rows: [
          ['№', 'Мероприятие', 'Срок'],
          ['4', action, when],
        ],
      },
    );
  test('approving a document of the pack after the pack’s approval', () => {
    expect(run(checkApprovals, profile, [roadmap('Утверждение плана продаж на 2027 год', 'нед. 5–6, с 17.01.2027 по 28.01.2027')])).toEqual(
      [expect.objectContaining({ where: ['roadmap|roadmap.organisation.actions'], message: expect.stringContaining('«План продаж»') })],
    );
  });
  test('acquainting staff with approved documents, or approving what the pack lacks, is fine', () => {
    const when = 'нед. 5–6, с 17.01.2027 по 28.01.2027';
    expect(run(checkApprovals, profile, [roadmap('Утверждение штатного расписания; ознакомление с Положением об Отделе', when)])).toEqual(
      [],
    );
    const noPlan = { ...profile, documents: { ...profile.documents, include: ['charter', 'roadmap'] as Profile['documents']['include'] } };
    expect(run(checkApprovals, noPlan, [roadmap('Утверждение плана продаж на 2027 год', when)])).toEqual([]);
  });
});
