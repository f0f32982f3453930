/**
 * «Формы отчётов и совещаний» read back as a manager gets them: the reference (goods, Битрикс24,
 * three reports, three meetings), karpov-ip (projects, an entrepreneur without CRM, two reports),
 * logiline-services (services: the quarterly review and receivables) and cloudtrack-saas
 * (subscription: the lead report by channel). The forms are real tables with blank cells in
 * python-docx and survive LibreOffice's conversion.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Profile } from '../../core/profile/schema.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { fixtureProfile, profileFromFile } from '../../../tests/support/packs.ts';
import { packSet } from '../../../tests/support/pack-set.ts';
import { REFERENCE_PROFILE } from '../../../tests/support/reference.ts';
import { meetingAgendas } from '../planning-regulation/meetings.ts';
import { type DocxTable, libreOfficeToPdf, pdfText, readDocx, removeDir, squash, tempDir } from '../../../tests/support/readers.ts';

const packs = packSet('report-forms');
const build = (name: string, profile: Profile) => packs.build(name, profile, ['pdf', 'docx', 'html']);
const file = (name: string, ext: string) => packs.file(name, 'report-forms', ext);
const text = (name: string) => squash(pdfText(file(name, 'pdf')));
const header = (t: DocxTable) => t.rows[0]?.cells ?? [];
const tableWith = (tables: DocxTable[], heading: string) => {
  const found = tables.find((t) => header(t).some((c) => c.includes(heading)));
  if (!found) throw new Error(`no table with the column «${heading}»`);
  return found;
};

beforeAll(async () => {
  await build('reference', profileFromFile(REFERENCE_PROFILE));
  await build('karpov', fixtureProfile('karpov-ip.yaml'));
  await build('logiline', fixtureProfile('logiline-services.yaml'));
  await build('cloudtrack', fixtureProfile('cloudtrack-saas.yaml'));
}, 180_000);
afterAll(() => packs.remove());

describe('the reference: goods, Битрикс24, every meeting', () => {
  test('one form per report of processes.reports and one protocol per meeting, numbered in order', () => {
    const t = text('reference');
    expect(t).toContain('Форма 1. Ежедневный отчёт об активности');
    expect(t).toContain('Форма 2. Еженедельный отчёт о воронке продаж');
    expect(t).toContain('Форма 3. Ежемесячный отчёт план/факт');
    expect(t).toContain('Форма 4. Протокол ежедневной планёрки');
    expect(t).toContain('Форма 5. Протокол еженедельного совещания план/факт');
    expect(t).toContain('Форма 6. Протокол совещания по итогам месяца');
    expect(t).not.toContain('Отчёт о дебиторской задолженности');
    expect(t).not.toContain('Квартальный обзор');
    expect(t).toContain('Совещание проводится по понедельникам');
    expect(t).toContain('приложением к Регламенту планирования и отчётности');
    expect(t).not.toMatch(LEAKS);
  });

  test('the columns speak of goods, the CRM and the currency; the pipeline stages are listed', () => {
    const t = text('reference');
    expect(t).toContain('Отчёты строятся в Битрикс24 по графам этих форм');
    expect(t).toContain('Выручка по оплатам отгруженного товара');
    expect(t).toMatch(/Сумма заказа, ₽/);
    expect(t).toContain('«Коммерческое предложение»');
    // The agenda of the weekly protocol is the regulation's.
    expect(t).toContain('Постоянные покупатели, не сделавшие заказ в обычный срок');
  });

  test('python-docx reads the forms as tables whose cells to fill are empty', () => {
    const { tables } = readDocx(file('reference', 'docx'));
    const daily = tableWith(tables, 'Показатель за день');
    expect(header(daily)).toEqual(['№', 'Показатель за день', 'Норма', 'Факт', 'Комментарий']);
    expect(daily.rows.slice(1).map((r) => r.cells[1])).toEqual([
      'Звонки и письма клиентам за день',
      'Назначенные и проведённые встречи',
      'Отправленные коммерческие предложения',
      'Новые сделки и сделки, перешедшие на следующий этап воронки',
      'Просроченные задачи и сделки без следующего шага',
    ]);
    expect(daily.rows.slice(1).every((r) => r.cells.slice(2).every((c) => c === ''))).toBe(true);

    const monthly = tableWith(tables, '% выполнения');
    const people = monthly.rows.slice(1).map((r) => r.cells[1]);
    // Every seat below the head: four named managers, the key-account manager and two lead generators.
    expect(people).toEqual([
      'Иванов Сергей Петрович',
      'Кузнецова Ольга Андреевна',
      'Ёлкин Дмитрий Олегович',
      'Смирнов Павел Юрьевич',
      'Менеджер по работе с ключевыми клиентами',
      'Менеджер по лидогенерации',
      'Менеджер по лидогенерации',
      'Итого по Отделу',
    ]);
    expect(monthly.rows.slice(1).every((r) => r.cells.slice(2).every((c) => c === ''))).toBe(true);

    const deals = tableWith(tables, 'Предмет сделки');
    expect(deals.rows).toHaveLength(9);
    expect(deals.rows.slice(1).every((r) => r.cells.slice(1).every((c) => c === ''))).toBe(true);
    const decisions = tables.filter((t) => header(t).includes('Дата проверки'));
    expect(decisions).toHaveLength(2);
  });

  test('LibreOffice opens the DOCX and prints every form', () => {
    const out = tempDir('report-forms-lo');
    try {
      const [pdf] = libreOfficeToPdf([file('reference', 'docx')], out);
      const t = squash(pdfText(pdf as string));
      for (const n of [1, 2, 3, 4, 5, 6]) expect(t).toContain(`Форма ${n}.`);
      expect(t).toContain('Показатель за день');
      expect(t).toContain('Смирнов Павел Юрьевич');
    } finally {
      removeDir(out);
    }
  }, 180_000);

  test("each protocol's agenda is the planning regulation's, item by item", () => {
    const regulation = squash(pdfText(packs.file('reference', 'planning-regulation', 'pdf'))).replace(/-\s+/g, '-');
    const { daily, weekly, monthly } = meetingAgendas('goods', true);
    for (const item of [...daily, ...weekly, ...monthly]) expect(regulation).toContain(item);
    const forms = text('reference');
    for (const item of [...daily, ...weekly, ...monthly]) expect(forms).toContain(item.charAt(0).toUpperCase() + item.slice(1));
  });

  test('the HTML carries the same forms', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(file('reference', 'html'), 'utf8');
    expect(html).toContain('Ежедневный отчёт об активности');
    expect(html).toContain('Протокол совещания по итогам месяца');
    // Rows to write in keep their height and their empty cells in the browser too.
    expect(html).toMatch(
      /<tr style="height:9mm"><td[^>]*><p>1<\/p><\/td><td><p>Звонки и письма клиентам за день<\/p><\/td><td[^>]*><p><\/p><\/td>/,
    );
  });
});

describe('karpov-ip: projects, an entrepreneur without CRM', () => {
  test('forms for its two reports and its two meetings, filled by hand', () => {
    const t = text('karpov');
    expect(t).toContain('Форма 1. Ежемесячный отчёт план/факт');
    expect(t).toContain('Форма 2. Отчёт о дебиторской задолженности');
    expect(t).toContain('Форма 3. Протокол еженедельного совещания план/факт');
    expect(t).toContain('Форма 4. Протокол совещания по итогам месяца');
    expect(t).not.toContain('Ежедневный отчёт');
    expect(t).not.toContain('планёрки');
    expect(t).toContain('без CRM');
    expect(t).not.toMatch(/[вВ] CRM|из CRM|Битрикс24/);
    expect(t).toContain('Выполнение плана по работникам (оплаты принятых этапов проектов)');
    expect(t).toContain('Акт приёмки этапа');
    // The entrepreneur is «Работодатель» after the definition; nobody «accepts» the report he prepares himself.
    expect(t).toContain('Председатель: Работодатель');
    expect(t).not.toContain('Отчёт принял');
    expect(t).not.toMatch(LEAKS);
  });
});

describe('services and subscription wording', () => {
  test('logiline: the quarterly review and receivables speak of acts and clients on service', () => {
    const t = text('logiline');
    expect(t).toContain('Квартальный обзор результатов');
    expect(t).toContain('Отчёт о дебиторской задолженности');
    expect(t).toContain('Акт оказанных услуг, счёт');
    expect(t).toContain('Новые клиенты на обслуживании');
    expect(t).toContain('по вторникам');
  });

  test('cloudtrack: the lead report lists its channels; deals are monthly payments', () => {
    const t = text('cloudtrack');
    expect(t).toContain('Отчёт по лидам');
    expect(t).toContain('Ежемесячный платёж');
    expect(t).toContain('Новая ежемесячная повторяющаяся выручка');
    const { tables } = readDocx(file('cloudtrack', 'docx'));
    const leads = tableWith(tables, 'Канал привлечения');
    expect(leads.rows.length).toBeGreaterThanOrEqual(3);
    expect(leads.rows.at(-1)?.cells[1]).toBe('Итого');
  });
});
