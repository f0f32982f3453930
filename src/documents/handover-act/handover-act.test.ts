/**
 * «Акт передачи клиента» as the employees who hand a client over get it: the reference (goods,
 * a hand-over rule to the key-account manager, transfers on leave, Битрикс24), karpov-ip (projects,
 * an entrepreneur without CRM or leave transfers) and dala-too-kz (Kazakhstan: БИН, tenge). The
 * lead regulation and the charter send the reader to the act, and say nothing of it when
 * `documents.include` leaves it out.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Profile } from '../../core/profile/schema.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { fixtureProfile, profileFromFile } from '../../../tests/support/packs.ts';
import { packSet } from '../../../tests/support/pack-set.ts';
import { REFERENCE_PROFILE } from '../../../tests/support/reference.ts';
import { type DocxTable, libreOfficeToPdf, pdfText, readDocx, removeDir, squash, tempDir } from '../../../tests/support/readers.ts';
import { DOCUMENT_IDS } from '../registry.ts';

const packs = packSet('handover-act');
const build = (name: string, profile: Profile, formats: Array<'pdf' | 'docx'> = ['pdf', 'docx']) => packs.build(name, profile, formats);
const file = (name: string, doc: string, ext: string) => packs.file(name, doc, ext);
const text = (name: string, doc = 'handover-act') => squash(pdfText(file(name, doc, 'pdf')));
const tableWith = (tables: DocxTable[], cell: string) => {
  const found = tables.find((t) => t.rows.some((r) => r.cells.some((c) => c.includes(cell))));
  if (!found) throw new Error(`no table with «${cell}»`);
  return found;
};

beforeAll(async () => {
  await build('reference', profileFromFile(REFERENCE_PROFILE));
  await build('karpov', fixtureProfile('karpov-ip.yaml'));
  await build('dala', fixtureProfile('dala-too-kz.yaml'), ['pdf']);
  await build(
    'without-act',
    profileFromFile(REFERENCE_PROFILE, (t) =>
      t.replace('  approvalDate:', `  include: [${DOCUMENT_IDS.filter((id) => id !== 'handover-act').join(', ')}]\n  approvalDate:`),
    ),
    ['pdf'],
  );
}, 180_000);
afterAll(() => packs.remove());

describe('the reference act', () => {
  test("names this company's grounds: the hand-over rule and a leave", () => {
    const t = text('reference');
    expect(t).toContain('АКТ передачи клиента');
    expect(t).toContain(
      'Передача клиента сегмента «A — ключевые клиенты», привлечённого Менеджером по продажам, Менеджеру по работе с ключевыми клиентами после поступления первой оплаты',
    );
    expect(t).toContain('(передача на время)');
    expect(t).toContain('дата возврата клиента');
    expect(t).toContain('по данным Битрикс24');
    expect(t).toContain('Счёт, УПД (номер, дата)');
    expect(t).toContain('Сумма заказа, ₽');
    expect(t).toContain('Сегмент (A — ключевые клиенты / B — постоянные клиенты / C — прочие клиенты)');
    expect(t).toContain('Утверждает передачу Руководитель отдела продаж');
    expect(t).not.toMatch(LEAKS);
  });

  test('python-docx reads blank tables for contracts, deals, debts and contacts', () => {
    const { tables } = readDocx(file('reference', 'handover-act', 'docx'));
    for (const heading of ['Договор (номер, дата)', 'Сделка (предмет)', 'Счёт, УПД (номер, дата)', 'Роль в решении о покупке']) {
      const t = tableWith(tables, heading);
      expect(t.rows.length).toBeGreaterThanOrEqual(4);
      expect(t.rows.slice(1).every((r) => r.cells.slice(1).every((c) => c === ''))).toBe(true);
    }
    const client = tableWith(tables, 'Наименование клиента');
    expect(client.rows.map((r) => r.cells[0])).toContain('ИНН');
    expect(client.rows.every((r) => r.cells[1] === '')).toBe(true);
  });

  test('LibreOffice opens the DOCX', () => {
    const out = tempDir('handover-lo');
    try {
      const [pdf] = libreOfficeToPdf([file('reference', 'handover-act', 'docx')], out);
      const t = squash(pdfText(pdf as string));
      expect(t).toContain('Дебиторская задолженность');
      expect(t).toContain('Совместный контакт с клиентом');
    } finally {
      removeDir(out);
    }
  }, 180_000);

  test('the lead regulation and the charter send the reader to the act', () => {
    const lead = text('reference', 'lead-regulation');
    expect(lead).toContain('вносит в Акт передачи клиента');
    expect(lead).toContain('оформляет его Актом передачи клиента');
    expect(text('reference', 'charter')).toContain('передача оформляется Актом передачи клиента');
  });
});

describe('karpov-ip and dala-too-kz', () => {
  test('an entrepreneur without leave transfers: no rule, no temporary hand-over, the employer approves', () => {
    const t = text('karpov');
    expect(t).not.toContain('передача на время');
    expect(t).not.toContain('дата возврата');
    expect(t).not.toContain('привлечённого');
    expect(t).toContain('по данным учётной базы клиентов');
    expect(t).toContain('решением Работодателя');
    expect(t).toContain('Акт приёмки этапа, счёт (номер, дата)');
    expect(t).not.toMatch(/CRM/);
  });

  test('Kazakhstan: the client is identified by БИН (ИИН), sums in tenge', () => {
    const t = text('dala');
    expect(t).toContain('БИН (ИИН)');
    expect(t).toContain('₸');
    expect(t).not.toContain('₽');
    expect(t).not.toContain('ИНН ');
  });
});

test('a pack without the act names it nowhere', () => {
  expect(text('without-act', 'lead-regulation')).not.toContain('Акт');
  expect(text('without-act', 'charter')).not.toContain('Акт передачи');
});
