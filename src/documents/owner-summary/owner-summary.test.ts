/**
 * «Сводка для собственника» as the owner reads it: first in the pack, its figures equal to the math
 * and to the figures the sales plan and the motivation regulation print, every warning the profile
 * gets (the CLI's list) present with its figures, the roadmap's first steps with their dates, and
 * one or two pages of PDF read back by pdftotext and a DOCX read back by python-docx.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProfileText } from '../../core/check.ts';
import { checkSummary } from '../../core/consistency/summary.ts';
import { passages, tables } from '../../core/consistency/text.ts';
import { payFor, payrollCheck } from '../../core/math/index.ts';
import type { DocumentModel } from '../../core/model/types.ts';
import { buildPackModels } from '../../core/pack/generate.ts';
import type { Issue } from '../../core/profile/issues.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { formatMoney, formatPercent } from '../../core/text/format.ts';
import { writePack } from '../../../tests/support/packs.ts';
import { FIXTURES_DIR, PROFILE_FILES, profilePath } from '../../../tests/support/profiles.ts';
import { docxText, pdfPageCount, pdfText, removeDir, squash, tempDir } from '../../../tests/support/readers.ts';
import { buildRoadmapView } from '../roadmap/view.ts';

const WARNINGS_DIR = path.join(FIXTURES_DIR, 'warnings');
const FILES = [
  ...PROFILE_FILES.map((f) => profilePath(f)),
  ...readdirSync(WARNINGS_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(WARNINGS_DIR, f)),
];

interface Built {
  file: string;
  profile: Profile;
  warnings: Issue[];
  models: DocumentModel[];
}

const text = (model: DocumentModel | undefined): string =>
  model === undefined
    ? ''
    : passages(model)
        .map((p) => p.text.replace(/[\u00a0\u202f]/g, ' '))
        .join('\n');

const built: Built[] = [];
const dir: { path?: string } = {};

beforeAll(async () => {
  for (const file of FILES) {
    const checked = checkProfileText(readFileSync(file, 'utf8'), path.basename(file));
    if (!checked.ok) throw new Error(`${file} is invalid`);
    built.push({
      file,
      profile: checked.profile,
      warnings: checked.warnings,
      models: await buildPackModels(checked.profile, { warnings: checked.warnings }),
    });
  }
  dir.path = tempDir('owner-summary');
});
afterAll(() => removeDir(dir.path));

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the owner summary', () => {
  it.each(FILES.map((f) => [path.basename(f), f]))(
    '%s: first in the pack, its figures are the math and the other documents’',
    (_name, file) => {
      const b = built.find((x) => x.file === file);
      if (b === undefined) throw new Error('not built');
      const { profile, models } = b;
      expect(models[0]?.meta.id).toBe('owner-summary');
      const summary = text(models[0]);
      const money = (v: number) => plain(formatMoney(v, profile.currency));
      const payroll = payrollCheck(profile);
      for (const figure of [
        money(profile.plan.revenue),
        money(payroll.grossMargin),
        money(payroll.annual),
        plain(formatPercent(payroll.shareOfMarginPct, 1)),
        plain(formatPercent(payroll.shareOfRevenuePct, 2)),
      ])
        expect(summary).toContain(figure);
      const motivation = text(models.find((m) => m.meta.id === 'motivation'));
      const salesPlan = text(models.find((m) => m.meta.id === 'sales-plan'));
      // The motivation regulation prints the same payroll and shares; the sales plan the same annual plan.
      if (motivation !== '') {
        expect(motivation).toContain(money(payroll.annual));
        expect(motivation).toContain(plain(formatPercent(payroll.shareOfMarginPct, 1)));
      }
      if (salesPlan !== '') expect(salesPlan).toContain(money(profile.plan.revenue));
      const rows = tables(models[0] as DocumentModel).find((t) => t.id?.endsWith('.pay-levels'))?.rows ?? [];
      for (const position of profile.department.positions) {
        const levels = [80, 100, 120].map((a) => money(payFor(profile, position.id, a).total));
        const row = rows.find((r) => JSON.stringify(r.slice(-3).map(plain)) === JSON.stringify(levels));
        expect(row, `${position.id}: ${levels.join(' / ')}`).toBeDefined();
        // The motivation's payout table shows the same totals at these attainments.
        const paid = profile.motivation.some((m) => m.position === position.id && m.scheme !== 'salary-only');
        if (motivation !== '' && paid) for (const l of levels) expect(motivation, `${position.id} ${l}`).toContain(l);
      }
    },
  );

  it.each(FILES.map((f) => [path.basename(f), f]))('%s: every warning of the profile, with its figures', (_name, file) => {
    const b = built.find((x) => x.file === file);
    if (b === undefined) throw new Error('not built');
    const summary = text(b.models[0]);
    const items = passages(b.models[0] as DocumentModel).filter((p) => p.section === 'owner-summary.warnings');
    if (b.warnings.length === 0) expect(summary).toMatch(/Замечаний к данным нет/);
    else expect(summary).not.toMatch(/Замечаний к данным нет/);
    for (const w of b.warnings) {
      const figures = plain(w.message).match(/\d[\d ]*(?:,\d+)?(?: ₽| %| €| ₸| Br)?/g) ?? [];
      const item = items.find((p) => figures.every((f) => plain(p.text).includes(f.trim())));
      expect(item, `${w.code}: ${w.message}`).toBeDefined();
      // An owner does not read field names.
      expect(item?.text ?? '').not.toMatch(/\b[a-z]+\.[a-z]+[A-Za-z]*\b|period: /);
    }
  });

  it('a summary figure the math or the motivation does not print is a consistency error', () => {
    const b = built.find((x) => x.file.endsWith('tehnosnab.yaml'));
    if (b === undefined) throw new Error('not built');
    expect(checkSummary({ profile: b.profile, models: b.models })).toEqual([]);
    const payroll = plain(formatMoney(payrollCheck(b.profile).annual, b.profile.currency));
    // The same pack with the payroll misprinted in the summary, and with the motivation's payout table gone.
    const tampered = structuredClone(b.models);
    const swap = (model: DocumentModel | undefined, from: RegExp, to: string) => {
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node !== null && typeof node === 'object') {
          const o = node as Record<string, unknown>;
          if (typeof o.text === 'string') o.text = o.text.replace(from, to);
          Object.values(o).forEach(walk);
        }
      };
      walk(model);
    };
    swap(tampered[0], new RegExp(payroll.replace(/ /g, '[\\s\\u00a0]')), '9 999 999 ₽');
    const messages = checkSummary({ profile: b.profile, models: tampered }).map((f) => f.message);
    expect(messages).toEqual([expect.stringContaining('фонд оплаты труда в сводке не совпадает с расчётом')]);
    const noTable = structuredClone(b.models);
    swap(
      noTable.find((m) => m.meta.id === 'motivation'),
      /90[\s\u00a0]000[\s\u00a0]₽/g,
      '—',
    );
    expect(checkSummary({ profile: b.profile, models: noTable }).map((f) => f.message)).toEqual([
      expect.stringMatching(/«Менеджер по продажам».*не найдена в таблице выплат/),
    ]);
  });

  it('names the roadmap’s first three steps with their dates', () => {
    const b = built.find((x) => x.file.endsWith('tehnosnab.yaml'));
    if (b === undefined) throw new Error('not built');
    const summary = text(b.models[0]);
    const steps = buildRoadmapView(b.profile)
      .phases.flatMap((p) => p.rows)
      .slice(0, 3);
    expect(steps).toHaveLength(3);
    for (const s of steps) {
      expect(summary).toContain(plain(s.action));
      expect(plain(s.term)).toMatch(/\d{2}\.\d{2}\.\d{4}/);
      expect(summary).toContain(plain(s.term));
    }
  });

  it('is one or two pages of PDF and the same text in DOCX, without an approval block', async () => {
    for (const name of ['tehnosnab.yaml', 'nordline-eur-40.yaml', 'karpov-ip.yaml']) {
      const b = built.find((x) => x.file.endsWith(name));
      if (b === undefined || dir.path === undefined) throw new Error('not built');
      const { dir: out } = await writePack(dir.path, name, b.profile, ['pdf', 'docx']);
      const pdf = path.join(out, 'owner-summary.pdf');
      expect(pdfPageCount(pdf), name).toBeLessThanOrEqual(2);
      const pdfWords = squash(pdfText(pdf));
      const docxWords = squash(docxText(path.join(out, 'owner-summary.docx')));
      expect(pdfWords).not.toMatch(/УТВЕРЖДАЮ/);
      for (const words of [pdfWords, docxWords]) {
        expect(words).toContain('Сводка'.toUpperCase());
        expect(words).toContain(squash(formatMoney(b.profile.plan.revenue, b.profile.currency)));
        expect(words).toContain(squash(formatMoney(payrollCheck(b.profile).annual, b.profile.currency)));
      }
    }
  }, 120_000);
});
