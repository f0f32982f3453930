/**
 * «Регламент обработки заявок и передачи клиентов»: the reference with both hand-offs and
 * client transfer, karpov-ip.yaml (one seller, no CRM) without hand-offs, and a reference
 * variant with `clientTransferOnLeave: false` without the transfer section.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Pack } from '../../core/pack/generate.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { variant } from '../../../tests/math/profiles.ts';
import { pdfPageCount, pdfText, removeDir, squash, tempDir } from '../../../tests/support/readers.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { fixtureProfile, writePack } from '../../../tests/support/packs.ts';

const TRANSFER = 'Передача клиентов при увольнении, отпуске и переводе работника';

let root: string;
const built = new Map<string, { pack: Pack; dir: string }>();

async function build(name: string, profile: Profile): Promise<void> {
  built.set(name, await writePack(root, name, profile, ['pdf']));
}

const file = (name: string) => path.join((built.get(name) as { dir: string }).dir, 'lead-regulation.pdf');
const text = (name: string) => squash(pdfText(file(name)));

beforeAll(async () => {
  root = tempDir('lead-regulation');
  await build('reference', fixtureProfile('tehnosnab.yaml'));
  await build('karpov', fixtureProfile('karpov-ip.yaml'));
  await build(
    'no-transfer',
    variant((raw) => ((raw['processes'] as Record<string, unknown>)['clientTransferOnLeave'] = false)),
  );
}, 120_000);
afterAll(() => removeDir(root));

describe('reference', () => {
  test('titled, acknowledged, at least four pages, nothing leaked', () => {
    const { pack } = built.get('reference') as { pack: Pack };
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
