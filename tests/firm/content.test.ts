/**
 * The consultant's layer, content part (docs/templates.md, «Папка консалтинговой фирмы»): the
 * fixture firm (tests/fixtures/firm) builds packs for three profiles through the real command;
 * the overridden clauses, the firm's own role, KPI and document type are read back from the PDF
 * (pdftotext) and the DOCX (python-docx); the text nothing overrides is the same as without the
 * firm; and a bad override stops its client only, with its file and line.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { opkit, ROOT } from '../support/opkit-process.ts';
import { packFile } from '../support/manifest.ts';
import { docxText, pdfText, removeDir, squash, tempDir } from '../support/readers.ts';

const FIRM = path.join(ROOT, 'tests/fixtures/firm');
const CLIENT = path.join(FIRM, 'clients/vektor-firm.yaml');
const OTHERS = ['logiline-services', 'karpov-ip'].map((name) => path.join(ROOT, 'fixtures/profiles', `${name}.yaml`));
const FIRM_CLAUSE = 'Положение разработано по методике ООО «Консалт Про»';
const CLIENT_CLAUSE = 'по сезонам закупок пищевых производств';

let dir: string;
let out: string;
let plain: string;
let run: ReturnType<typeof opkit>;

/** A document's text as a reader sees it: from the PDF and from the DOCX, whitespace squashed. */
const read = (pack: string, id: string) => ({
  pdf: squash(pdfText(packFile(path.join(out, pack), id, 'pdf'))),
  docx: squash(docxText(packFile(path.join(out, pack), id, 'docx'))),
  html: squash(readFileSync(packFile(path.join(out, pack), id, 'html'), 'utf8')),
});

beforeAll(() => {
  dir = tempDir('firm-content');
  out = path.join(dir, 'packs');
  plain = path.join(dir, 'plain');
  run = opkit(['generate', '--firm', FIRM, CLIENT, ...OTHERS, '--out', out]);
  opkit(['generate', OTHERS[0] as string, '--out', plain, '--format', 'pdf,docx']);
}, 240_000);

afterAll(() => removeDir(dir));

describe('the fixture firm builds three clients', () => {
  test('every client is built', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  test.each(['vektor-firm', 'logiline-services', 'karpov-ip'])(
    '%s: the firm-wide clause is 1.2. of the charter, the rest moves down',
    (pack) => {
      const { pdf, docx } = read(pack, 'charter');
      expect(pdf).toContain(`1.2. ${FIRM_CLAUSE}`);
      expect(docx).toContain(FIRM_CLAUSE);
      // The clause that was 1.2. is now 1.3.: numbering runs on after the added one.
      expect(pdf).toMatch(/1\.3\. \S/);
      expect(pdf.indexOf('1.1. Настоящее Положение')).toBeLessThan(pdf.indexOf('1.2. Положение разработано'));
    },
  );

  test("the client's override rewords its charter only", () => {
    const own = read('vektor-firm', 'charter');
    expect(own.pdf).toContain(
      `4.1. Планирование продаж: разработка годового плана продаж Отдела ${CLIENT_CLAUSE} — клиентов ООО «Вектор» —`,
    );
    expect(own.docx).toContain(CLIENT_CLAUSE);
    expect(own.pdf).not.toContain('распределение по кварталам, месяцам, должностям');
    const other = read('logiline-services', 'charter');
    expect(other.pdf).not.toContain(CLIENT_CLAUSE);
    expect(other.pdf).toContain('4.1. Планирование продаж:');
  });

  test('what nothing overrides reads as without the firm', () => {
    const manifest = JSON.parse(readFileSync(path.join(plain, 'manifest.json'), 'utf8')) as { documents: Array<{ id: string }> };
    const differ = manifest.documents
      .map((d) => d.id)
      // The DOCX body: the firm's branding (header, footer, font) leaves it alone, as tests/firm/brand.test.ts holds.
      .filter(
        (id) =>
          squash(docxText(packFile(plain, id, 'docx'))) !== squash(docxText(packFile(path.join(out, 'logiline-services'), id, 'docx'))),
      );
    // The charter has the firm's clause; the order and the owner's summary list the firm's own document.
    expect(differ.sort()).toEqual(['charter', 'order', 'owner-summary']);
    const before = squash(docxText(packFile(plain, 'charter', 'docx')));
    const after = read('logiline-services', 'charter').docx;
    // Past the added clause the charter's own text follows unchanged (numbers of section 1 aside).
    const tail = (text: string) => text.slice(text.indexOf('2. Структура и численность'));
    expect(tail(after)).toBe(tail(before));
  });

  test("the firm's own role has its job description with the firm's texts, in every format", () => {
    for (const text of Object.values(read('vektor-firm', 'job-description-care'))) {
      expect(text).toContain('Проводит с каждым новым клиентом вводный звонок');
      expect(text).toContain('удерживает действующих клиентов и увеличивает их закупки');
      expect(text).toContain('порядок работы с жалобами клиентов');
    }
  });

  test("the firm's own KPI is on the KPI card with its formula, in every format", () => {
    for (const text of Object.values(read('vektor-firm', 'kpi-card-care'))) {
      expect(text).toContain('Индекс готовности рекомендовать (NPS)');
      expect(text).toContain('минус доля клиентов, поставивших оценку 0–6');
    }
  });

  test.each(['vektor-firm', 'logiline-services', 'karpov-ip'])(
    "%s: the firm's own document type is in every format, after the charter",
    (pack) => {
      for (const text of Object.values(read(pack, 'code-of-conduct'))) {
        expect(text).toContain('КОДЕКС');
        expect(text).toContain('Работник не принимает от клиентов подарки');
      }
      const manifest = JSON.parse(readFileSync(path.join(out, pack, 'manifest.json'), 'utf8')) as { documents: Array<{ id: string }> };
      const ids = manifest.documents.map((d) => d.id);
      expect(ids.indexOf('code-of-conduct')).toBe(ids.indexOf('charter') + 1);
      expect(squash(pdfText(packFile(path.join(out, pack), 'order', 'pdf')))).toContain('Кодекс деловой этики работников отдела продаж');
    },
  );
});

describe('bad overrides', () => {
  let bad: string;
  let lines: Record<string, number>;
  let result: ReturnType<typeof opkit>;
  const client = readFileSync(CLIENT, 'utf8');
  const cases = {
    'unknown-id': '    - remove: charter.functions.planing\n',
    'template-error': '    - replace: charter.functions.acquisition\n      text: |\n        Привлечение клиентов {{#if crm}}в {{crm}}.\n',
    'missing-field':
      '    - after: charter.functions.acquisition\n      text: |\n        1. {#extra} Работа с клиентами {{org.nonexistent}}.\n',
  };

  beforeAll(() => {
    bad = tempDir('firm-bad');
    lines = {};
    for (const [name, entry] of Object.entries(cases)) {
      const text = `${client}${entry}`;
      writeFileSync(path.join(bad, `${name}.yaml`), text);
      lines[name] = client.split('\n').length;
    }
    result = opkit(
      [
        'generate',
        '--firm',
        FIRM,
        ...Object.keys(cases).map((n) => path.join(bad, `${n}.yaml`)),
        OTHERS[0] as string,
        '--out',
        path.join(bad, 'out'),
      ],
      bad,
    );
  }, 120_000);

  afterAll(() => removeDir(bad));

  test('each is a Russian message with the profile file and line, exit 1', () => {
    expect(result.code).toBe(1);
    const n = (name: string) => lines[name] as number;
    expect(result.stderr).toContain(
      `unknown-id.yaml:${n('unknown-id')}: удаление «charter.functions.planing»: в документе «charter» этого клиента нет такого раздела, пункта или таблицы (возможно, имелся в виду «charter.functions.planning»)`,
    );
    // The block opened on the text's first line is still open where the text ends.
    expect(result.stderr).toContain(`template-error.yaml:${n('template-error') + 3}: ошибка в шаблоне: текст обрывается — не закрыт блок`);
    expect(result.stderr).toContain(
      `missing-field.yaml:${n('missing-field') + 2}: добавление после «charter.functions.acquisition»: переменная «nonexistent» не определена`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('nothing is written for those clients, the others still build', () => {
    for (const name of Object.keys(cases)) expect(existsSync(path.join(bad, 'out', name))).toBe(false);
    expect(existsSync(path.join(bad, 'out', 'logiline-services', 'manifest.json'))).toBe(true);
  });

  test("a bad override in the firm's file stops the run before anything is written", () => {
    const firm = path.join(bad, 'firm');
    // A copy of the fixture firm with one more override in its file.
    cpSync(FIRM, firm, { recursive: true });
    const overrides = `${readFileSync(path.join(FIRM, 'overrides.yaml'), 'utf8')}  - replace: job-description.dutie.plan-split\n    text: Распределяет план.\n`;
    writeFileSync(path.join(firm, 'overrides.yaml'), overrides);
    const line = overrides.split('\n').length - 2;
    const r = opkit(['generate', '--firm', firm, OTHERS[0] as string, '--out', path.join(bad, 'firm-out')], bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `  ошибка: firm/overrides.yaml:${line}: в документе «job-description» нет раздела, пункта или таблицы «job-description.dutie.plan-split»`,
    );
    expect(existsSync(path.join(bad, 'firm-out'))).toBe(false);
  });
});

describe('validate --firm', () => {
  test("the firm's own role and KPI are valid names with the firm, unknown without it", () => {
    const withFirm = opkit(['validate', '--firm', FIRM, CLIENT]);
    expect(withFirm.code).toBe(0);
    const without = opkit(['validate', CLIENT]);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('недопустимое значение "customer-success"');
  });
});
