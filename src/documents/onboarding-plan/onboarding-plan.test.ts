/**
 * «План адаптации» read back per position: the newcomer's revenue plan by month of work equals the
 * math (rampUpRevenuePlan) in the PDF and the DOCX; the stages speak of the business (goods in the
 * reference, projects at the entrepreneur karpov-ip, subscription at cloudtrack-saas, production in
 * Belarus with a six-month probation); the probation review follows the country's law; the job
 * description sends the newcomer to the plan, and not when the pack leaves it out.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rampUpRevenuePlan } from '../../core/math/ramp-up.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { formatMoney, formatPercent } from '../../core/text/format.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { fixtureProfile, profileFromFile } from '../../../tests/support/packs.ts';
import { packSet } from '../../../tests/support/pack-set.ts';
import { profilePath } from '../../../tests/support/profiles.ts';
import { REFERENCE_PROFILE } from '../../../tests/support/reference.ts';
import { docxText, libreOfficeToPdf, pdfText, readDocx, removeDir, squash, tempDir } from '../../../tests/support/readers.ts';
import { DOCUMENT_IDS } from '../registry.ts';

const packs = packSet('onboarding-plan');
const build = (name: string, profile: Profile, formats: Array<'pdf' | 'docx'> = ['pdf', 'docx']) => packs.build(name, profile, formats);
const file = (name: string, doc: string, ext: string) => packs.file(name, doc, ext);
const text = (name: string, doc: string) => squash(pdfText(file(name, doc, 'pdf')));
// A v2 fixture with one position's probation changed.
const withProbation = (fixture: string, positionLine: string, months: number) =>
  profileFromFile(profilePath(fixture), (t) => t.replace(positionLine, `${positionLine}\n      probationMonths: ${months}`));

beforeAll(async () => {
  await build('reference', profileFromFile(REFERENCE_PROFILE));
  await build('karpov', fixtureProfile('karpov-ip.yaml'), ['pdf']);
  await build('cloudtrack', fixtureProfile('cloudtrack-saas.yaml'), ['pdf']);
  await build('belstal', fixtureProfile('belstal-by.yaml'), ['pdf']);
  await build('short-probation', withProbation('cloudtrack-saas.yaml', '    - id: manager', 1), ['pdf']);
  await build('no-probation', withProbation('cloudtrack-saas.yaml', '    - id: manager', 0), ['pdf']);
  await build(
    'without-plan',
    profileFromFile(REFERENCE_PROFILE, (t) =>
      t.replace('  approvalDate:', `  include: [${DOCUMENT_IDS.filter((id) => id !== 'onboarding-plan').join(', ')}]\n  approvalDate:`),
    ),
    ['pdf'],
  );
}, 240_000);
afterAll(() => packs.remove());

describe('the reference: a plan per position', () => {
  test('every position of the department gets its plan', () => {
    const reference = packs.profile('reference');
    for (const p of reference.department.positions) expect(text('reference', `onboarding-plan-${p.id}`)).toContain('ПЛАН адаптации');
  });

  test("the manager's revenue plan by month of work is the math's, in the PDF and in the DOCX", () => {
    const reference = packs.profile('reference');
    const months = rampUpRevenuePlan(reference, 'manager');
    expect(months).not.toBeNull();
    const pdf = text('reference', 'onboarding-plan-manager');
    const docx = squash(docxText(file('reference', 'onboarding-plan-manager', 'docx')));
    for (const m of months ?? []) {
      const money = squash(formatMoney(m.plan, reference.currency));
      const share = squash(formatPercent(m.sharePct, 0));
      // The stage that month falls in states the same figure as the table.
      expect(pdf.toLowerCase()).toContain(`план выручки ${m.month}-го месяца работы — ${share} личного плана, ${money} в средний месяц`);
      expect(docx).toContain(`${m.month}-й ${share} ${money}`);
    }
    expect(pdf).toContain('в первый месяц работы — 50 % личного плана, во второй — 80 %, с третьего месяца — полный план');
  });

  test('stages in goods words, the mentor, the probation under Russian law', () => {
    const t = text('reference', 'onboarding-plan-manager');
    for (const stage of ['Этап 1. Первые 30 дней', 'Этап 2. С 31-го по 60-й день', 'Этап 3. С 61-го по 90-й день'])
      expect(t).toContain(stage);
    expect(t).not.toContain('Этап 4');
    expect(t).toContain('ассортимент и прайс-лист');
    expect(t).toContain('свой предел скидки без согласования — 5 %');
    expect(t).toContain('Наставника назначает Руководитель отдела продаж из опытных работников той же должности');
    expect(t).toContain('Испытательный срок — 3 месяца');
    expect(t).toContain('статья 71 Трудового кодекса Российской Федерации');
    expect(t).toContain('ЛИСТ ОЦЕНКИ ИСПЫТАНИЯ');
    expect(t).not.toMatch(LEAKS);
  });

  test('the head of sales has no revenue ramp-up and is mentored by the director', () => {
    const t = text('reference', 'onboarding-plan-rop');
    expect(t).not.toContain('План выручки на период ввода');
    expect(t).toContain('Наставником нового работника является Генеральный директор');
    expect(t).toContain('перечень первых изменений');
  });

  test('python-docx reads the stage tables and the evaluation sheet with empty cells to fill', () => {
    const { tables } = readDocx(file('reference', 'onboarding-plan-manager', 'docx'));
    const stages = tables.filter((t) => t.rows[0]?.cells[0]?.startsWith('Этап'));
    expect(stages).toHaveLength(3);
    for (const s of stages) {
      expect(s.rows.map((r) => r.cells[0])).toEqual([expect.stringMatching(/^Этап/), 'Изучает', 'Делает', 'Чем измеряется']);
      expect(s.rows.slice(1).every((r) => r.cells[2] === '')).toBe(true);
    }
    const sheet = tables.find((t) => t.rows[0]?.cells.includes('Критерий'));
    expect(sheet?.rows.slice(1).every((r) => r.cells.slice(2).every((c) => c === ''))).toBe(true);
    expect(sheet?.rows.map((r) => r.cells[1]).join(' ')).toContain('План выручки 2-го месяца работы');
  });

  test('LibreOffice opens the DOCX', () => {
    const out = tempDir('onboarding-lo');
    try {
      const [pdf] = libreOfficeToPdf([file('reference', 'onboarding-plan-manager', 'docx')], out);
      const t = squash(pdfText(pdf as string));
      expect(t).toContain('Чем измеряется');
      expect(t).toContain('ЛИСТ ОЦЕНКИ ИСПЫТАНИЯ');
    } finally {
      removeDir(out);
    }
  }, 180_000);

  test('the job description sends the newcomer to the plan, and says nothing of it when the pack has none', () => {
    expect(text('reference', 'job-description-manager')).toContain(
      'проходит адаптацию по Плану адаптации менеджера по продажам; выполнение плана учитывается при оценке результата испытания (испытательный срок при приёме на должность — 3 месяца)',
    );
    expect(text('without-plan', 'job-description-manager')).not.toMatch(/адаптаци/);
  });
});

describe('other businesses and countries', () => {
  test('karpov-ip: projects, the entrepreneur is the mentor and decides', () => {
    const t = text('karpov', 'onboarding-plan-manager');
    expect(t).toContain('Наставником нового работника является Работодатель');
    expect(t).toMatch(/[Вв]ыезжает на обследования объектов/);
    expect(t).toContain('первые проекты — от обследования объекта и сметы до договора и аванса');
    expect(t).toContain('защищает личный план у Работодателя');
    expect(t).not.toContain('ассортимент');
    expect(t).not.toMatch(/CRM/);
  });

  test('cloudtrack: subscription words; the lead generator plans in shares, not money', () => {
    const t = text('cloudtrack', 'onboarding-plan-manager');
    expect(t).toContain('сценарий демонстрации');
    expect(t).toContain('первые подписки');
    const sdr = text('cloudtrack', 'onboarding-plan-sdr');
    expect(sdr).toContain('квалифицирует обращения и назначает демонстрации');
    expect(sdr).not.toContain('План выручки на период ввода');
    expect(sdr).toContain('Личные показатели нового работника планируются в долях от полного плана');
  });

  test('belstal (BY): a six-month probation adds a fourth stage; no article numbers', () => {
    const t = text('belstal', 'onboarding-plan-rop');
    expect(t).toContain('Этап 4. С 4-го по 6-й месяц (до окончания испытательного срока)');
    expect(t).toContain('Испытательный срок — 6 месяцев');
    expect(t).toContain('в порядке и сроки, установленные Трудовым кодексом Республики Беларусь');
    expect(t).not.toMatch(/стать[яи] \d/);
    expect(t).toContain('номенклатуру продукции');
  });

  test('a one-month probation is reviewed after the first month; none at all gives an adaptation review', () => {
    const short = text('short-probation', 'onboarding-plan-manager');
    expect(short).toContain('Испытательный срок — 1 месяц');
    expect(short).toContain('итоговая встреча по испытанию проводится по итогам первого месяца');
    const none = text('no-probation', 'onboarding-plan-manager');
    expect(none).toContain('Испытательный срок при приёме на должность не устанавливается');
    expect(none).toContain('ЛИСТ ОЦЕНКИ АДАПТАЦИИ');
    expect(none).not.toContain('статья 71');
    expect(text('no-probation', 'job-description-manager')).not.toContain('испытательный срок при приёме');
  });
});
