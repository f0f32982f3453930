/**
 * A pack reads as written for its country and legal form: read back from the PDFs as a reader
 * gets them. A Kazakh company's pack names its own tax id, currency and code and no Russian rule;
 * an entrepreneur's pack calls him «Работодатель» after defining him once, sends nothing from him
 * to himself and invents no services; a CRM whose name already says «1С:» is not prefixed twice.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureProfile, profileFromFile } from '../support/packs.ts';
import { packSet } from '../support/pack-set.ts';
import { profilePath } from '../support/profiles.ts';
import { modelText } from '../../src/core/model/to-text.ts';
import { JURISDICTIONS } from '../../src/core/law/jurisdictions.ts';
import { pdfText, squash } from '../support/readers.ts';

const built = packSet('opkit-country');
/** File name → the text of the PDF, for each pack. */
const packs = new Map<string, Map<string, string>>();

async function readPack(name: string, file: string): Promise<void> {
  const { dir } = await built.build(name, fixtureProfile(file), ['pdf']);
  const texts = new Map<string, string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.pdf'))) texts.set(f, squash(pdfText(path.join(dir, f))));
  packs.set(name, texts);
}

function texts(name: string): Map<string, string> {
  const pack = packs.get(name);
  if (!pack) throw new Error(`no pack ${name}`);
  return pack;
}

beforeAll(async () => {
  await readPack('kz', 'dala-too-kz.yaml');
  await readPack('ip', 'karpov-ip.yaml');
}, 120_000);

afterAll(() => built.remove());

describe('a Kazakh company', () => {
  test('no Russian tax id, currency or code anywhere in the pack', () => {
    for (const [file, text] of texts('kz')) {
      expect(text, file).not.toMatch(/ИНН|₽|руб|ТК РФ|Трудового кодекса Российской Федерации|Российской Федерации/u);
      // The one exception: the contract addenda cite the pay articles checked against the Kazakh code.
      const rest = squash(text)
        .split(JURISDICTIONS.KZ.articles.payAgreement as string)
        .join('');
      expect(rest, file).not.toMatch(/стать(я|и|е|ей|ями|ёй) \d|ст\. ?\d/u);
      expect(text, file).not.toContain('20 % месячной заработной платы');
    }
  });

  test('its own tax id, tenge in words', () => {
    const crm = texts('kz').get('crm-regulation.pdf') ?? '';
    expect(crm).toContain('БИН (ИИН)');
    expect(texts('kz').get('planning-regulation.pdf')).toContain('разница между фактом и планом, в тенге и в процентах');
  });
});

describe('an entrepreneur with one seller', () => {
  test('defined once per document, then «Работодатель»', () => {
    let total = 0;
    for (const [file, text] of texts('ip')) {
      // The approval block and the one definition; the sales model («компаниям и индивидуальным предпринимателям») aside.
      const count =
        text.replace(/компаниям и индивидуальным предпринимателям/gu, '').match(/индивидуальн\p{L}* предпринимател/giu)?.length ?? 0;
      expect(count, file).toBeLessThanOrEqual(2);
      total += count;
    }
    // Two per document at most: the approval block and the definition.
    expect(total).toBeLessThanOrEqual(2 * texts('ip').size);
    expect(texts('ip').get('charter.pdf')).toContain(
      'индивидуального предпринимателя Карпова И.С. (далее — Работодатель, а его предприятие — Компания)',
    );
    // Every document that says «Работодатель» has defined it first.
    for (const [file, text] of texts('ip')) {
      const use = text.indexOf('Работодател');
      if (use >= 0) expect(text.indexOf('(далее — Работодатель'), file).toBeGreaterThanOrEqual(0);
      if (use >= 0) expect(text.indexOf('(далее — Работодатель'), file).toBeLessThanOrEqual(use + 60);
    }
  });

  test('no structural unit, no services he lacks', () => {
    for (const [file, text] of texts('ip')) {
      expect(text, file).not.toContain('структурн');
      expect(text, file).not.toMatch(/юридическ\p{L}* служб|служб\p{L}* персонала|финансов\p{L}* служб|со складом/u);
    }
    const charter = texts('ip').get('charter.pdf') ?? '';
    expect(charter).toContain('Взаимодействие с Работодателем и бухгалтером');
    expect(charter).not.toContain('Разногласия между Отделом и другими подразделениями');
  });

  test('nothing goes from the employer to himself', () => {
    for (const [file, text] of texts('ip')) {
      expect(text, file).not.toMatch(/Работодател\p{L}* по (обоснованному )?(представлению|предложению) Работодател/u);
      expect(text, file).not.toMatch(/Работодатель, а при несогласии сторон — Работодатель/u);
      expect(text, file).not.toContain('Если разногласие не урегулировано, его рассматривает Работодатель');
      expect(text, file).not.toContain('Контроль за исполнением Регламента осуществляет Работодатель');
      expect(text, file).not.toContain('Контроль за исполнением Дорожной карты осуществляет Работодатель');
      expect(text, file).not.toContain('согласованный с Работодателем');
    }
    expect(texts('ip').get('planning-regulation.pdf')).toContain(
      'Пересмотр плана допускается только приказом Работодателя, в котором указана причина пересмотра.',
    );
  });

  test('the charter: plan targets end with a full stop without a recurring share', () => {
    // karpov-ip has a recurring share: the list ends on it.
    expect(texts('ip').get('charter.pdf')).toContain('доля выручки от действующих клиентов — 50 %. 3.3. Задачи Отдела');
  });
});

describe('the charter of a company with less', () => {
  test('no recurring share: the targets end with a full stop; no KPIs: no header-only table', async () => {
    const profile = profileFromFile(profilePath('karpov-ip.yaml'), (t) =>
      t
        .replace('recurringRevenuePct: 50', 'recurringRevenuePct: 0')
        .replace(/\nkpis:\n(?: .*\n)+/u, '\nkpis: []\n')
        .replace(/\nmotivation:\n(?: .*\n)+/u, '\nmotivation: []\n'),
    );
    const { pack } = await built.build('less', profile, ['html']);
    const charter = pack.models.find((m) => m.meta.id === 'charter');
    if (!charter) throw new Error('no charter');
    const text = modelText(charter);
    expect(text).toMatch(/привлечение 60\sновых заказчиков за год\.\n/u);
    expect(text).not.toContain('доля выручки от действующих клиентов');
    expect(text).toContain(
      'Ключевые показатели эффективности (KPI) должностей Отдела на дату утверждения настоящего Положения не установлены',
    );
    expect(charter.children.some((b) => b.type === 'table' && b.id === 'charter.planning.position-kpi')).toBe(false);
  });
});

describe('a quarterly plan', () => {
  test('the KPI card names its seasonal section by quarters', async () => {
    const { pack } = await built.build('kvadro', fixtureProfile('kvadro-quarterly.yaml'), ['html']);
    const cards = pack.models.filter((m) => m.meta.id.startsWith('kpi-card-')).map(modelText);
    expect(cards.some((t) => t.includes('Плановые значения по кварталам'))).toBe(true);
    for (const text of cards) expect(text).not.toContain('Плановые значения по месяцам');
  });
});

describe('a CRM named «1С:CRM»', () => {
  test('is never prefixed twice', async () => {
    const profile = profileFromFile(profilePath('vektor.yaml'), (t) => t.replace('crm: amoCRM', 'crm: "1С:CRM"'));
    const { pack } = await built.build('onec', profile, ['html']);
    for (const model of pack.models) expect(modelText(model), model.meta.id).not.toContain('1С:1С');
    const planning = pack.models.find((m) => m.meta.id === 'planning-regulation');
    expect(planning && modelText(planning)).toContain('1С:CRM');
  });
});
