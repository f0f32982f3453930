/**
 * «Сегментация клиентов и стратегия продаж» read back from the PDF and the DOCX: the segments'
 * thresholds, owners and contact norms from the profile's `clients` (the defaults for the
 * reference), the channel plan in money recomputed from the plan and the shares, the product
 * lines of logiline-services, and the work per segment written for the offering.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveClients } from '../../core/profile/clients.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { formatMoney, formatPercent } from '../../core/text/format.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { pdfText, readDocx, squash } from '../../../tests/support/readers.ts';
import { packSet } from '../../../tests/support/pack-set.ts';

const FIXTURES = {
  reference: 'tehnosnab.yaml',
  saas: 'cloudtrack-saas.yaml',
  services: 'logiline-services.yaml',
  karpov: 'karpov-ip.yaml',
} as const;
type Name = keyof typeof FIXTURES;

const packs = packSet<Name>('segmentation');
beforeAll(() => packs.buildFixtures(FIXTURES, ['pdf', 'docx']), 240_000);
afterAll(() => packs.remove());

const file = (name: Name, ext: string) => packs.file(name, 'segmentation', ext);
const text = (name: Name) => squash(pdfText(file(name, 'pdf')));
const profile = (name: Name) => packs.profile(name);

function rows(name: Name, head: string): string[][] {
  const table = readDocx(file(name, 'docx')).tables.find((t) => t.rows[0]?.cells[0] === head);
  expect(table, `a table headed «${head}»`).toBeDefined();
  return (table?.rows ?? []).slice(1).map((r) => r.cells.map(squash));
}

// Compared as read, whatever space the formatter put between digit groups and before units.
const money = (p: Profile, v: number) => squash(formatMoney(v, p.currency));
const percent = (v: number) => squash(formatPercent(v));

describe('segments', () => {
  test.each(Object.keys(FIXTURES) as Name[])('%s: titled, nothing leaked', (name) => {
    const t = text(name);
    expect(t).toContain('СЕГМЕНТАЦИЯ КЛИЕНТОВ и стратегия продаж');
    expect(t).toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
    expect(t).not.toMatch(LEAKS);
  });

  test('cloudtrack-saas: its own thresholds, owners and contact norms', () => {
    const p = profile('saas');
    expect(rows('saas', 'Сегмент')).toEqual([
      [
        'A — крупные автопарки',
        `не менее ${money(p, 1_200_000)}`,
        'Менеджер по работе с ключевыми клиентами',
        'не реже одного раза в 14 дней',
        'ежеквартально',
      ],
      [
        'B — средние автопарки',
        `не менее ${money(p, 300_000)}, но менее ${money(p, 1_200_000)}`,
        'Менеджер по продажам',
        'не реже одного раза в 30 дней',
        'раз в полугодие',
      ],
      [
        'C — небольшие автопарки',
        `менее ${money(p, 300_000)}`,
        'Менеджер по продажам',
        'не реже одного раза в 60 дней',
        'по запросу клиента',
      ],
    ]);
    expect(text('saas')).toContain('Пороги сегментов утверждены Компанией');
  });

  test('the reference: the default thresholds, the same as the lead regulation prints, said to be defaults', () => {
    const p = profile('reference');
    const segments = resolveClients(p).segments;
    expect(resolveClients(p).defaulted.segments).toBe(true);
    const table = rows('reference', 'Сегмент');
    expect(table.map((r) => r[0])).toEqual(segments.map((s) => s.name));
    expect(table[0]?.[1]).toBe(`не менее ${money(p, segments[0]?.minAnnualRevenue ?? NaN)}`);
    expect(text('reference')).toContain('Пороги сегментов установлены по среднему чеку плана продаж');
    // The lead regulation's segment table has the same thresholds.
    const lead = readDocx(packs.file('reference', 'lead-regulation', 'docx')).tables.find((t) => t.rows[0]?.cells[0] === 'Сегмент');
    expect(lead?.rows.slice(1).map((r) => squash(r.cells[1] ?? ''))).toEqual(table.map((r) => r[1]));
  });

  test('the work per segment is written for the offering', () => {
    expect(text('reference')).toContain('Обзор сотрудничества (обзор закупок и ассортимента)');
    expect(text('saas')).toContain('Обзор сотрудничества (обзор использования сервиса)');
    expect(text('services')).toContain('Обзор сотрудничества (обзор качества и объёма услуг)');
    expect(text('karpov')).toContain('Обзор сотрудничества (обзор хода работ и новых объектов)');
    expect(text('saas')).not.toContain('ассортимент');
    expect(text('reference')).toContain('в пределах Коммерческой политики');
  });

  test('the hand-over to key accounts is stated with its rule', () => {
    expect(text('saas')).toContain(
      'передаётся Менеджеру по работе с ключевыми клиентами через 3 месяца после поступления первой оплаты в порядке, установленном Регламентом обработки заявок и передачи клиентов',
    );
  });
});

describe('channels and product lines', () => {
  test('cloudtrack-saas: each channel’s share of the plan in money, its owner and what it needs', () => {
    const p = profile('saas');
    const year = (pct: number) => money(p, (p.plan.revenue * pct) / 100);
    const month = (pct: number) => money(p, (p.plan.revenue * pct) / 100 / 12);
    expect(rows('saas', 'Канал')).toEqual([
      ['Сайт и онлайн-заявки', percent(60), year(60), month(60), 'Менеджер по лидогенерации'],
      ['Агенты', percent(40), year(40), month(40), 'Руководитель отдела продаж'],
    ]);
    const t = text('saas');
    expect(t).toContain('выплата вознаграждения только после оплаты клиентом');
    expect(t).toContain(`План выручки на ${p.plan.year} год — ${money(p, p.plan.revenue)} — распределяется по каналам продаж`);
  });

  test('a single direct channel is said as one channel, without the channel-conflict rule', () => {
    const t = text('reference');
    expect(t).toContain('выполняется через один канал');
    expect(t).not.toContain('ведётся по каналу, в котором он зарегистрирован первым');
  });

  test('logiline-services: the product lines’ plan; the reference has none', () => {
    const p = profile('services');
    const lines = p.plan.productLines ?? [];
    expect(lines.length).toBeGreaterThan(0);
    expect(rows('services', 'Направление')).toEqual(
      lines.map((l) => [
        l.name,
        percent(l.sharePct),
        percent(l.grossMarginPct ?? p.plan.grossMarginPct),
        money(p, (p.plan.revenue * l.sharePct) / 100),
        money(p, (((p.plan.revenue * l.sharePct) / 100) * (l.grossMarginPct ?? p.plan.grossMarginPct)) / 100),
      ]),
    );
    expect(text('services')).toContain('План по направлениям услуг');
    expect(text('reference')).not.toContain('План по товарным направлениям');
  });

  test('an entrepreneur: the employer controls and reviews, nobody reports to himself', () => {
    const t = text('karpov');
    expect(t).toContain('организует и контролирует Работодатель');
    expect(t).not.toContain('докладывает');
  });
});

describe('references by title', () => {
  test('the planning and lead regulations and the charter name it', () => {
    const other = (doc: string) => squash(pdfText(packs.file('reference', doc, 'pdf')));
    expect(other('planning-regulation')).toContain(
      'долей каналов продаж, установленных документом «Сегментация клиентов и стратегия продаж»',
    );
    expect(other('lead-regulation')).toContain(
      'работа с каждым сегментом установлены документом «Сегментация клиентов и стратегия продаж»',
    );
    expect(other('charter')).toContain('Сегментация клиентов и стратегия продаж');
  });
});
