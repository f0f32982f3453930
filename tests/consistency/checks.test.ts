/** Each check provoked by a pack made to break it: it must name the document and the clause. */
import { describe, expect, test } from 'vitest';
import { DOCUMENT_IDS } from '../../src/documents/registry.ts';
import { evaluate } from '../../src/core/consistency/formulas.ts';
import { checkPack } from '../../src/core/consistency/index.ts';
import type { Table } from '../../src/core/model/types.ts';
import { userTextMask } from '../../src/core/consistency/user-text.ts';
import { fixtureProfile } from '../support/packs.ts';
import { errors, findingsOf, fixturePack, setClause } from './support.ts';

describe('dates', () => {
  test('a deadline before the approval date is an error in its clause', async () => {
    const pack = await fixturePack('example.yaml', (p) => ({ ...p, documents: { ...p.documents, approvalDate: '2027-02-01' } }));
    setClause(pack.models, 'charter.general.purpose', 'План утверждается до 20 декабря 2026 г., отчёт сдаётся 20.01.2027.');
    const found = errors(findingsOf('dates', pack)).filter((f) => f.where[0]?.clause === 'charter.general.purpose');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('«20 декабря 2026 г.»'), expect.stringContaining('«20.01.2027»')]);
    expect(found[0]?.where[0]).toMatchObject({ document: 'charter', title: expect.stringContaining('Положение') });
  });
  test('a plan period may start before approval; its end and a card’s term of force may not', async () => {
    const pack = await fixturePack('example.yaml', (p) => ({ ...p, documents: { ...p.documents, approvalDate: '2028-02-01' } }));
    const found = errors(findingsOf('dates', pack)).map((f) => ({
      clause: f.where[0]?.clause,
      message: f.message.replace(/\u00a0/g, ' '),
    }));
    expect(found).toContainEqual({ clause: 'kpi-card.general.scope', message: expect.stringContaining('«31 декабря 2027 г.»') });
    expect(found).toContainEqual({ clause: 'kpi-card.general.scope', message: expect.stringContaining('«1 января»') });
    expect(found).toContainEqual({ clause: 'sales-plan.key-figures.subject', message: expect.stringContaining('«31 декабря 2027 г.»') });
    expect(found.filter((f) => f.clause === 'sales-plan.key-figures.subject' && f.message.includes('«1 января»'))).toEqual([]);
  });
  test('roadmap steps out of order are an error', async () => {
    const pack = await fixturePack('example.yaml');
    const roadmap = pack.models.find((m) => m.meta.id === 'roadmap');
    const table = roadmap?.children.find((b): b is Table => b.type === 'table');
    const rows = table?.rows ?? [];
    expect(rows.length).toBeGreaterThan(3);
    [rows[1], rows[2]] = [rows[2] as (typeof rows)[number], rows[1] as (typeof rows)[number]];
    expect(errors(findingsOf('dates', pack)).map((f) => f.message)).toEqual([expect.stringContaining('порядок шагов нарушен')]);
  });
});

describe('references to documents the pack leaves out', () => {
  test('a mention of a left-out document is an error', async () => {
    const pack = await fixturePack('example.yaml');
    pack.profile = { ...pack.profile, documents: { ...pack.profile.documents, include: DOCUMENT_IDS.filter((id) => id !== 'motivation') } };
    const found = errors(findingsOf('references', pack));
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.message).toContain('Положение о мотивации');
  });
  // Every document asks includes() before it names another, so leaving any one out leaves no
  // mention of it: checked for the documented example and for an entrepreneur's smaller pack.
  test.each(DOCUMENT_IDS.flatMap((id) => ['example.yaml', 'karpov-ip.yaml'].map((file) => [id, file] as const)))(
    'a pack without %s names it nowhere (%s)',
    async (left, file) => {
      const pack = await fixturePack(file, (p) => ({
        ...p,
        documents: { ...p.documents, include: DOCUMENT_IDS.filter((id) => id !== left) },
      }));
      expect(errors(findingsOf('references', pack)).map((f) => `${f.where[0]?.clause}: ${f.message}`)).toEqual([]);
    },
  );
});

describe('text checks', () => {
  test('a fractional count in a plan is reported to the user (a warning: a derived plan may come out so)', async () => {
    const pack = await fixturePack('vektor.yaml');
    setClause(pack.models, 'sales-plan.clients.new-clients', 'План привлечения — 86,4 сделки за год, факт 2,7 шт.');
    const found = findingsOf('counts', pack).filter((f) => f.where[0]?.clause === 'sales-plan.clients.new-clients');
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('86,4 сделки'), expect.stringContaining('2,7 шт.')]);
  });
  test('«например» with a value in a numbered clause, and doubled punctuation, are errors', async () => {
    const pack = await fixturePack('vektor.yaml');
    setClause(pack.models, 'charter.general.purpose', 'Звонок длится не меньше установленного времени (например, 30 секунд).');
    setClause(pack.models, 'charter.general.status', 'План — 5 шт.. в месяц: : без исключений.');
    const found = errors(findingsOf('wording', pack));
    expect(found.map((f) => f.where[0]?.clause)).toEqual(['charter.general.purpose', 'charter.general.status']);
  });
  test('an illustration «например, просит счёт» is allowed', async () => {
    const pack = await fixturePack('vektor.yaml');
    setClause(pack.models, 'charter.general.purpose', 'Этап можно пропустить (например, клиент просит сразу выставить счёт).');
    expect(errors(findingsOf('wording', pack))).toEqual([]);
  });
  test('worked examples are recomputed', async () => {
    expect(evaluate('18 / 20 × 100 %')).toBeCloseTo(0.9);
    expect(evaluate('30 000 ₽ × 110 %')).toBeCloseTo(33000);
    expect(evaluate('900 000 ₸ + 387 200 ₸')).toBe(1287200);
    const pack = await fixturePack('vektor.yaml');
    setClause(
      pack.models,
      'charter.general.purpose',
      'Выполнение составит 2 / 2,2 × 100 % = 90 %. Итого K = 100 % = 100 %. Верно: 18 / 20 × 100 % = 90 %.',
    );
    const found = errors(findingsOf('formulas', pack)).filter((f) => f.where[0]?.clause === 'charter.general.purpose');
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('получается 90,91 %'),
      expect.stringContaining('ничего не вычисляет'),
    ]);
  });
  test('another country’s currency, tax id and labour law are errors', async () => {
    const pack = await fixturePack('dala-too-kz.yaml');
    setClause(
      pack.models,
      'charter.general.purpose',
      'Оклад 100 000 руб., ИНН организации, по ТК РФ и Трудовому кодексу Российской Федерации.',
    );
    const messages = errors(findingsOf('country', pack))
      .filter((f) => f.where[0]?.clause === 'charter.general.purpose')
      .map((f) => f.message);
    expect(messages).toEqual([
      expect.stringContaining('RUB'),
      expect.stringContaining('ИНН'),
      expect.stringContaining('Российской Федерации'),
    ]);
  });
  test.each(['$mart Трейд', 'ООО "$mart Трейд"'])(
    'a currency sign or a foreign law in what the user typed is the user’s (%s): the pack passes every check',
    async (name) => {
      const pack = await fixturePack('tehnosnab.yaml', (p) => ({
        ...p,
        company: { ...p.company, name, industry: 'поставки оборудования за $ и € из РК' },
        department: {
          ...p.department,
          positions: p.department.positions.map((pos) => (pos.id === 'manager' ? { ...pos, title: 'Менеджер по продажам в $-зоне' } : pos)),
        },
      }));
      expect(JSON.stringify(pack.models)).toContain('$mart Трейд');
      expect(JSON.stringify(pack.models)).toContain('менеджера по продажам в $-зоне');
      expect(errors(findingsOf('country', pack))).toEqual([]);
      expect(errors(checkPack(pack))).toEqual([]);
    },
  );
  test('the same sign in a sentence of ours is still an error, beside the user’s name or alone', async () => {
    const pack = await fixturePack('tehnosnab.yaml', (p) => ({ ...p, company: { ...p.company, name: '$mart Трейд' } }));
    setClause(pack.models, 'charter.general.purpose', 'Компания «$mart Трейд» выплачивает премию в размере 100 $.');
    setClause(pack.models, 'crm-regulation.general.purpose', 'Сделки в CRM записываются в долларах.');
    const found = errors(findingsOf('country', pack));
    expect(found.map((f) => [f.where[0]?.clause, f.message])).toEqual([
      ['charter.general.purpose', expect.stringContaining('«$»: валюта USD')],
      ['crm-regulation.general.purpose', expect.stringContaining('«долларах»: валюта USD')],
    ]);
  });
  test('a CRM or a warehouse in a position’s title is the user’s; the same words of ours are still errors', async () => {
    const pack = await fixturePack('karpov-ip.yaml', (p) => ({
      ...p,
      department: {
        ...p.department,
        positions: p.department.positions.map((pos) =>
          pos.id === 'manager' ? { ...pos, title: 'Менеджер по работе со складом в CRM' } : pos,
        ),
      },
    }));
    expect(pack.profile.processes.crm).toBeNull();
    expect(JSON.stringify(pack.models)).toContain('менеджера по работе со складом в CRM');
    expect(errors(findingsOf('crm', pack))).toEqual([]);
    expect(errors(findingsOf('units', pack))).toEqual([]);
    setClause(
      pack.models,
      'charter.general.purpose',
      'Менеджер по работе со складом в CRM записывает сделки в CRM и согласует отгрузку со складом.',
    );
    expect(errors(findingsOf('crm', pack)).map((f) => f.where[0]?.clause)).toEqual(['charter.general.purpose']);
    expect(errors(findingsOf('units', pack)).map((f) => [f.where[0]?.clause, f.message])).toEqual([
      ['charter.general.purpose', expect.stringContaining('«складом»')],
    ]);
  });
  test('the mask takes out the user’s strings that carry a mark, and nothing of ours', () => {
    const profile = fixtureProfile('tehnosnab.yaml');
    const named = { ...profile, company: { ...profile.company, name: '$mart Трейд', industry: 'поставки за $' } };
    const mask = userTextMask(named, [/\$/u]);
    expect(mask('ООО «$mart Трейд»: поставки за $; премия 100 $')).toBe('\uFFFC: \uFFFC; премия 100 $');
    // A «$» the user typed alone is not taken out of our text, only the string it stands in.
    expect(mask('Тариф в $ за месяц')).toBe('Тариф в $ за месяц');
    expect(userTextMask(profile, [/\$/u])('ТехноСнаб, 100 $')).toBe('ТехноСнаб, 100 $');
  });
  test('a CRM claim in a pack without a CRM is an error', async () => {
    const pack = await fixturePack('karpov-ip.yaml');
    expect(pack.profile.processes.crm).toBeNull();
    setClause(pack.models, 'charter.general.purpose', 'Менеджер фиксирует каждую сделку в CRM.');
    expect(errors(findingsOf('crm', pack)).map((f) => f.where[0]?.clause)).toEqual(['charter.general.purpose']);
  });
});

describe('figures and positions', () => {
  test('a funnel figure that disagrees with the math is an error in the funnel table', async () => {
    const pack = await fixturePack('vektor.yaml');
    const plan = pack.models.find((m) => m.meta.id === 'sales-plan');
    const table = plan?.children.find((b): b is Table => b.type === 'table' && b.id === 'sales-plan.funnel.funnel-table');
    const row = table?.rows.find((r) => r.cells[0]?.children[0]?.children[0]?.text.startsWith('Встречи'));
    const cell = row?.cells[2]?.children[0];
    if (!cell) throw new Error('no meetings row');
    cell.children = [{ text: '99' }];
    expect(errors(findingsOf('funnel', pack)).map((f) => f.where[0]?.clause)).toEqual(['sales-plan.funnel.funnel-table']);
  });
  test('a shortfall the funnel table misstates is an error; the table as built agrees with the math', async () => {
    const pack = await fixturePack('warnings/weak-funnel.yaml');
    expect(errors(findingsOf('funnel', pack))).toEqual([]);
    const plan = pack.models.find((m) => m.meta.id === 'sales-plan');
    const table = plan?.children.find((b): b is Table => b.type === 'table' && b.id === 'sales-plan.funnel.funnel-table');
    const row = table?.rows.find((r) => r.cells[0]?.children[0]?.children[0]?.text.startsWith('Лиды'));
    const cell = row?.cells[3]?.children[0];
    if (!cell) throw new Error('no «Не хватает» cell in the leads row');
    cell.children = [{ text: '99' }];
    expect(errors(findingsOf('funnel', pack)).map((f) => f.message)).toEqual([
      expect.stringContaining('нехватка напечатана как 99, а расчёт даёт 210'),
    ]);
  });
  test('lead plans above the funnel’s flow are an error', async () => {
    const pack = await fixturePack('vektor.yaml', (p) => ({
      ...p,
      kpis: p.kpis.map((k) =>
        k.position === 'lead'
          ? { ...k, items: k.items.map((i, n) => (n === 1 ? { ...i, kpi: 'qualified-leads' as const, plan: 500 } : i)) }
          : k,
      ),
    }));
    expect(errors(findingsOf('funnel', pack)).map((f) => f.message)).toEqual([expect.stringContaining('больше потока лидов')]);
  });
  test('a weighted KPI under a KPI bonus said not to affect pay is an error', async () => {
    const pack = await fixturePack('vektor.yaml');
    setClause(pack.models, 'kpi-card.general.scope', 'Показатели карты служат для оценки работы и на размер премии не влияют.');
    const found = errors(findingsOf('kpi-pay', pack));
    expect(found.map((f) => f.where[0]?.clause)).toContain('kpi-card.general.scope');
  });
  test('job descriptions of different levels sharing most duties are an error', async () => {
    const pack = await fixturePack('vektor.yaml');
    const rop = pack.models.find((m) => m.meta.id === 'job-description-rop');
    const manager = pack.models.find((m) => m.meta.id === 'job-description-manager');
    if (!rop || !manager) throw new Error('no job descriptions');
    rop.children = structuredClone(manager.children);
    expect(errors(findingsOf('duties', pack)).map((f) => f.where.map((p) => p.document))).toEqual([
      ['job-description-rop', 'job-description-manager'],
    ]);
    expect(checkPack(await fixturePack('vektor.yaml')).filter((f) => f.check === 'duties')).toEqual([]);
  });
});
