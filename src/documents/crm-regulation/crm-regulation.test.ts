/**
 * «Регламент работы в {CRM}» for the reference, and «Рекомендации по выбору и внедрению
 * CRM-системы» under the same document id for a company without a CRM (karpov-ip.yaml).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Pack } from '../../core/pack/generate.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { pdfPageCount, pdfText, removeDir, squash, tempDir } from '../../../tests/support/readers.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { fixtureProfile, writePack } from '../../../tests/support/packs.ts';

let root: string;
const built = new Map<string, { pack: Pack; dir: string }>();

async function build(name: string, profile: Profile): Promise<void> {
  built.set(name, await writePack(root, name, profile, ['pdf']));
}

const file = (name: string) => path.join((built.get(name) as { dir: string }).dir, 'crm-regulation.pdf');
const text = (name: string) => squash(pdfText(file(name)));

beforeAll(async () => {
  root = tempDir('crm-regulation');
  await build('reference', fixtureProfile('tehnosnab.yaml'));
  await build('karpov', fixtureProfile('karpov-ip.yaml'));
}, 120_000);
afterAll(() => removeDir(root));

describe('reference: the CRM regulation', () => {
  test('titled after the profile’s CRM, listed in the manifest, with an acknowledgement sheet', () => {
    const { pack } = built.get('reference') as { pack: Pack };
    const entry = pack.manifest.documents.find((d) => d.id === 'crm-regulation');
    expect(entry?.title).toBe('Регламент работы в Битрикс24');
    const t = text('reference');
    expect(t).toContain('РЕГЛАМЕНТ');
    expect(t).toContain('работы в Битрикс24');
    expect(t).toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
    expect(t).toContain('Иванов Сергей Петрович');
    expect(t).not.toMatch(LEAKS);
  });

  test('at least four pages', () => {
    expect(pdfPageCount(file('reference'))).toBeGreaterThanOrEqual(4);
  });

  test('the stage table with entry and exit criteria, adapted to the roles', () => {
    const t = text('reference');
    expect(t).toContain('Этапы воронки продаж');
    expect(t).toContain('Критерий входа');
    expect(t).toContain('Критерий выхода');
    for (const stage of ['Новый лид', 'Квалификация', 'Коммерческое предложение', 'Согласование и договор', 'Закрыта неуспешно']) {
      expect(t).toContain(stage);
    }
    expect(t).toContain('встреча назначена в календаре менеджера по продажам');
    // Only clients of segment A pass to the key-account manager (the default hand-over): the stage table does not hand over every new client.
    expect(t).not.toContain('новый клиент передан Менеджеру по работе с ключевыми клиентами');
    expect(t).toMatch(/Новый клиент сегмента A \(клиенты, на которых вместе приходится 80 % выручки/);
  });

  test('mandatory fields, task discipline, duplicates, control, access, responsibility', () => {
    const t = text('reference');
    for (const s of [
      'Карточка клиента',
      'Карточка контакта',
      'Следующая задача с датой',
      'Дубли и закрепление клиентов',
      'Контроль качества данных',
      'Права доступа и конфиденциальность',
      'Ответственность',
    ]) {
      expect(t).toContain(s);
    }
    expect(t).toContain('единственным основанием');
    expect(t).toContain('в течение 15 минут');
    expect(t).toContain('Сделки без движения более 15 дней');
    expect(t).toContain('по понедельникам');
  });
});

describe('karpov-ip: no CRM, the recommendation instead', () => {
  test('the same document id yields the recommendation, without an acknowledgement sheet', () => {
    const { pack } = built.get('karpov') as { pack: Pack };
    const entry = pack.manifest.documents.find((d) => d.id === 'crm-regulation');
    expect(entry?.title).toBe('Рекомендации по выбору и внедрению CRM-системы');
    const t = text('karpov');
    expect(t).toContain('РЕКОМЕНДАЦИИ');
    expect(t).not.toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
    expect(t).not.toMatch(LEAKS);
    expect(t).not.toMatch(/\bв CRM\b|Регламент работы в/);
  });

  test('requirements derived from the profile, selection, introduction plan, a shared base until then', () => {
    const t = text('karpov');
    expect(t).toContain('не менее 1 пользователя');
    for (const s of [
      'Требования к системе',
      'Порядок выбора системы',
      'План внедрения',
      'Учёт клиентов до внедрения системы',
      'Телефония',
      'Учётная система',
    ]) {
      expect(t).toContain(s);
    }
    expect(t).toContain('не позднее 30 минут');
    expect(pdfPageCount(file('karpov'))).toBeGreaterThanOrEqual(3);
  });
});
