/**
 * The pack for every fixture profile (an entrepreneur with one seller, a Kazakh ТОО in tenge,
 * a 40-person department with every role, a company without CRM, JSON input): each document
 * is non-empty, has no leaked placeholder or empty heading, and names what it must.
 */
import { PROFILE_FILES, profilePath } from '../support/profiles.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkProfileText } from '../../src/core/check.ts';
import { generatePack, type Pack } from '../../src/core/pack/generate.ts';
import type { DocumentModel } from '../../src/core/model/types.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { docxText, pdfText, removeDir, squash, tempDir } from '../support/readers.ts';
import { blockText } from '../../src/core/model/to-text.ts';
import { LEAKS } from '../support/leaks.ts';
import { JURISDICTIONS } from '../../src/core/law/jurisdictions.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

const files = PROFILE_FILES;

const modelText = (model: DocumentModel) => model.children.flatMap(blockText).join('\n');

interface Built {
  profile: Profile;
  pack: Pack;
  dir: string;
}
const built = new Map<string, Built>();
let root: string;

beforeAll(async () => {
  root = tempDir('fixture-packs');
  for (const file of files) {
    const check = checkProfileText(readFileSync(profilePath(file), 'utf8'), file);
    if (!check.ok) throw new Error(`${file}: ${JSON.stringify(check.errors)}`);
    const fonts = await loadFontSet(check.profile.documents.font);
    const pack = await generatePack(check.profile, check.warnings, { formats: ['docx', 'pdf', 'html'], fonts, timestamp: TIMESTAMP });
    const dir = path.join(root, file.replace(/\.\w+$/, ''));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    for (const f of pack.files) writeFileSync(path.join(dir, f.path), f.bytes);
    built.set(file, { profile: check.profile, pack, dir });
  }
}, 180_000);
afterAll(() => removeDir(root));

describe.each(files)('%s', (file) => {
  test('every document is non-empty and leaks nothing', () => {
    const { pack } = built.get(file) as Built;
    expect(pack.models.length).toBeGreaterThan(0);
    for (const model of pack.models) {
      const text = modelText(model);
      expect(text.length, model.meta.id).toBeGreaterThan(2000);
      expect(text, model.meta.id).not.toMatch(LEAKS);
      const empty = model.children.filter((b) => b.type === 'heading' && b.children.every((r) => r.text.trim() === ''));
      expect(empty, model.meta.id).toEqual([]);
    }
  });

  test('sections never end right after their heading', () => {
    const { pack } = built.get(file) as Built;
    for (const model of pack.models) {
      model.children.forEach((block, i) => {
        if (block.type !== 'heading') return;
        const next = model.children[i + 1];
        expect(next && next.type !== 'heading' && next.type !== 'pageBreak', `${model.meta.id}: «${blockText(block)[0]}»`).toBe(true);
      });
    }
  });

  test('the charter PDF and DOCX name every position and every employee', () => {
    const { profile, dir } = built.get(file) as Built;
    const pdf = squash(pdfText(path.join(dir, 'charter.pdf')));
    const docx = squash(docxText(path.join(dir, 'charter.docx')));
    for (const position of profile.department.positions) {
      expect(pdf, position.title).toContain(squash(position.title));
      expect(docx, position.title).toContain(squash(position.title));
      for (const name of position.employees) expect(pdf, name).toContain(squash(name));
    }
    expect(pdf).not.toMatch(LEAKS);
  });

  test('the acknowledgement sheet has a line for every seat', () => {
    const { profile, pack } = built.get(file) as Built;
    const charter = pack.models.find((m) => m.meta.id === 'charter') as DocumentModel;
    const sheet = charter.children.at(-1);
    const seats = profile.department.positions.reduce((n, p) => n + p.headcount, 0);
    expect(sheet?.type === 'table' && sheet.rows.length - sheet.headerRows).toBe(seats);
  });

  test('legal wording follows the country and invents no article numbers outside Russia', () => {
    const { profile, pack } = built.get(file) as Built;
    const text = pack.models.map(modelText).join('\n');
    // Outside Russia the only articles are the pay-agreement ones checked against the KZ and BY codes.
    const checked = JURISDICTIONS[profile.company.country].articles.payAgreement;
    const rest = checked === null ? text : squash(text).split(checked).join('');
    if (profile.company.country !== 'RU') expect(rest).not.toMatch(/стать(я|и|ей|ями) \d/);
    const law = {
      RU: 'Российской Федерации',
      KZ: 'Республики Казахстан',
      BY: 'Республики Беларусь',
      UA: 'Украины',
      other: 'страны регистрации',
    }[profile.company.country];
    expect(text).toContain(law);
  });

  test('a company without CRM is not told about one', () => {
    const { profile, pack } = built.get(file) as Built;
    const text = pack.models.map(modelText).join('\n');
    if (profile.processes.crm === null) expect(text).not.toMatch(/\bв CRM\b|Регламент работы в/);
    else expect(text).toContain(profile.processes.crm);
  });
});
