/**
 * «Коммерческая политика» read back from the PDF and the DOCX: the discount matrix and the
 * payment terms from the profile's `clients.commercialPolicy` (the defaults for the reference),
 * the overdue procedure by day with what stops for this offering, who files the claim (the legal
 * service, or the director / the entrepreneur), and how discounts reach the bonus base. Also: the
 * job descriptions and the lead regulation name the policy by its title only when the pack has it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveClients } from '../../core/profile/clients.ts';
import { formatPercent } from '../../core/text/format.ts';
import { errors, findingsOf, fixturePack, setClause } from '../../../tests/consistency/support.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { pdfText, readDocx, squash } from '../../../tests/support/readers.ts';
import { packSet } from '../../../tests/support/pack-set.ts';
import { variant } from '../../../tests/math/profiles.ts';
import { DOCUMENT_IDS } from '../registry.ts';
import type { DocumentModel } from '../../core/model/types.ts';
import { blockText } from '../../core/model/to-text.ts';

const FIXTURES = {
  reference: 'tehnosnab.yaml',
  services: 'logiline-services.yaml',
  saas: 'cloudtrack-saas.yaml',
  karpov: 'karpov-ip.yaml',
  belstal: 'belstal-by.yaml',
} as const;
type Name = keyof typeof FIXTURES | 'prepaid';

const packs = packSet<Name>('commercial-policy');

beforeAll(async () => {
  await packs.buildFixtures(FIXTURES, ['pdf', 'docx']);
  // The reference selling on prepayment only, the director alone giving discounts.
  const prepaid = variant((raw) => {
    raw['clients'] = {
      commercialPolicy: {
        discounts: [{ position: 'director', maxPct: 3 }],
        paymentTerms: 'prepayment',
        maxDeferralDays: 0,
        creditApprover: 'director',
      },
    };
  });
  await packs.build('prepaid', prepaid, ['pdf', 'docx']);
}, 300_000);
afterAll(() => packs.remove());

const file = (name: Name, doc = 'commercial-policy', ext = 'pdf') => packs.file(name, doc, ext);
const text = (name: Name, doc = 'commercial-policy') => squash(pdfText(file(name, doc)));

function rows(name: Name, head: string): string[][] {
  const table = readDocx(file(name, 'commercial-policy', 'docx')).tables.find((t) => t.rows[0]?.cells[0] === head);
  expect(table, `a table headed «${head}»`).toBeDefined();
  return (table?.rows ?? []).slice(1).map((r) => r.cells);
}

describe('discounts', () => {
  test.each(Object.keys(FIXTURES) as Name[])('%s: titled, nothing leaked', (name) => {
    const t = text(name);
    expect(t).toContain('КОММЕРЧЕСКАЯ ПОЛИТИКА');
    expect(t).toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
    expect(t).not.toMatch(LEAKS);
  });

  test('logiline-services: the profile’s limits, each above approved by the next, the director’s the last', () => {
    expect(rows('services', 'Должность')).toEqual([
      ['Менеджер по продажам', `до ${formatPercent(3)}`, `Коммерческий директор (до ${formatPercent(7)})`],
      ['Коммерческий директор', `до ${formatPercent(7)}`, `Генеральный директор (до ${formatPercent(12)})`],
      ['Генеральный директор', `до ${formatPercent(12)}`, 'не предоставляется'],
    ]);
    expect(text('services')).toContain('скидка больше 12 % не предоставляется');
  });

  test('the reference: the default limits, the director approves above the head’s', () => {
    const p = packs.profile('reference');
    const policy = resolveClients(p).commercialPolicy;
    expect(resolveClients(p).defaulted.commercialPolicy).toBe(true);
    const table = rows('reference', 'Должность');
    expect(table.map((r) => r[1])).toEqual(policy.discounts.map((d) => `до ${formatPercent(d.maxPct)}`));
    expect(table.at(-1)?.[2]).toBe('Генеральный директор');
  });

  test('the same limits as the lead regulation prints', () => {
    const lead = text('services', 'lead-regulation');
    expect(lead).toContain('Менеджер по продажам — до 3 %');
    expect(lead).toContain('установлены Коммерческой политикой');
  });
});

describe('payment, credit and receivables', () => {
  test('logiline-services: deferral up to 45 days approved by the commercial director; credit limits', () => {
    const t = text('services');
    expect(t).toContain('Клиентам может предоставляться отсрочка платежа до 45 календарных дней');
    expect(t).toContain('Отсрочку платежа (в пределах 45 календарных дней) и кредитный лимит клиента согласует Коммерческий директор');
    expect(t).toContain('Кредитные лимиты');
  });

  test('the overdue procedure by day; what stops follows the offering', () => {
    expect(rows('services', 'Срок').map((r) => r[0])).toEqual(['1-й день просрочки', '3-й день', '5-й день', '10-й день', '30-й день']);
    expect(rows('services', 'Срок')[2]?.[1]).toBe(
      'приостанавливаются: приём новых заявок клиента; заявки, уже принятые в работу, выполняются',
    );
    expect(rows('reference', 'Срок')[2]?.[1]).toBe('приостанавливаются: отгрузки клиенту по новым заказам');
    expect(rows('saas', 'Срок')[2]?.[1]).toContain('доступ клиента к сервису после письменного предупреждения');
    expect(rows('karpov', 'Срок')[2]?.[1]).toContain('работы по следующему этапу');
  });

  test('the claim: the legal service where there is one, else the director or the entrepreneur', () => {
    expect(rows('services', 'Срок')[4]?.[2]).toBe('Юридическая служба по поручению Генерального директора');
    expect(rows('reference', 'Срок')[4]?.[2]).toBe('Генеральный директор');
    expect(rows('karpov', 'Срок')[4]?.[2]).toBe('Работодатель');
  });

  test('prices are named for the offering', () => {
    expect(text('reference')).toContain('Цены на товары устанавливаются прайс-листом Компании');
    expect(text('services')).toContain('Цены на услуги устанавливаются тарифами Компании');
    expect(text('saas')).toContain('тарифными планами Компании');
    expect(text('karpov')).toContain('Цена работ определяется сметой');
    expect(text('belstal')).toContain('определяется калькуляцией');
    expect(text('belstal')).toContain('В закупках цена заявки и предельная цена снижения на торгах утверждаются');
    expect(text('reference')).not.toContain('В закупках');
  });

  test('scope, recording, the special price request and its term are written for the offering, not shared', () => {
    /** A clause's text from «1.2.» to the next clause number, with the CRM's name taken out. */
    const clause = (name: Name, number: string) => {
      const all = text(name).replace(/Битрикс24|amoCRM|Salesforce|\S*CRM\S*/g, 'CRM');
      const start = all.indexOf(` ${number} `);
      expect(start, `${name}: clause ${number}`).toBeGreaterThan(0);
      return all.slice(start + number.length + 2).split(/ \d+\.\d+\. | \d+\. [А-ЯЁ]/u)[0] as string;
    };
    const offerings: Name[] = ['reference', 'services', 'saas', 'karpov', 'belstal'];
    for (const number of ['1.1.', '1.2.', '1.3.', '3.2.', '3.3.', '4.3.', '4.4.']) {
      const texts = offerings.map((name) => clause(name, number));
      expect(new Set(texts).size, `${number}: ${texts.join(' | ')}`).toBe(offerings.length);
    }
    expect(clause('reference', '3.3.')).toContain('указанных товаров');
    expect(clause('saas', '3.3.')).toContain('оплаченный период подписки');
    expect(clause('karpov', '3.3.')).toContain('проекта');
    expect(clause('belstal', '3.2.')).toContain('себестоимость по калькуляции');
    // A wholesaler, a service firm and a maker to order: what is sold, what is chased, what a discount is counted on.
    expect(clause('reference', '1.1.')).toContain('Компания продаёт товары клиентам');
    expect(clause('reference', '1.1.')).toContain('задолженностью клиентов за отгруженные товары');
    expect(clause('services', '1.1.')).toContain('Компания оказывает услуги клиентам');
    expect(clause('belstal', '1.1.')).toContain('изготавливает и продаёт продукцию по заказам клиентов');
    expect(clause('reference', '4.3.')).toContain('по каждой позиции счёта или спецификации');
    expect(clause('services', '4.3.')).toContain('включая скидки в дополнительных соглашениях');
    expect(clause('belstal', '4.3.')).toContain('снижение плановой наценки в калькуляции тоже считается скидкой');
    expect(clause('karpov', '4.4.')).toContain('в смету или технико-коммерческое предложение');
    expect(clause('saas', '4.4.')).toContain('при продлении скидка согласуется заново');
  });

  test('the purpose names the buyers by the sales model and grants no deferral under prepayment only', async () => {
    const purpose = (models: DocumentModel[]): string =>
      models
        .find((m) => m.meta.id === 'commercial-policy')
        ?.children.filter((b) => b.type === 'paragraph' && b.id === 'commercial-policy.general.purpose')
        .flatMap(blockText)
        .join(' ') ?? '';
    const b2c = await fixturePack('tehnosnab.yaml', (p) => ({ ...p, company: { ...p.company, salesModel: 'b2c' } }));
    expect(purpose(b2c.models)).toContain('Компания продаёт товары частным покупателям,');
    const dealers = await fixturePack('belstal-by.yaml', (p) => ({ ...p, company: { ...p.company, salesModel: 'b2b2c' } }));
    expect(purpose(dealers.models)).toContain('по заказам дилеров и партнёров, продающих конечным покупателям,');
    expect(text('reference')).toContain('предоставляет скидки, особые цены и отсрочку платежа, как работники');
    expect(text('prepaid')).toContain('предоставляет скидки и особые цены, как работники');
  });
});

describe('the bonus base', () => {
  test('the offering’s pay basis, revenue net of discounts, margin pay hit twice', () => {
    const services = text('services');
    expect(services).toContain('Выручка учитывается при расчёте переменной части по оплаченным актам оказанных услуг');
    expect(services).toContain('за вычетом предоставленных скидок и особых цен');
    // logiline pays on gross profit: a discount lowers the bonus through the margin too.
    expect(services).toContain('снижает премию дважды');
    expect(text('karpov')).toContain('полученный аванс без принятого этапа выручкой для расчёта премии не считается');
  });
});

describe('references by title', () => {
  test('job descriptions set the limits by the Коммерческая политика when the pack has it', () => {
    expect(text('reference', 'job-description-manager')).toContain(
      'Предоставлять клиентам скидки и отсрочку платежа в пределах полномочий, установленных Коммерческой политикой Компании.',
    );
    expect(text('reference', 'job-description-rop')).toContain('Коммерческой политикой Компании');
  });

  test('without it they do not name it, and a mention left in a text is caught', async () => {
    const pack = await fixturePack('tehnosnab.yaml', (p) => ({
      ...p,
      documents: { ...p.documents, include: DOCUMENT_IDS.filter((id) => id !== 'commercial-policy') },
    }));
    expect(errors(findingsOf('references', pack))).toEqual([]);
    const manager = pack.models.find((m) => m.meta.id === 'job-description-manager');
    expect(JSON.stringify(manager)).toContain('установленных Компанией');
    expect(JSON.stringify(manager)).not.toMatch(/Коммерческ\p{L}* политик/u);
    setClause(pack.models, 'lead-regulation.general.purpose', 'Скидки — по Коммерческой политике.');
    const found = errors(findingsOf('references', pack));
    expect(found.map((f) => f.where[0]?.clause)).toEqual(['lead-regulation.general.purpose']);
    expect(found[0]?.message).toContain('Коммерческая политика');
  });
});

describe('prepayment only', () => {
  test('no deferral, no credit limits, overdue counted from the payment term; nobody gives more than the director', () => {
    const t = text('prepaid');
    expect(t).toContain('Условие оплаты — предоплата; отсрочка платежа не предоставляется.');
    expect(t).not.toContain('Кредитные лимиты');
    expect(t).not.toContain('кредитный лимит клиента обнуляется');
    expect(t).not.toContain('При согласованной отсрочке');
    expect(t).toContain('Задолженность считается просроченной со дня, следующего за последним днём срока оплаты по договору или счёту.');
    expect(rows('prepaid', 'Должность')).toEqual([['Генеральный директор', `до ${formatPercent(3)}`, 'не предоставляется']]);
  });
});
