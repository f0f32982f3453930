/**
 * «Регламент обработки заявок и передачи клиентов»: the reference with both hand-offs and
 * client transfer, karpov-ip.yaml (one seller, no CRM) without hand-offs, and a reference
 * variant with `clientTransferOnLeave: false` without the transfer section. Segments, the
 * hand-over rule and the commercial policy come from the profile's `clients` (the defaults for
 * the reference, the profile's own for cloudtrack-saas and logiline-services; `handover: false`).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Profile } from '../../core/profile/schema.ts';
import { variant } from '../../../tests/math/profiles.ts';
import { pdfPageCount, pdfText, readDocx, squash } from '../../../tests/support/readers.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { fixtureProfile } from '../../../tests/support/packs.ts';
import { packSet } from '../../../tests/support/pack-set.ts';
import { buildClientsView } from '../shared/clients.ts';
import { buildCommonView } from '../shared/common.ts';

const TRANSFER = 'Передача клиентов при увольнении, отпуске и переводе работника';

const packs = packSet('lead-regulation');
const build = (name: string, profile: Profile) => packs.build(name, profile, ['pdf', 'docx']);

/** The rows of the DOCX's segment table (the one headed «Сегмент»), header left out. */
function segmentRows(name: string): string[][] {
  const docx = readDocx(packs.file(name, 'lead-regulation', 'docx'));
  return (
    docx.tables
      .find((t) => t.rows[0]?.cells[0] === 'Сегмент')
      ?.rows.slice(1)
      .map((r) => r.cells) ?? []
  );
}

const file = (name: string) => packs.file(name, 'lead-regulation', 'pdf');
const text = (name: string) => squash(pdfText(file(name)));

beforeAll(async () => {
  await build('reference', fixtureProfile('tehnosnab.yaml'));
  await build('karpov', fixtureProfile('karpov-ip.yaml'));
  await build(
    'no-transfer',
    variant((raw) => ((raw['processes'] as Record<string, unknown>)['clientTransferOnLeave'] = false)),
  );
  await build(
    'no-handover',
    variant((raw) => (raw['clients'] = { handover: false })),
  );
  await build('saas', fixtureProfile('cloudtrack-saas.yaml'));
  await build('services', fixtureProfile('logiline-services.yaml'));
}, 180_000);
afterAll(() => packs.remove());

describe('reference', () => {
  test('titled, acknowledged, at least four pages, nothing leaked', () => {
    const { pack } = packs.get('reference');
    expect(pack.manifest.documents.find((d) => d.id === 'lead-regulation')?.title).toBe('Регламент обработки заявок и передачи клиентов');
    const t = text('reference');
    expect(t).toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
    expect(t).not.toMatch(LEAKS);
    expect(pdfPageCount(file('reference'))).toBeGreaterThanOrEqual(4);
  });

  test('the first response within 15 minutes, registration in the CRM, distribution and qualification', () => {
    const t = text('reference');
    expect(t).toContain('не позднее 15 минут');
    expect(t).toContain('регистрируется в Битрикс24');
    expect(t).toContain('по очереди');
    expect(t).toContain('должность «Менеджер по лидогенерации»');
    expect(t).toContain('не менее 7 попыток связаться в течение 14 календарных дней');
    expect(t).toContain('Закрытие обращений и причины отказа');
  });

  test('both hand-offs and the client transfer section', () => {
    const t = text('reference');
    expect(t).toContain('Передача обращения от Менеджера по лидогенерации Менеджеру по продажам');
    expect(t).toContain('Передача клиента Менеджеру по работе с ключевыми клиентами');
    expect(t).toContain('после поступления первой оплаты');
    expect(t).toContain('совместный звонок или встречу');
    expect(t).toContain(TRANSFER);
    expect(t).toContain('дебиторская задолженность');
  });
});

describe('karpov-ip: one seller, no CRM', () => {
  test('no hand-offs, no transfer section, no CRM named', () => {
    const t = text('karpov');
    expect(t).not.toMatch(LEAKS);
    expect(t).not.toContain('Передача обращения от');
    expect(t).not.toContain('Передача клиента менеджеру');
    expect(t).not.toContain(TRANSFER);
    expect(t).not.toMatch(/\bв CRM\b|Регламент работы в/);
    expect(t).toContain('регистрируется в учётной базе клиентов');
    expect(t).toContain('не позднее 30 минут');
    expect(t).toContain('Новые обращения принимает Менеджер по продажам');
    // One discount limit and no head: above it the employer himself approves.
    expect(t).toContain('Скидку больше 5 % согласует Работодатель.');
  });
});

describe('clientTransferOnLeave: false', () => {
  test('the hand-offs stay, the transfer section goes', () => {
    const t = text('no-transfer');
    expect(t).toContain('Передача клиента Менеджеру по работе с ключевыми клиентами');
    expect(t).not.toContain(TRANSFER);
    expect(t).not.toMatch(LEAKS);
  });
});

describe('clients: segments, hand-over and commercial policy from the profile', () => {
  test('the default segments from the average deal; key clients are segment A; A alone passes to key accounts', () => {
    const t = text('reference');
    // The reference's average deal is 450 000 ₽: A from four deals a year, B from one.
    expect(segmentRows('reference').map((row) => row.map((c) => c.replace(/\u00a0/g, ' ')))).toEqual([
      ['A — ключевые клиенты', 'не менее 1 800 000 ₽', 'Менеджер по работе с ключевыми клиентами', 'не реже одного раза в 14 дней'],
      ['B — постоянные клиенты', 'не менее 450 000 ₽, но менее 1 800 000 ₽', 'Менеджер по продажам', 'не реже одного раза в 30 дней'],
      ['C — прочие клиенты', 'менее 450 000 ₽', 'Менеджер по продажам', 'не реже одного раза в 60 дней'],
    ]);
    expect(t).toContain('Ключевыми клиентами Компании считаются клиенты сегмента «A — ключевые клиенты».');
    expect(t).toContain(
      'Клиент сегмента «A — ключевые клиенты», привлечённый Менеджером по продажам, передаётся Менеджеру по работе с ключевыми клиентами после поступления первой оплаты',
    );
    expect(t).toContain('Клиентов других сегментов ведут должности, указанные для их сегментов');
    expect(t).toContain('По ключевым клиентам (сегмент «A — ключевые клиенты»)');
  });

  test('the default commercial policy: 5 % for managers, 10 % for the head, the director above; deferral up to 30 days', () => {
    const t = text('reference');
    expect(t).toContain(
      'Менеджер по продажам — до 5 %; – Менеджер по работе с ключевыми клиентами — до 5 %; – Руководитель отдела продаж — до 10 %.',
    );
    expect(t).toContain('скидку больше 10 % согласует Генеральный директор');
    expect(t).toContain('Условия оплаты — предоплата или отсрочка платежа до 30 календарных дней — согласуются с клиентом в договоре.');
    expect(t).toContain('Отсрочку платежа и кредитный лимит клиента согласует Руководитель отдела продаж до выставления счёта');
  });

  test('the profile’s own rule: segment A after three months; its own segment names', () => {
    const t = text('saas');
    expect(t).toContain(
      'Клиент сегмента «A — крупные автопарки», привлечённый Менеджером по продажам, передаётся Менеджеру по работе с ключевыми клиентами через 3 месяца после поступления первой оплаты',
    );
    expect(segmentRows('saas')[1]?.map((c) => c.replace(/\u00a0/g, ' '))).toEqual([
      'B — средние автопарки',
      'не менее 300 000 ₽, но менее 1 200 000 ₽',
      'Менеджер по продажам',
      'не реже одного раза в 30 дней',
    ]);
    expect(t).toContain('принимает клиентов сегмента «A — крупные автопарки» через 3 месяца после поступления первой оплаты');
    expect(t).not.toContain('ключевые клиенты»');
  });

  test('the profile’s own policy: deferral up to 45 days approved by the head, no discount above the director’s', () => {
    const t = text('services');
    expect(t).toContain('Менеджер по продажам — до 3 %');
    expect(t).toContain(
      'согласуется с ближайшим следующим в перечне должностным лицом с более высоким пределом; скидка больше 12 % не предоставляется.',
    );
    expect(t).toContain('Клиентам может предоставляться отсрочка платежа до 45 календарных дней.');
  });

  test('handover: false — no transfer to key accounts, though the key-account position stays', () => {
    const t = text('no-handover');
    expect(t).not.toContain('Передача клиента Менеджеру по работе с ключевыми клиентами');
    expect(t).not.toContain('после поступления первой оплаты');
    expect(t).toContain('ведёт закреплённых за ним действующих клиентов и развивает продажи им');
    expect(t).not.toMatch(LEAKS);
  });
});

test('a hand-over limited to segments the profile does not define is refused; one without segments moves every client', () => {
  expect(() =>
    variant((raw) => (raw['clients'] = { handover: { from: 'manager', to: 'account', when: 'first-payment', segments: ['vip'] } })),
  ).toThrow(/vip/u);
  const all = variant((raw) => (raw['clients'] = { handover: { from: 'manager', to: 'account', when: 'second-payment' } }));
  expect(buildClientsView(all, buildCommonView(all)).handover).toMatchObject({ when: 'после поступления второй оплаты', segments: null });
});
