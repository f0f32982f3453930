/**
 * «Регламент работы в {CRM}» for the reference, and «Рекомендации по выбору и внедрению
 * CRM-системы» under the same document id for a company without a CRM (karpov-ip.yaml). The
 * pipelines follow the business: stages by offering, a pipeline per tender, dealer and agent
 * channel, renewals with churn for a subscription (fixtures of each kind, this document only).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Profile } from '../../core/profile/schema.ts';
import { pdfPageCount, pdfText, readDocx, squash } from '../../../tests/support/readers.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { fixtureProfile } from '../../../tests/support/packs.ts';
import { packSet } from '../../../tests/support/pack-set.ts';

const packs = packSet('crm-regulation');
const build = (name: string, profile: Profile) => packs.build(name, profile, ['pdf', 'docx']);

interface Stage {
  name: string;
  owner: string;
  entry: string;
  exit: string;
}

/** The stage tables of the DOCX, in order (the main pipeline first), each row a stage. */
function pipelines(name: string): Stage[][] {
  const docx = readDocx(packs.file(name, 'crm-regulation', 'docx'));
  return docx.tables
    .filter((t) => t.rows[0]?.cells[4] === 'Критерий выхода')
    .map((t) => t.rows.slice(1).map(({ cells: [, name = '', owner = '', entry = '', exit = ''] }) => ({ name, owner, entry, exit })));
}
const names = (stages: Stage[] | undefined) => (stages ?? []).map((s) => s.name);
const stage = (stages: Stage[] | undefined, name: string) => (stages ?? []).find((s) => s.name === name);

const file = (name: string) => packs.file(name, 'crm-regulation', 'pdf');
const text = (name: string) => squash(pdfText(file(name)));

/** The profile with only the CRM regulation in its pack: enough to read its pipelines. */
const only = (profile: Profile): Profile => ({ ...profile, documents: { ...profile.documents, include: ['crm-regulation'] } });

beforeAll(async () => {
  await build('reference', fixtureProfile('tehnosnab.yaml'));
  await build('karpov', fixtureProfile('karpov-ip.yaml'));
  await build('nordline', only(fixtureProfile('nordline-eur-40.yaml')));
  await build('saas', only(fixtureProfile('cloudtrack-saas.yaml')));
  await build('services', only(fixtureProfile('logiline-services.yaml')));
  await build('production', only(fixtureProfile('belstal-by.yaml')));
}, 180_000);
afterAll(() => packs.remove());

describe('reference: the CRM regulation', () => {
  test('titled after the profile’s CRM, listed in the manifest, with an acknowledgement sheet', () => {
    const { pack } = packs.get('reference');
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
    const [main, ...others] = pipelines('reference');
    expect(names(main)).toEqual([
      'Новый лид',
      'Квалификация',
      'Коммерческое предложение',
      'Счёт',
      'Оплата',
      'Отгрузка',
      'Закрыта неуспешно',
    ]);
    expect(stage(main, 'Квалификация')?.owner).toBe('Менеджер по лидогенерации');
    expect(stage(main, 'Квалификация')?.exit).toContain('дата встречи внесена в календарь менеджера по продажам');
    expect(stage(main, 'Оплата')?.exit).toBe(
      'оплата поступила по данным учётной системы Компании, либо отгрузка с отсрочкой платежа согласована Руководителем отдела продаж',
    );
    expect(others).toEqual([]);
    expect(t).toContain(
      'Клиенты сегмента «A — ключевые клиенты» передаются от Менеджера по продажам Менеджеру по работе с ключевыми клиентами после поступления первой оплаты',
    );
    expect(t).not.toContain('В отдельной воронке');
  });

  test('segments: a segment on every client card, contacts as often as the segment asks, discount approvals on the deal', () => {
    const t = text('reference');
    expect(t).toContain('Сегмент («A — ключевые клиенты», «B — постоянные клиенты», «C — прочие клиенты»)');
    expect(t).toContain(
      'задача на следующий контакт в пределах срока, установленного для его сегмента: «A — ключевые клиенты» — не реже одного раза в 14 дней;',
    );
    expect(t).toContain('скидка сверх предела работника и отсрочка платежа — с отметкой о согласовании');
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
    // The CRM is the source of activity figures; money comes from the accounting system (one source per figure).
    expect(t).not.toContain('единственным основанием');
    expect(t).toContain('Выручка, поступившие оплаты и валовая маржа определяются по данным учётной системы Компании');
    expect(t).toContain('в течение 15 минут');
    expect(t).toContain('Сделки без движения более 15 дней');
    expect(t).toContain('по понедельникам');
  });
});

describe('karpov-ip: no CRM, the recommendation instead', () => {
  test('the same document id yields the recommendation, without an acknowledgement sheet', () => {
    const { pack } = packs.get('karpov');
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

describe('pipelines follow the offering and the channels', () => {
  test('goods with tenders, dealers and agents: a pipeline for each channel, run by the channel’s owner', () => {
    const t = text('nordline');
    const [main, tenders, dealers, partners, ...rest] = pipelines('nordline');
    expect(names(main)).toContain('Отгрузка');
    expect(t).toContain('В отдельной воронке «Тендеры» ведутся закупки');
    expect(names(tenders)).toEqual([
      'Закупка найдена',
      'Решение об участии',
      'Подготовка и подача заявки',
      'Подведение итогов',
      'Заключение контракта',
    ]);
    expect(stage(tenders, 'Закупка найдена')?.owner).toBe('Специалист по тендерам');
    expect(stage(tenders, 'Решение об участии')?.owner).toBe('Руководитель отдела продаж');
    expect(stage(tenders, 'Подготовка и подача заявки')?.exit).toContain('обеспечение заявки внесено (если оно требуется)');
    expect(t).toContain('В отдельной воронке «Заказы дилеров»');
    expect(stage(dealers, 'Заказ дилера')?.owner).toBe('Менеджер по работе с ключевыми клиентами');
    expect(stage(dealers, 'Проверка условий')?.exit).toContain('задолженность дилера не превышает его кредитного лимита');
    expect(t).toContain('В отдельной воронке «Сделки агентов»');
    expect(names(partners)).toEqual(['Регистрация сделки', 'Продажа', 'Вознаграждение агента']);
    expect(rest).toEqual([]);
  });

  test('a subscription: demo, trial, contract and first payment, onboarding; renewals with churn', () => {
    const t = text('saas');
    const [main, , renewals] = pipelines('saas');
    expect(names(main)).toEqual([
      'Новый лид',
      'Квалификация',
      'Демонстрация',
      'Пробный период',
      'Договор и первый платёж',
      'Подключение',
      'Закрыта неуспешно',
    ]);
    expect(t).toContain('после назначения демонстрации');
    expect(t).toContain('В отдельной воронке «Продление подписки» ведутся продления подписок действующих клиентов и их отток');
    expect(names(renewals)).toEqual(['Подготовка продления', 'Счёт на продление', 'Продлено', 'Отток']);
    // Renewals belong to whoever takes clients over under the profile's hand-over rule.
    expect(stage(renewals, 'Отток')?.owner).toBe('Менеджер по работе с ключевыми клиентами');
    expect(t).toContain('через 3 месяца после поступления первой оплаты');
  });

  test('services: needs, tariff, trial service, contract, start of service with the first act', () => {
    const [main] = pipelines('services');
    expect(names(main)).toEqual([
      'Новый лид',
      'Квалификация',
      'Выявление потребности',
      'Предложение по тарифу',
      'Пробная услуга',
      'Договор',
      'Начало оказания услуг',
      'Закрыта неуспешно',
    ]);
    expect(stage(main, 'Начало оказания услуг')?.exit).toContain('клиент подписал акт оказанных услуг, оплата по нему поступила по данным');
  });

  test('production with tenders: specification, drawings, price and lead time, production, shipment; no law cited outside Russia', () => {
    const [main, tenders] = pipelines('production');
    expect(names(main)).toEqual([
      'Новый лид',
      'Квалификация',
      'Спецификация',
      'Чертежи и согласование',
      'Расчёт цены и сроков',
      'Договор',
      'Производство',
      'Отгрузка',
      'Закрыта неуспешно',
    ]);
    // This profile's commercial policy has the director approve deferrals.
    expect(stage(main, 'Договор')?.exit).toContain('либо изготовление без аванса согласовано Директором');
    expect(names(tenders)).toContain('Заключение контракта');
    expect(stage(tenders, 'Закупка найдена')?.entry).not.toContain('единой информационной системе');
  });

  test('projects (the recommendation lists the stages to set up): survey, estimate, proposal, contract, stages, acceptance', () => {
    expect(text('karpov')).toContain(
      'Новый лид → Квалификация → Обследование объекта → Смета → Технико-коммерческое предложение → Договор → Выполнение этапов → Приёмка → Закрыта неуспешно',
    );
  });
});
