/**
 * «Должностная инструкция»: one per position. The reference pack is generated in-process and read
 * back from its PDF and DOCX; fixture profiles check what the company lacks (no CRM, no head, no
 * key account manager) and a custom role with its own duties. The adaptation table of catalog
 * phrases is checked against the catalog itself.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROLE_CATALOG } from '../../../content/catalog/index.ts';
import type { Block, DocumentModel, List } from '../../core/model/types.ts';
import type { RoleId } from '../../core/profile/ids.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { buildJobContext, leadResponsePhrase } from './context.ts';
import { buildJobDescriptionView } from './view.ts';
import { ADAPTATIONS, adaptText } from './wording.ts';
import { roleMission } from '../shared/missions.ts';
import { reference, variant } from '../../../tests/math/profiles.ts';
import { docxText, pdfPageCount, pdfText, squash } from '../../../tests/support/readers.ts';
import { blockText } from '../../core/model/to-text.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { fixtureProfile } from '../../../tests/support/packs.ts';
import { packSet } from '../../../tests/support/pack-set.ts';

function fixture(name: string): Profile {
  return fixtureProfile(name);
}

const modelText = (model: DocumentModel) => squash(model.children.flatMap(blockText).join('\n'));
const runsText = (block: Block) =>
  block.type === 'paragraph' || block.type === 'heading' ? block.children.map((r) => r.text).join('') : '';

/** Ids of the clauses of a section, without the document and section parts: «kpi», «own-1» … */
function clauseIds(model: DocumentModel, section: string): string[] {
  const prefix = `job-description.${section}.`;
  return model.children.flatMap((b) => (b.type === 'paragraph' && b.clause && b.id?.startsWith(prefix) ? [b.id.slice(prefix.length)] : []));
}

/** Clauses of a numbered section: «4.1.», «4.2.» … */
function clauses(model: DocumentModel, section: number): string[] {
  return model.children.flatMap((b) =>
    b.type === 'paragraph' && b.clause && b.clause.number.startsWith(`${section}.`) && b.clause.level === 2 ? [runsText(b)] : [],
  );
}

const packs = packSet('job-description');
const build = (name: string, profile: Profile, formats: Array<'pdf' | 'docx'>) => packs.build(name, profile, formats);
const get = (name: string) => packs.get(name);
const jd = (name: string, positionId: string) =>
  get(name).pack.models.find((m) => m.meta.id === `job-description-${positionId}`) as DocumentModel;
const jds = (name: string) => get(name).pack.models.filter((m) => m.meta.id.startsWith('job-description-'));

beforeAll(async () => {
  await build('reference', reference(), ['pdf', 'docx']);
  await build('karpov', fixture('karpov-ip.yaml'), ['pdf']);
  await build('nordline', fixture('nordline-eur-40.yaml'), ['pdf']);
  await build(
    'no-account',
    variant((raw) => {
      raw.department.positions = raw.department.positions.filter((p) => p['id'] !== 'account');
      raw.kpis = raw.kpis.filter((k) => k.position !== 'account');
      raw.motivation = raw.motivation.filter((m) => m['position'] !== 'account');
    }),
    ['pdf'],
  );
  await build(
    'no-lead',
    variant((raw) => {
      raw.department.positions = raw.department.positions.filter((p) => p['id'] !== 'lead');
      raw.kpis = raw.kpis.filter((k) => k.position !== 'lead');
      raw.motivation = raw.motivation.filter((m) => m['position'] !== 'lead');
    }),
    ['pdf'],
  );
}, 180_000);
afterAll(() => packs.remove());

describe('reference pack', () => {
  test('one instruction per position, named in the manifest with its positionId', () => {
    const docs = get('reference').pack.manifest.documents.filter((d) => d.id.startsWith('job-description'));
    expect(docs.map((d) => [d.id, d.positionId])).toEqual(['rop', 'manager', 'account', 'lead'].map((id) => [`job-description-${id}`, id]));
    expect(docs.map((d) => d.title)).toEqual([
      'Должностная инструкция руководителя отдела продаж',
      'Должностная инструкция менеджера по продажам',
      'Должностная инструкция менеджера по работе с ключевыми клиентами',
      'Должностная инструкция менеджера по лидогенерации',
    ]);
    expect(docs[1]?.files).toEqual({ pdf: 'job-description-manager.pdf', docx: 'job-description-manager.docx' });
  });

  test('the sales manager: superior, CRM, response time, meetings, reports, hand-over on leave', () => {
    const file = path.join(get('reference').dir, 'job-description-manager.pdf');
    const text = squash(pdfText(file));
    expect(text).toContain('ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера по продажам');
    expect(text).toContain(
      'назначается на должность менеджера по продажам и освобождается от неё приказом Генерального директора по представлению Руководителя отдела продаж',
    );
    expect(text).toContain('подчиняется непосредственно Руководителю отдела продаж');
    expect(text).toContain('относится к категории специалистов');
    expect(text).toContain('исполняет другой работник, занимающий должность менеджера по продажам');
    expect(text).toContain('Битрикс24');
    expect(text).toContain('не позднее 15 минут с момента её поступления в рабочее время');
    expect(text).toContain('еженедельном совещании план/факт по понедельникам');
    expect(text).toContain('ежедневной планёрке Отдела');
    expect(text).toContain(
      '«Ежедневный отчёт об активности» для Руководителя отдела продаж был сформирован до 10:00 следующего рабочего дня',
    );
    expect(text).toContain('Перед уходом в отпуск передаёт закреплённых за ним клиентов');
    expect(text).toContain('Передаёт клиента Менеджеру по работе с ключевыми клиентами');
    expect(text).toContain('«Выручка (оплаченные продажи)», «Новые клиенты» и «Просроченная дебиторская задолженность»');
    expect(text).toContain('«Карта KPI: Менеджер по продажам»');
    expect(text).toContain(
      'в пределах прямого действительного ущерба в соответствии со статьёй 238 Трудового кодекса Российской Федерации',
    );
    expect(text).toContain('под подпись в соответствии со статьями 22 и 68 Трудового кодекса Российской Федерации');
    expect(text).toContain('уставом Компании');
    expect(text).toContain('Положением об отделе продаж');
    // Catalog CRM wording is replaced everywhere; general experience with CRM systems may stay.
    expect(text).not.toMatch(/(?<![\p{L}])CRM(?!-систем)/u);
    expect(text).not.toMatch(LEAKS);
  });

  test('no plan figures: plans live in the KPI card', () => {
    for (const model of jds('reference')) {
      const text = modelText(model);
      expect(text, model.meta.id).not.toMatch(/₽|\d[\d\u00a0 ]{3,}\d/u);
      expect(text, model.meta.id).toContain('Плановые значения показателей, их веса и пороги не входят в настоящую инструкцию');
    }
  });

  test('at least 12 duties, nine sections, and three pages before the acknowledgement sheet', () => {
    const model = jd('reference', 'manager');
    expect(clauses(model, 4).length).toBeGreaterThanOrEqual(12);
    const headings = model.children.flatMap((b) => (b.type === 'heading' && b.level === 1 ? [runsText(b)] : []));
    expect(headings).toEqual([
      'Общие положения',
      'Квалификационные требования',
      'Трудовые функции',
      'Должностные обязанности',
      'Права',
      'Ответственность',
      'Оценка работы и оплата труда',
      'Взаимоотношения (связи по должности)',
      'Заключительные положения',
    ]);
    for (const id of ['rop', 'manager', 'account', 'lead']) {
      const file = path.join(get('reference').dir, `job-description-${id}.pdf`);
      expect(pdfPageCount(file), id).toBeGreaterThanOrEqual(4);
      expect(pdfText(file, { first: 1, last: 3 }), id).not.toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
      expect(clauses(jd('reference', id), 4).length, id).toBeGreaterThanOrEqual(12);
      const rights = clauses(jd('reference', id), 5).length;
      expect(rights, id).toBeGreaterThanOrEqual(6);
      expect(rights, id).toBeLessThanOrEqual(8);
    }
  });

  test('the acknowledgement sheet lists the four managers and nobody else', () => {
    const model = jd('reference', 'manager');
    const sheet = model.children.at(-1);
    expect(sheet?.type).toBe('table');
    const names =
      sheet?.type === 'table' ? sheet.rows.slice(sheet.headerRows).map((r) => blockText(r.cells[1]?.children[0] as Block)[0]) : [];
    expect(names).toEqual(['Иванов Сергей Петрович', 'Кузнецова Ольга Андреевна', 'Ёлкин Дмитрий Олегович', 'Смирнов Павел Юрьевич']);
    const pdf = squash(pdfText(path.join(get('reference').dir, 'job-description-manager.pdf')));
    for (const name of names) expect(pdf).toContain(name as string);
    expect(pdf).not.toContain('Соколова');
    // Two lead-generation seats without names: two blank lines.
    const lead = jd('reference', 'lead').children.at(-1);
    expect(lead?.type === 'table' && lead.rows.length - lead.headerRows).toBe(2);
  });

  test('the head: category, subordinates with counts, the meetings it holds, the reports it prepares', () => {
    const text = modelText(jd('reference', 'rop'));
    expect(text).toContain('относится к категории руководителей');
    expect(text).toContain('подчиняется непосредственно Генеральному директору');
    expect(text).toContain(
      'В подчинении Работника находятся: Менеджер по продажам (4 штатные единицы), Менеджер по работе с ключевыми клиентами (1 штатная единица) и Менеджер по лидогенерации (2 штатные единицы).',
    );
    expect(text).toContain(
      'Проводит ежедневную планёрку Отдела, еженедельное совещание план/факт по понедельникам и ежемесячное совещание по итогам месяца',
    );
    expect(text).toContain(
      'Готовит «Ежемесячный отчёт план/факт» и представляет его Генеральному директору до 5-го рабочего дня следующего месяца.',
    );
    expect(text).toContain('Давать подчинённым работникам обязательные для исполнения задания');
    expect(text).toContain('«Выручка (оплаченные продажи)» по Отделу — за месяц');
    expect(text).not.toContain('Проводит ежедневные планёрки, еженедельные совещания');
  });

  test('duties carry their catalog keys, the generated ones fixed ids that replace the catalog duty they stand for', () => {
    const manager = clauseIds(jd('reference', 'manager'), 'duties');
    expect(manager[0]).toBe('kpi');
    expect(manager).toEqual(
      expect.arrayContaining(['incoming-requests', 'key-account-handover', 'meetings', 'report-daily-activity', 'client-transfer']),
    );
    expect(manager).not.toContain('personal-plan');
    expect(manager).not.toContain('progress-reports');
    const head = clauseIds(jd('reference', 'rop'), 'duties');
    expect(head).toEqual(expect.arrayContaining(['sales-plans', 'meetings', 'report-monthly-plan-fact', 'transfer-organisation']));
    expect(head).not.toContain('team-meetings');
    expect(head).not.toContain('management-reports');
    expect(clauseIds(jd('reference', 'rop'), 'rights')).toEqual(
      expect.arrayContaining([
        'information',
        'proposals',
        'instructions',
        'staff-proposals',
        'staff-development',
        'discounts',
        'representation',
      ]),
    );
  });

  test('lead generation: response time, meetings for the sales manager, no duplicate meeting duty', () => {
    const model = jd('reference', 'lead');
    const text = modelText(model);
    expect(text).toContain('Обрабатывает входящую заявку не позднее 15 минут');
    expect(text).toContain('Назначает квалифицированным клиентам встречи с Менеджером по продажам');
    expect(text).toContain('с Менеджером по продажам — передаёт квалифицированных клиентов');
    expect(clauses(model, 4).filter((d) => d.includes('планёрк')).length).toBe(1);
  });

  test('the DOCX says the same', () => {
    const text = squash(docxText(path.join(get('reference').dir, 'job-description-manager.docx')));
    expect(text).toContain('подчиняется непосредственно Руководителю отдела продаж');
    expect(text).toContain('не позднее 15 минут');
    expect(text).toContain('Кузнецова Ольга Андреевна');
  });
});

describe('what the company lacks', () => {
  test('no CRM, no head, an entrepreneur: the manager reports to the owner and no CRM is pretended', () => {
    const model = jd('karpov', 'manager');
    const text = modelText(model);
    const pdf = squash(pdfText(path.join(get('karpov').dir, 'job-description-manager.pdf')));
    expect(pdf).toContain('(далее — Работодатель, а его предприятие — Компания)');
    expect(pdf).toContain('подчиняется непосредственно Работодателю');
    expect(text).toContain('приказом Работодателя.');
    expect(text).toContain('Записывает в учётную базу клиентов');
    expect(text).not.toMatch(/(?<![\p{L}])CRM(?!-систем)/u);
    expect(text).not.toContain('Битрикс');
    expect(text).not.toContain('уставом');
    expect(text).not.toContain('ключевыми клиентами');
    expect(text).not.toContain('планёрк');
    expect(text).toContain('еженедельном совещании план/факт по понедельникам');
    expect(text).not.toContain('Перед уходом в отпуск');
    // The head's reports fall to the only seat reporting to the owner.
    expect(text).toContain('Готовит «Ежемесячный отчёт план/факт» и представляет его Работодателю');
    expect(text).toContain('не позднее 30 минут');
    expect(text).toContain('его обязанности исполняет Работодатель или работник, назначенный его приказом');
    expect(clauses(model, 4).length).toBeGreaterThanOrEqual(12);
  });

  test('an entrepreneur has no legal, warehouse or HR services: the manager deals with him and the bookkeeper', () => {
    const text = modelText(jd('karpov', 'manager'));
    expect(text).toContain('Согласовывает нестандартные условия договора с Работодателем.');
    expect(text).toContain('Вне Отдела Работник взаимодействует так:');
    expect(text).toContain('с бухгалтером (работником или лицом, ведущим учёт по договору) — получает сведения об оплатах');
    expect(text).not.toMatch(/юрист|юридическ|склад|служб[аоуеы]|подразделени[йя] Компании/u);
    // The approval block and the one definition.
    expect(text.match(/индивидуальн\p{L}* предпринимател/giu)?.length ?? 0).toBeLessThanOrEqual(2);
  });

  test('without a key account manager nobody hands clients to one', () => {
    const text = modelText(jd('no-account', 'manager'));
    expect(text).not.toContain('ключевыми клиентами');
    expect(clauses(jd('no-account', 'manager'), 4).length).toBeGreaterThanOrEqual(12);
    expect(modelText(jd('no-account', 'lead'))).not.toContain('ключевыми клиентами');
  });

  test('without lead generation nobody mentions it', () => {
    for (const model of jds('no-lead')) expect(modelText(model), model.meta.id).not.toContain('лидогенерац');
  });
});

describe('a 40-person department abroad with custom roles', () => {
  test('custom roles get their own duties first, then the generated ones', () => {
    const { profile } = get('nordline');
    const position = profile.department.positions.find((p) => p.id === 'crm-analyst');
    const duties = clauses(jd('nordline', 'crm-analyst'), 4);
    expect(duties.slice(0, position?.duties.length)).toEqual(position?.duties);
    expect(duties.some((d) => d.startsWith('Обеспечивает выполнение плановых значений'))).toBe(true);
    expect(duties.some((d) => d.startsWith('Участвует в ежедневной планёрке Отдела, еженедельном совещании план/факт по вторникам'))).toBe(
      true,
    );
    expect(jd('nordline', 'crm-analyst').meta.title).toBe('Должностная инструкция аналитика CRM');
    // A custom role has no catalog mission; the list of its functions says what it does, with no filler before it.
    expect(modelText(jd('nordline', 'crm-analyst'))).not.toContain('на своём участке работы');
    expect(clauseIds(jd('nordline', 'crm-analyst'), 'functions')).toEqual(['function-list']);
    expect(clauseIds(jd('nordline', 'manager'), 'functions')).toEqual(['mission', 'function-list']);
  });

  test('a team lead runs a group: its own duties, the group it leads, and the head above it', () => {
    const lead = modelText(jd('nordline', 'group-lead'));
    expect(lead).toContain('Должность руководителя группы продаж относится к категории руководителей');
    expect(lead).toContain('В подчинении Работника находятся: Менеджер по продажам (15 штатных единиц, по 5 в каждой из 3 групп).');
    expect(lead).toContain('подчиняется непосредственно Руководителю отдела продаж');
    expect(lead).toContain('Отвечает за выполнение плана группы, который равен сумме личных планов её менеджеров.');
    // The department's plan and the director are the head's business, not the team lead's.
    expect(lead).not.toMatch(/годово\p{L}* план\p{L}* Отдела/u);
    const ids = clauseIds(jd('nordline', 'group-lead'), 'duties');
    expect(ids.slice(0, 3)).toEqual(['kpi', 'group-plan', 'group-plan-split']);
    const head = clauseIds(jd('nordline', 'rop'), 'duties');
    const shared = ids.filter(
      (id) => head.includes(id) && !['kpi', 'meetings', 'subordinates-control', 'superior-orders', 'deadlines', 'risks'].includes(id),
    );
    expect(shared).toEqual([]);
  });

  test('managers report to the group lead; the law is the country of registration, with no article numbers', () => {
    const text = modelText(jd('nordline', 'manager'));
    expect(text).toContain('подчиняется непосредственно Руководителю группы продаж');
    expect(text).toContain('по представлению Руководителя отдела продаж');
    expect(text).toContain('не позднее 10 минут');
    expect(text).toContain('Salesforce');
    for (const model of jds('nordline')) {
      const t = modelText(model);
      expect(t, model.meta.id).toContain('трудовым законодательством страны регистрации Компании');
      expect(t, model.meta.id).not.toMatch(/стать(я|и|ей|ями) \d/);
      expect(t, model.meta.id).not.toMatch(LEAKS);
    }
    expect(jds('nordline')).toHaveLength(9);
  });
});

describe('profile duties of a catalog role', () => {
  test('are added after the catalog duties, before the generated ones', () => {
    const profile = variant((raw) => {
      const manager = raw.department.positions.find((p) => p['id'] === 'manager');
      if (manager) manager['duties'] = ['Ведёт продажи на выставках компании', 'Проводит демонстрации оборудования у клиента;'];
    });
    const duties = buildJobDescriptionView(profile, 'manager').duties;
    const first = duties.findIndex((d) => d.text === 'Ведёт продажи на выставках компании.');
    expect(first).toBeGreaterThan(10);
    expect(duties[first]?.id).toBe('own-1');
    expect(duties[first + 1]).toEqual({ id: 'own-2', text: 'Проводит демонстрации оборудования у клиента.' });
    expect(duties.slice(first + 2).some((d) => d.text.startsWith('Ежедневно вносит в Битрикс24'))).toBe(true);
  });
});

describe('clause ids of duties and rights', () => {
  test('are slugs, unique in each instruction of every fixture profile', () => {
    const profiles = [
      reference(),
      ...['karpov-ip.yaml', 'nordline-eur-40.yaml', 'dala-too-kz.yaml', 'kvadro-quarterly.yaml', 'vektor.yaml'].map(fixture),
    ];
    for (const profile of profiles) {
      for (const position of profile.department.positions) {
        const view = buildJobDescriptionView(profile, position.id);
        for (const list of [view.duties, view.rights]) {
          const ids = list.map((c) => c.id);
          for (const id of ids) expect(id, position.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(new Set(ids).size, `${position.id}: ${ids.join(' ')}`).toBe(ids.length);
        }
      }
    }
  });
});

describe('text rules', () => {
  test('every list item ends with «;», the last with «.»', () => {
    for (const name of ['reference', 'karpov', 'nordline']) {
      for (const model of jds(name)) {
        for (const block of model.children.filter((b): b is List => b.type === 'list')) {
          const items = block.items.map((item) => blockText(item.children[0] as Block)[0]?.trim() ?? '');
          items.forEach((item, i) => expect(item.at(-1), `${model.meta.id}: ${item}`).toBe(i === items.length - 1 ? '.' : ';'));
        }
      }
    }
  });

  test('the response time agrees with its number', () => {
    expect(leadResponsePhrase(1)).toBe('не позднее 1\u00a0минуты');
    expect(leadResponsePhrase(2)).toBe('не позднее 2\u00a0минут');
    expect(leadResponsePhrase(15)).toBe('не позднее 15\u00a0минут');
    expect(leadResponsePhrase(21)).toBe('не позднее 21\u00a0минуты');
    expect(leadResponsePhrase(7.5)).toBe('не позднее 7,5\u00a0минуты');
  });
});

describe('adaptation table', () => {
  const catalogTexts = (role: RoleId): string[] => {
    const r = ROLE_CATALOG[role];
    return [r.mission, ...r.functions, ...Object.values(r.duties), ...r.requirements, ...r.mustKnow];
  };

  test('every key is a phrase of the catalog roles it names', () => {
    for (const rule of ADAPTATIONS) {
      expect(rule.roles.length, rule.key).toBeGreaterThan(0);
      for (const role of rule.roles) {
        expect(
          catalogTexts(role).some((t) => t.includes(rule.key)),
          `${rule.key} in ${role}`,
        ).toBe(true);
      }
    }
  });

  test('a company that sells no goods gets no shipments, assortment or goods in any role, one that makes them no assortment', () => {
    const base = fixture('nordline-eur-40.yaml');
    const GOODS = /отгруз|ассортимент|поставк|товар/iu;
    const ASSORTMENT = /ассортимент|товар/iu;
    const found: string[] = [];
    for (const offering of ['services', 'projects', 'subscription', 'production'] as const) {
      const profile: Profile = { ...base, company: { ...base.company, offering } };
      const anchor = profile.department.positions[0]?.id as string;
      for (const role of Object.keys(ROLE_CATALOG) as RoleId[]) {
        const ctx = { ...buildJobContext(profile, anchor), role, catalog: null };
        // The mission a document prints is the offering's own (shared/missions.ts), not the catalog's.
        const texts = [roleMission(role, offering), ...catalogTexts(role).slice(1)];
        for (const text of texts) {
          const adapted = adaptText(text, ctx).text ?? '';
          if ((offering === 'production' ? ASSORTMENT : GOODS).test(adapted)) found.push(`${offering}, ${role}: ${adapted}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  /** Positions named as the catalog names them, which a document must replace by the company's titles. */
  const GENERIC_TITLE = /(?<![\p{L}])(руководител(ю|ем|я)(?![\p{L}])|менеджер\p{L}* по (продажам|работе|лидогенерации|маркетингу))/u;

  test('adapted catalog text names no generic position and no CRM the company lacks', () => {
    // The entrepreneur (no CRM, no head, one seat) and the 40-person department (every seat, a CRM).
    const cases: Array<[Profile, boolean]> = [
      [fixture('karpov-ip.yaml'), false],
      [fixture('nordline-eur-40.yaml'), true],
    ];
    for (const [profile, hasCrm] of cases) {
      const anchor = profile.department.positions[0]?.id as string;
      for (const role of Object.keys(ROLE_CATALOG) as RoleId[]) {
        const ctx = { ...buildJobContext(profile, anchor), role, catalog: null };
        for (const text of catalogTexts(role)) {
          const { text: out } = adaptText(text, ctx);
          if (out === null) continue;
          expect(out, `${role}: ${text}`).not.toMatch(GENERIC_TITLE);
          if (!hasCrm) expect(out, `${role}: ${text}`).not.toMatch(/(?<![\p{L}])CRM(?!-систем)/u);
          // The department and the company are the defined terms «Отдел» and «Компания» (a department in general aside).
          const own = out.replace('руководства группой или отделом продаж', '');
          expect(own, `${role}: ${text}`).not.toMatch(/(?<![\p{L}])(отдел(а|у|ом|е)?|компани(я|и|ю|ей))(?![\p{L}-])/u);
        }
      }
    }
  });

  test('the hand-over to a key account manager is dropped only when there is none', () => {
    const key = 'Передаёт клиента менеджеру по работе с ключевыми клиентами в порядке, установленном регламентом передачи клиентов.';
    expect(adaptText(key, buildJobContext(fixture('karpov-ip.yaml'), 'manager')).text).toBeNull();
    expect(adaptText(key, buildJobContext(reference(), 'manager')).text).toBe(
      'Передаёт клиента Менеджеру по работе с ключевыми клиентами в порядке, установленном регламентом передачи клиентов.',
    );
  });
});

describe('the pay clause names the pay period', () => {
  test('a quarterly bonus is «по итогам квартала»; a monthly one keeps «по итогам периода»', () => {
    const profile = fixture('kvadro-quarterly.yaml');
    expect(buildJobDescriptionView(profile, 'manager').pay.periodGen).toBe('квартала');
    expect(buildJobDescriptionView(profile, 'lead').pay.periodGen).toBe('периода');
  });
});

describe('the accounting system by its name', () => {
  test("the sales assistant knows the rules of the CRM and of the profile's accounting system, rendered", async () => {
    const { pack } = await packs.build('belstal-accounting', fixture('belstal-by.yaml'), []);
    const model = pack.models.find((m) => m.meta.id === 'job-description-assistant');
    expect(model).toBeDefined();
    const text = modelText(model as DocumentModel);
    expect(text).toContain('правила работы в Битрикс24 и в 1С:Управление производственным предприятием');
    expect(text).not.toMatch(/и 1С(?!:)/);
  });
});
