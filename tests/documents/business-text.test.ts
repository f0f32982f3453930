/**
 * Packs written for the business, as a consultant reading packs of different companies would check:
 * the charter and the planning regulation of companies that sell differently do not share most of
 * their sentences, each offering's charter speaks its own vocabulary (read back from the PDF), and a
 * team lead's duties are not a copy of the head of sales'.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { companyChannels } from '../../src/core/business/units.ts';
import { buildPackModels } from '../../src/core/pack/generate.ts';
import type { DocumentModel, Paragraph } from '../../src/core/model/types.ts';
import { modelText } from '../../src/core/model/to-text.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { fixtureProfile, writePack } from '../support/packs.ts';
import { overlap, sentences } from '../support/overlap.ts';
import { PROFILE_FILES } from '../support/profiles.ts';
import { pdfText, removeDir, squash, tempDir } from '../support/readers.ts';

interface Built {
  file: string;
  profile: Profile;
  models: DocumentModel[];
}

const built: Built[] = [];
beforeAll(async () => {
  for (const file of PROFILE_FILES) {
    const profile = fixtureProfile(file);
    built.push({ file, profile, models: await buildPackModels(profile) });
  }
});

const pack = (file: string): Built => {
  const b = built.find((x) => x.file === file);
  if (!b) throw new Error(`no pack ${file}`);
  return b;
};
const model = (b: Built, id: string): DocumentModel => {
  const m = b.models.find((x) => x.meta.id === id);
  if (!m) throw new Error(`${b.file} has no ${id}`);
  return m;
};
const shareOf = (a: Built, b: Built, doc: string) => overlap(sentences(model(a, doc), a.profile), sentences(model(b, doc), b.profile));
const channelSet = (p: Profile) =>
  companyChannels(p)
    .map((c) => c.type)
    .sort()
    .join(',');

describe('sentence overlap between companies that sell differently', () => {
  // A Kazakh goods distributor selling through dealers and a Russian logistics-services company.
  // The commercial policy and the sales standard keep a common procedural core any business needs
  // (approvals, credit, the overdue steps, the order of a conversation): a looser bound for them.
  test.each([
    ['charter', 0.4],
    ['planning-regulation', 0.4],
    ['segmentation', 0.4],
    ['commercial-policy', 0.5],
    ['sales-standard', 0.5],
  ] as const)('%s: a distributor and a services company share less than %d of sentences', (doc, bound) => {
    const a = pack('dala-too-kz.yaml');
    const b = pack('logiline-services.yaml');
    expect(a.profile.company.offering).not.toBe(b.profile.company.offering);
    expect(channelSet(a.profile)).not.toBe(channelSet(b.profile));
    const { share, common } = shareOf(a, b, doc);
    expect(share, `common sentences:\n${common.join('\n')}`).toBeLessThan(bound);
  });

  // Every pair of profiles that differ both in offering and in channels: a ceiling that keeps the
  // shared legal and procedural core from growing back into the whole document.
  test.each([
    ['charter', 0.6],
    ['planning-regulation', 0.65],
    ['segmentation', 0.65],
    ['commercial-policy', 0.65],
    ['sales-standard', 0.65],
  ] as const)('%s: no two profiles of different offering and channels share more than %d of sentences', (doc, ceiling) => {
    let pairs = 0;
    for (const [i, a] of built.entries()) {
      for (const b of built.slice(i + 1)) {
        if (a.profile.company.offering === b.profile.company.offering || channelSet(a.profile) === channelSet(b.profile)) continue;
        pairs += 1;
        const { share } = shareOf(a, b, doc);
        expect(share, `${a.file} and ${b.file}`).toBeLessThan(ceiling);
      }
    }
    expect(pairs).toBeGreaterThan(10);
  });
});

test('no document of any profile prints Markdown or template markup as text', () => {
  for (const b of built) {
    for (const m of b.models) expect(modelText(m), `${b.file}: ${m.meta.id}`).not.toMatch(/\*\*|\{\{|\}\}|undefined|NaN/u);
  }
});

describe('a team lead is not a head of sales', () => {
  const duties = (m: DocumentModel): Set<string> =>
    new Set(
      m.children
        .filter((b): b is Paragraph => b.type === 'paragraph' && typeof b.id === 'string' && b.id.includes('.duties.'))
        .map((b) =>
          b.children
            .map((r) => r.text)
            .join('')
            .replace(/\d[\d\s,.]*/g, 'N')
            .toLocaleLowerCase('ru-RU'),
        ),
    );

  test.each(['nordline-eur-40.yaml', 'cloudtrack-saas.yaml'])('%s: the team lead shares under half of the head’s duties', (file) => {
    const b = pack(file);
    const lead = b.profile.department.positions.find((p) => p.role === 'team-lead');
    const head = b.profile.department.positions.find((p) => p.role === 'head-of-sales');
    if (!lead || !head) throw new Error(`${file} needs a team lead and a head of sales`);
    const leadDuties = duties(model(b, `job-description-${lead.id}`));
    const headDuties = duties(model(b, `job-description-${head.id}`));
    expect(leadDuties.size).toBeGreaterThan(8);
    const { share, common } = overlap(leadDuties, headDuties);
    expect(share, common.join('\n')).toBeLessThan(0.5);
  });
});

describe('each offering speaks its own words (charter, read from the PDF)', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('business-text');
  });
  afterAll(() => removeDir(dir));

  // What a consultant expects to read for the business, and words of another business that must not appear.
  const cases = [
    {
      file: 'cloudtrack-saas.yaml',
      offering: 'subscription',
      has: [/отток/, /продлени/, /пробн\S+ период/],
      lacks: [/отгруз/, /смет/, /\sсклад(а|е|у|ом)?[\s,.;:]/],
    },
    {
      file: 'belstal-by.yaml',
      offering: 'production',
      has: [/изготовлени/, /портфел\S+ заказов/, /калькуляц/],
      lacks: [/подписк/, /пробн\S+ период/],
    },
    {
      file: 'logiline-services.yaml',
      offering: 'services',
      has: [/уров\S+ сервиса/, /тариф/, /актам оказанных услуг/],
      lacks: [/отгруз/, /образц/, /остатк\S+ товара/],
    },
    { file: 'tehnosnab.yaml', offering: 'goods', has: [/отгруз/, /ассортимент/], lacks: [/подписк/, /смет/, /отток/] },
  ] as const;

  test.each(cases)('$file ($offering)', async ({ file, offering, has, lacks }) => {
    const profile = fixtureProfile(file);
    expect(profile.company.offering).toBe(offering);
    const { dir: out } = await writePack(dir, path.basename(file, '.yaml'), profile, ['pdf']);
    const text = squash(pdfText(path.join(out, 'charter.pdf')));
    for (const word of has) expect(text).toMatch(word);
    for (const word of lacks) expect(text).not.toMatch(word);
  });

  test('a projects company’s charter speaks of surveys, estimates and acceptance (model text)', () => {
    const projects = built.find((b) => b.profile.company.offering === 'projects');
    if (!projects) throw new Error('no projects fixture');
    const text = modelText(model(projects, 'charter'));
    expect(text).toMatch(/обследовани/);
    expect(text).toMatch(/этап/);
  });
});
