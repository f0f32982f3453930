/**
 * «Приказ о введении в действие»: the reference (a company with a head of sales who acquaints the
 * staff), karpov-ip.yaml (an entrepreneur's own order, no approval date), a reference narrowed
 * by `documents.include`, and a made-up document added to the registry's documents: the order
 * lists exactly what the pack holds, in its order, with the dates the documents state.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Pack } from '../../core/pack/generate.ts';
import type { DocumentModel } from '../../core/model/types.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { generatePack } from '../../core/pack/generate.ts';
import { compileTemplateSource } from '../../core/templating/precompile.ts';
import { checkReferences, DOCUMENT_MENTIONS } from '../../core/consistency/references.ts';
import { formatDateLong } from '../../core/text/format.ts';
import { initialsAndSurname, joinAnd } from '../../core/text/names.ts';
import { loadFontSet } from '../../node/fonts.ts';
import { variant } from '../../../tests/math/profiles.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { fixtureProfile } from '../../../tests/support/packs.ts';
import { packSet } from '../../../tests/support/pack-set.ts';
import { docxText, pdfText, readDocx, squash } from '../../../tests/support/readers.ts';
import { TIMESTAMP } from '../../../tests/support/timestamp.ts';
import madeUp from '../../../fixtures/documents/key-client-list/index.ts';
import { DOCUMENT_METAS, loadDefinitions } from '../registry.ts';
import { buildCommonView } from '../shared/common.ts';

const packs = packSet('order');
const build = (name: string, profile: Profile) => packs.build(name, profile, ['pdf', 'docx', 'html']);
const get = (name: string) => packs.get(name);
const pdf = (name: string) => squash(pdfText(path.join(get(name).dir, 'order.pdf')));
const docx = (name: string) => squash(docxText(path.join(get(name).dir, 'order.docx')));
const html = (name: string) => squash(readFileSync(path.join(get(name).dir, 'order.html'), 'utf8').replace(/<[^>]+>/g, ' '));

/** What the order must list for a pack: each approved document's title, or its kind with the positions for several. */
function expectedRows(pack: Pack, profile: Profile): string[] {
  const common = buildCommonView(profile);
  const approved = (m: DocumentModel) => m.children.some((b) => b.type === 'approval');
  return DOCUMENT_METAS.flatMap((meta) => {
    const models = pack.models.filter((m) => approved(m) && (m.meta.id === meta.id || m.meta.id === `${meta.id}-${m.meta.positionId}`));
    if (models.length === 0) return [];
    if (models.length === 1) return [(models[0] as DocumentModel).meta.title];
    return [
      `${meta.name}: ${joinAnd(models.map((m) => common.positions.find((p) => p.id === m.meta.positionId)?.title.lc.gen as string))}`,
    ];
  });
}

/** The rows of the DOCX's table of documents, as python-docx reads them: number, document, date. */
function docxRows(name: string): string[][] {
  const docx = readDocx(path.join(get(name).dir, 'order.docx'));
  const table = docx.tables.find((t) => t.rows[0]?.cells[1] === 'Документ');
  return (table?.rows.slice(1) ?? []).map((r) => r.cells.map(squash));
}

beforeAll(async () => {
  await build('reference', fixtureProfile('tehnosnab.yaml'));
  await build('karpov', fixtureProfile('karpov-ip.yaml'));
  const karpov = fixtureProfile('karpov-ip.yaml');
  await build('karpov-dated', { ...karpov, documents: { ...karpov.documents, approvalDate: '2026-12-15' } });
  await build(
    'narrow',
    variant((raw) => {
      (raw as unknown as { documents: Record<string, unknown> }).documents['include'] = [
        'order',
        'charter',
        'job-description',
        'sales-plan',
        'kpi-card',
      ];
    }),
  );
}, 240_000);
afterAll(() => packs.remove());

describe('reference: a company with a head of sales', () => {
  test('stands first among the acts of the pack (after the owner’s note), with no approval block and no acknowledgement sheet', () => {
    const { pack } = get('reference');
    expect(pack.manifest.documents.map((d) => d.id).filter((id) => id !== 'owner-summary')[0]).toBe('order');
    const model = pack.models.find((m) => m.meta.id === 'order') as DocumentModel;
    expect(model.children.some((b) => b.type === 'approval')).toBe(false);
    for (const text of [pdf('reference'), docx('reference'), html('reference')]) {
      expect(text).not.toMatch(LEAKS);
      expect(text).not.toContain('УТВЕРЖДАЮ');
      expect(text).not.toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
      expect(text).toContain('ПРИКАЗ');
      expect(text).toContain('ПРИКАЗЫВАЮ');
    }
  });

  test('lists every approved document of the pack, in the pack’s order, and nothing else', () => {
    const { pack, profile } = get('reference');
    const rows = expectedRows(pack, profile);
    // The reference includes every document: at least the nine of the first pack are approved ones.
    expect(rows.length).toBeGreaterThanOrEqual(9);
    expect(docxRows('reference').map((r) => r[1])).toEqual(rows.map(squash));
    expect(docxRows('reference').map((r) => r[0])).toEqual(rows.map((_, i) => String(i + 1)));
    const text = pdf('reference');
    for (const row of rows.filter((r) => r.length < 50)) expect(text).toContain(squash(row));
    expect(text).toContain('Должностные инструкции: руководителя отдела продаж');
    expect(text).toContain('Карты KPI: руководителя отдела продаж');
    // The addenda are concluded, not put into force: they are no row of the table.
    expect(rows.join('\n')).not.toContain('оглашени');
  });

  test('dates: on approval, the KPI cards and the plan with the plan year; the addenda before the first pay month', () => {
    const { profile } = get('reference');
    const approval = formatDateLong(profile.documents.approvalDate as string);
    // Approved on 15 January 2027, within the plan year: the cards and the plan start with the approval too.
    expect(docxRows('reference').map((r) => r[2])).toEqual(docxRows('reference').map(() => squash(approval)));
    for (const text of [pdf('reference'), docx('reference')]) {
      expect(text).toContain(squash(approval));
      // Monthly bonuses, approved mid-January: the motivation applies from the first month begun after it.
      expect(text).toContain('до 1 февраля 2027 г.');
      expect(text).not.toContain('со дня издания приказа');
    }
  });

  test('names the head who acquaints the staff, the director who signs and keeps control', () => {
    const { profile } = get('reference');
    const head = profile.department.positions.find((p) => p.role === 'head-of-sales');
    const name = initialsAndSurname(head?.employees?.[0] as string);
    for (const text of [pdf('reference'), docx('reference')]) {
      expect(squash(text)).toContain(squash(`ответственный — Руководитель отдела продаж ${name}`));
      expect(text).toContain('Контроль за исполнением настоящего приказа оставляю за собой');
      expect(text).toContain(profile.company.director.position);
      expect(squash(text)).toContain(squash(initialsAndSurname(profile.company.director.fullName as string)));
      expect(text).toContain('С приказом ознакомлен(а)');
      expect(text).toContain('статьями 22 и 68 Трудового кодекса Российской Федерации');
      expect(text).toContain('дополнительные соглашения к трудовым договорам');
      expect(text).toContain('по Положению о мотивации работников отдела продаж');
    }
  });
});

describe('karpov-ip: an entrepreneur’s own order', () => {
  test('issued and signed by the entrepreneur, who acquaints the staff himself', () => {
    const { profile } = get('karpov');
    for (const text of [pdf('karpov'), docx('karpov')]) {
      expect(text).toContain('Индивидуальный предприниматель Карпов Игорь Сергеевич');
      expect(squash(text)).toContain(
        squash(`Индивидуальный предприниматель ________________ ${initialsAndSurname(profile.company.director.fullName as string)}`),
      );
      expect(text).not.toContain('ответственный —');
      expect(text).not.toContain('С приказом ознакомлен');
      expect(text).not.toContain('Общество');
      // One seller: one agreement, in the singular.
      expect(text).toContain('с работником, занимающим должность менеджера по продажам, дополнительное соглашение к трудовому договору');
    }
  });

  test('no approval date: a blank date; documents from the order’s day, the card and the plan from 1 January', () => {
    const rows = docxRows('karpov');
    expect(rows.find((r) => r[1] === 'Положение об отделе продаж')?.[2]).toBe('со дня издания приказа');
    expect(rows.find((r) => r[1] === 'Карта KPI: Менеджер по продажам')?.[2]).toBe('1 января 2027 г.');
    expect(rows.find((r) => r[1] === 'План продаж на 2027 год')?.[2]).toBe('1 января 2027 г.');
    for (const text of [pdf('karpov'), docx('karpov')]) {
      expect(text).toContain('«____» _______________ 20____ г.');
      expect(text).toContain('до начала первого отчётного периода');
    }
  });

  test('dated: the addenda clause ends with the date’s «г.», not «г..» (the pack would be refused)', () => {
    for (const text of [pdf('karpov-dated'), docx('karpov-dated')]) {
      expect(text).toMatch(/до 1.января.2027.г\.(?!\.)/u);
      expect(text).not.toContain('г..');
    }
  });
});

describe('documents.include', () => {
  test('the order lists only the included documents and asks for no addenda the pack leaves out', () => {
    const { pack } = get('narrow');
    // In the order the list gives: the plan before the cards.
    expect(pack.manifest.documents.map((d) => d.id.replace(/-(rop|manager|account|lead)$/, ''))).toEqual([
      'order',
      'charter',
      'job-description',
      'job-description',
      'job-description',
      'job-description',
      'sales-plan',
      'kpi-card',
      'kpi-card',
      'kpi-card',
      'kpi-card',
    ]);
    for (const text of [pdf('narrow'), docx('narrow')]) {
      expect(text).not.toContain('Положение о мотивации');
      expect(text).not.toContain('Регламент');
      expect(text).not.toContain('Дорожная карта');
      expect(text).not.toContain('соглашени');
      expect(text).toContain('План продаж на 2027 год');
    }
  });

  test('a mention of the order or of an addendum the pack leaves out is caught', () => {
    const { pack, profile } = get('narrow');
    expect(DOCUMENT_MENTIONS.order.test('Приказ о введении в действие документов отдела продаж')).toBe(true);
    expect(DOCUMENT_MENTIONS['contract-addendum'].test('Дополнительное соглашение к трудовому договору с менеджером')).toBe(true);
    const charter = pack.models.find((m) => m.meta.id === 'charter') as DocumentModel;
    const stray: DocumentModel = {
      ...charter,
      children: [
        ...charter.children,
        { type: 'paragraph', children: [{ text: 'Условия закреплены в Дополнительном соглашении к трудовому договору.' }] },
      ],
    };
    const findings = checkReferences({ profile, models: [stray] });
    expect(findings.map((f) => f.message).join('\n')).toContain('Дополнительные соглашения к трудовым договорам');
  });
});

test('a document added to the registry later appears in the order by itself', async () => {
  const profile = fixtureProfile('tehnosnab.yaml');
  const template = compileTemplateSource(
    readFileSync(new URL('../../../fixtures/documents/key-client-list/key-client-list.md.hbs', import.meta.url), 'utf8'),
  );
  const definitions = await loadDefinitions();
  const pack = await generatePack(profile, [], {
    formats: [],
    fonts: await loadFontSet(profile.documents.font),
    timestamp: TIMESTAMP,
    documents: [...definitions, madeUp],
    templates: { 'key-client-list': template },
  });
  const order = pack.models.find((m) => m.meta.id === 'order') as DocumentModel;
  const title = (pack.models.find((m) => m.meta.id === 'key-client-list') as DocumentModel).meta.title;
  const table = order.children.find((b) => b.type === 'table' && b.id === 'order.documents');
  const rows = table?.type === 'table' ? table.rows : [];
  const cells = rows.map((r) => r.cells.map((c) => c.children.map((p) => p.children.map((x) => x.text).join('')).join('')));
  expect(cells.at(-1)?.[1]).toBe(title);
});

test('opkit clauses order lists the documents table of the whole pack, not an empty one', () => {
  const bin = fileURLToPath(new URL('../../../bin/opkit.js', import.meta.url));
  const profile = fileURLToPath(new URL('../../../content/profiles/tehnosnab.yaml', import.meta.url));
  const r = spawnSync(process.execPath, [bin, 'clauses', 'order', '--profile', profile], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('order.documents');
  expect(r.stdout).toContain('Ввести в действие следующие документы Отдела');
  expect(r.stdout).not.toContain('по мере их утверждения');
});
