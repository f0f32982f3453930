/**
 * Every figure printed with a KPI carries the KPI's unit, in the PDF, the DOCX and the HTML of every
 * profile's pack: plans, facts, thresholds, examples, payout tables. For each KPI of the profile its
 * name and unit drive the check: a percentage is never printed with a currency or «шт.», money
 * always with the currency, a count with its noun (bare only where the row's «Ед. изм.» cell or the
 * KPI's name heading the row, column or table says what is counted), days, hours and minutes in
 * words, a yes/no KPI as «выполнено» and never as a number, and no bare number a reader cannot place.
 * The HTML and the DOCX are read as passages (sentences, table rows and columns); the PDF, which
 * pdftotext gives back as flowing text, must print every such figure at least as often as the HTML does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { kpiName, kpiUnit } from '../../src/core/math/kpi-meta.ts';
import type { KpiUnit } from '../../src/core/profile/ids.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { CURRENCY_SIGNS } from '../../src/core/text/format.ts';
import { type KpiRef, OWN_READ, readKpiFigures, type Report } from '../support/kpi-figures.ts';
import { fixtureProfile, writePack } from '../support/packs.ts';
import { docxPassages, htmlPassages, normalizeSpaces, type Passages } from '../support/passages.ts';
import { PROFILE_FILES } from '../support/profiles.ts';
import { pdfText, removeDir, tempDir } from '../support/readers.ts';

interface Built {
  profile: Profile;
  kpis: KpiRef[];
  sign: string;
  /** Document file stem → its text in each format. */
  html: Map<string, { passages: Passages; text: string }>;
  docx: Map<string, Passages>;
  pdf: Map<string, string>;
}

let root: string;
const built = new Map<string, Built>();

/** The profile's KPIs by name (longest first), each with every unit a KPI of that name has. */
function kpiRefs(profile: Profile): KpiRef[] {
  const units = new Map<string, Set<KpiUnit>>();
  for (const k of profile.kpis)
    for (const item of k.items) units.set(kpiName(item), (units.get(kpiName(item)) ?? new Set()).add(kpiUnit(item)));
  return [...units].map(([name, u]) => ({ name, units: u })).sort((a, b) => b.name.length - a.name.length);
}

/** pdftotext's text as a reader takes it: words hyphenated at a line's end joined, «2%» as «2 %». */
function readPdf(file: string): string {
  return normalizeSpaces(pdfText(file).replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2')).replace(/(\d)%/g, '$1 %');
}

async function build(file: string): Promise<void> {
  const profile = fixtureProfile(file);
  const { dir } = await writePack(root, file.replace(/\.\w+$/, ''), profile, ['pdf', 'docx', 'html']);
  const stems = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length));
  const html = new Map<string, { passages: Passages; text: string }>();
  const pdf = new Map<string, string>();
  for (const stem of stems) {
    const source = readFileSync(path.join(dir, `${stem}.html`), 'utf8');
    const body = source.slice(source.indexOf('<body'));
    html.set(stem, { passages: htmlPassages(body), text: normalizeSpaces(body.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ')) });
    pdf.set(stem, readPdf(path.join(dir, `${stem}.pdf`)));
  }
  const docxByFile = docxPassages(stems.map((s) => path.join(dir, `${s}.docx`)));
  const docx = new Map([...docxByFile].map(([f, p]) => [path.basename(f, '.docx'), p]));
  built.set(file, { profile, kpis: kpiRefs(profile), sign: CURRENCY_SIGNS[profile.currency], html, docx, pdf });
}

function of(file: string): Built {
  const b = built.get(file);
  if (b === undefined) throw new Error(`no pack for ${file}`);
  return b;
}

function violations(reports: ReadonlyMap<string, Report>): string[] {
  return [...reports].flatMap(([doc, r]) => r.violations.map((v) => `${doc}: «${v.kpi}» ${v.figure.trim()} (${v.why}) in: ${v.passage}`));
}

/** KPIs none of whose figures reads in its unit anywhere in the pack (its KPI card prints its plan, so each must). */
function unread(kpis: readonly KpiRef[], reports: ReadonlyMap<string, Report>): string[] {
  return kpis.flatMap((k) =>
    [...k.units]
      .filter((u) => ![...reports.values()].some((r) => OWN_READ[u].some((read) => r.reads.get(k.name)?.has(read))))
      .map((u) => `«${k.name}» never printed in ${u}`),
  );
}

beforeAll(async () => {
  root = tempDir('kpi-units');
  for (const file of PROFILE_FILES) await build(file);
}, 240_000);

afterAll(() => removeDir(root));

describe.each(PROFILE_FILES)('%s', (file) => {
  test('HTML: every KPI figure in its unit', () => {
    const b = of(file);
    const reports = new Map([...b.html].map(([doc, h]) => [doc, readKpiFigures(h.passages, b.kpis, b.sign)]));
    expect(violations(reports)).toEqual([]);
    expect(unread(b.kpis, reports)).toEqual([]);
  });

  test('DOCX: every KPI figure in its unit', () => {
    const b = of(file);
    const reports = new Map([...b.docx].map(([doc, p]) => [doc, readKpiFigures(p, b.kpis, b.sign)]));
    expect(violations(reports)).toEqual([]);
    expect(unread(b.kpis, reports)).toEqual([]);
  });

  test('PDF: the same figures with the same units as the HTML', () => {
    const b = of(file);
    const missing: string[] = [];
    for (const [doc, h] of b.html) {
      const pdf = b.pdf.get(doc) ?? '';
      for (const figure of new Set(readKpiFigures(h.passages, b.kpis, b.sign).figures)) {
        const n = (text: string) => text.split(figure).length - 1;
        // A PDF may print more (a table's header row again on a new page), never fewer.
        if (n(pdf) < n(h.text)) missing.push(`${doc}: «${figure}» ${n(h.text)} times in the HTML, ${n(pdf)} in the PDF`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('a figure compared with a bound takes the genitive', () => {
  test('«не ниже 34 встреч», «не более 24 часов», not the nominative «34 встречи», «24 часа»', () => {
    const sdr = of('cloudtrack-saas.yaml').pdf.get('kpi-card-sdr') ?? '';
    expect(sdr).toContain('при плане 56 встреч — факт не ниже 34 встреч.');
    expect(sdr).toContain('при плане 90 лидов — факт не ниже 54 лидов.');
    expect(of('cloudtrack-saas.yaml').pdf.get('kpi-card-manager')).toContain('факт не ниже 2 клиентов.');
    const motivation = of('logiline-services.yaml').html.get('motivation')?.text ?? '';
    expect(motivation).toContain('не более 24 часов');
    expect(motivation).not.toContain('не более 24 часа');
  });
});
