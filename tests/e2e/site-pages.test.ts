/**
 * The site's own pages in the built dist/: the landing page, the sample documents (pages and the
 * PDF, DOCX and ZIP files written at build time) and the methodology articles. Pages are opened in
 * headless Chromium under the site's CSP, sent as a real header, and checked with axe-core at a
 * phone's and a desktop's width.
 *
 * The site is built once per test run by tests/support/site.ts (shared with the engine test).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackModels } from '../../src/core/pack/generate.ts';
import { fixtureProfile } from '../support/packs.ts';
import { pdfText, removeDir, tempDir } from '../support/readers.ts';
import {
  axeViolations,
  describeViolations,
  DIST,
  ensureSiteBuilt,
  launchChromium,
  ROOT,
  serveDist,
  SITE_TIMEOUT_MS,
  type ServedSite,
} from '../support/site.ts';

const COMPANY = 'ТехноСнаб';
const METHODOLOGY_DIR = path.join(ROOT, 'content', 'methodology');

interface Article {
  slug: string;
  title: string;
  sections: Array<{ id: string; title: string }>;
}

/** The articles as their sources declare them: the title and the fixed-id sections. */
function articles(): Article[] {
  return readdirSync(METHODOLOGY_DIR)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((file) => {
      const source = readFileSync(path.join(METHODOLOGY_DIR, file), 'utf8');
      const title = /^title:\s*"?(.+?)"?\s*$/m.exec(source)?.[1] ?? '';
      const sections = [...source.matchAll(/<h2 id="([^"]+)">(.+?)<\/h2>/g)].map((m) => ({ id: m[1] ?? '', title: m[2] ?? '' }));
      return { slug: file.replace(/\.mdx$/, ''), title, sections };
    });
}

describe('site pages: landing, samples, methodology', () => {
  let site: ServedSite;
  let browser: Browser;
  let tmp = '';
  /** The documents the reference profile yields, from the engine itself rather than from the build. */
  let expected: Array<{ id: string; title: string }> = [];

  beforeAll(async () => {
    await ensureSiteBuilt();
    site = await serveDist();
    browser = await launchChromium();
    tmp = tempDir('site-pages');
    expected = (await buildPackModels(fixtureProfile('tehnosnab.yaml'))).map((m) => ({ id: m.meta.id, title: m.meta.title }));
  }, SITE_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    removeDir(tmp);
  });

  /** Open a page, failing on anything the CSP refused, any broken request and any request off the site. */
  async function open(pathname: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      // Failed requests are reported with their URL below; the browser's own favicon probe is not ours.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(`${site.base}/`) && !r.url().startsWith('data:')) problems.push(`foreign request: ${r.url()}`);
    });
    // The pages are static (no scripts): 'load' means everything, the stylesheets included, is in.
    await page.goto(`${site.base}${pathname}`, { waitUntil: 'load' });
    return { page, problems };
  }

  it('the landing page leads to the wizard, the audit and the samples, shows real pages of the samples, and states the privacy promise and the disclaimer', async () => {
    const { page, problems } = await open('/');
    for (const href of ['/wizard/', '/audit/', '/samples/', '/cli/']) {
      expect(await page.locator(`a[href="${href}"]`).count(), href).toBeGreaterThan(0);
    }
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/отдела продаж/);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Данные остаются в вашем браузере');
    expect(text).toContain('Кто делает opkit');
    expect(text).toMatch(/покажите документы юристу/);
    expect(text).toMatch(/около 20 минут/);
    // The command line is the consultants' page, not the owner's.
    expect(text).not.toContain('npx opkit');
    // Page images of the sample pack: every one loaded, and each links to its document's sample page.
    const images = page.locator('main img[src^="/images/pages/"]');
    expect(await images.count()).toBeGreaterThanOrEqual(4);
    for (const img of await images.all()) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(500);
      const href = await img.evaluate((el) => el.closest('a')?.getAttribute('href') ?? '');
      expect(href).toMatch(/^\/samples\/[a-z-]+\/$/);
      expect(await page.locator(`main a[href="${href}"]`).count()).toBeGreaterThan(0);
    }
    for (const { slug } of articles()) expect(await page.locator(`main a[href="/methodology/${slug}/"]`).count(), slug).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('/cli/ gives consultants the command line', async () => {
    const { page, problems } = await open('/cli/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('npx opkit init');
    expect(text).toContain('npx opkit validate');
    expect(text).toMatch(/npx opkit generate .*--zip/);
    expect(await page.locator('main a[href="/samples/tehnosnab.yaml"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('/samples/ lists every document of the pack, with its page and its PDF and DOCX', async () => {
    expect(expected.length).toBeGreaterThan(5);
    const { page, problems } = await open('/samples/');
    for (const doc of expected) {
      const link = page.locator(`main a[href="/samples/${doc.id}/"]`);
      await expect(link.innerText(), doc.id).resolves.toBe(doc.title);
      expect(await page.locator(`main a[href="/samples/${doc.id}.pdf"]`).count(), `${doc.id}.pdf`).toBe(1);
      expect(await page.locator(`main a[href="/samples/${doc.id}.docx"]`).count(), `${doc.id}.docx`).toBe(1);
    }
    expect(await page.locator('main a[href="/samples/tehnosnab-pack.zip"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('every sample document has its page: the title, the document rendered in HTML, the downloads', async () => {
    for (const doc of expected) {
      const { page, problems } = await open(`/samples/${doc.id}/`);
      await expect(page.getByRole('heading', { level: 1 }).innerText(), doc.id).resolves.toBe(doc.title);
      const article = page.locator(`article.opk-doc[data-doc="${doc.id}"]`);
      // The organisation heads every document: abbreviated on an act, in full on an order or an agreement.
      await expect(article.innerText(), doc.id).resolves.toMatch(new RegExp(`(ООО|Общество с ограниченной ответственностью) «${COMPANY}»`));
      // The document's own stylesheet applied: a white sheet in the document's font.
      const style = await article.evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, font: getComputedStyle(el).fontFamily }));
      expect(style.bg).toBe('rgb(255, 255, 255)');
      expect(style.font).toMatch(/Times New Roman|Arial/);
      // Its sections sit under the page's <h1>.
      expect(await article.locator('h1').count(), doc.id).toBe(0);
      // An order and an agreement are signed papers with their own head and unheaded clauses.
      const paper = doc.id === 'order' || doc.id.startsWith('contract-addendum');
      if (paper) await expect(article.innerText(), doc.id).resolves.toMatch(/ПРИКАЗ|ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ/);
      else expect(await article.locator('h2').count(), doc.id).toBeGreaterThan(0);
      expect(await page.locator(`a[href="/samples/${doc.id}.pdf"]`).count()).toBeGreaterThan(0);
      expect(await page.locator(`a[href="/samples/${doc.id}.docx"]`).count()).toBeGreaterThan(0);
      expect(problems, doc.id).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('the sample files are real PDFs, DOCX and a ZIP of the whole pack, all with the company', () => {
    for (const doc of expected) {
      const pdf = readFileSync(path.join(DIST, 'samples', `${doc.id}.pdf`));
      expect(pdf.subarray(0, 5).toString('latin1'), doc.id).toBe('%PDF-');
      const file = path.join(tmp, `${doc.id}.pdf`);
      writeFileSync(file, pdf);
      expect(pdfText(file), doc.id).toContain(COMPANY);

      const docx = unzipSync(new Uint8Array(readFileSync(path.join(DIST, 'samples', `${doc.id}.docx`))));
      const body = docx['word/document.xml'];
      expect(body, `${doc.id}.docx`).toBeDefined();
      expect(strFromU8(body!), doc.id).toContain(COMPANY);
    }
    const zip = unzipSync(new Uint8Array(readFileSync(path.join(DIST, 'samples', 'tehnosnab-pack.zip'))));
    const names = Object.keys(zip);
    expect(names).toContain('manifest.json');
    // Every document in every format, under the Russian name its manifest gives it.
    const manifest = JSON.parse(strFromU8(zip['manifest.json']!)) as { documents: Array<{ id: string; files: Record<string, string> }> };
    for (const doc of expected) {
      const files = manifest.documents.find((d) => d.id === doc.id)?.files ?? {};
      for (const ext of ['pdf', 'docx', 'html']) expect(names, `${doc.id}.${ext}`).toContain(files[ext]);
    }
    expect(strFromU8(zip['tehnosnab.yaml']!)).toContain(`name: ${COMPANY}`);
  });

  it('the methodology index lists every article, and each article renders its sections, contents and next steps', async () => {
    const list = articles();
    expect(list.length).toBeGreaterThanOrEqual(4);
    const index = await open('/methodology/');
    for (const a of list) await expect(index.page.locator(`main a[href="/methodology/${a.slug}/"]`).innerText()).resolves.toBe(a.title);
    expect(index.problems).toEqual([]);
    await index.page.close();

    for (const a of list) {
      expect(a.sections.length, a.slug).toBeGreaterThanOrEqual(4);
      const { page, problems } = await open(`/methodology/${a.slug}/`);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(a.title);
      for (const s of a.sections) {
        await expect(page.locator(`h2#${s.id}`).innerText(), `${a.slug}#${s.id}`).resolves.toBe(s.title);
        expect(await page.locator(`nav a[href="#${s.id}"]`).count(), `contents link to #${s.id}`).toBe(1);
      }
      const next = page.locator('section[aria-labelledby="next"]');
      expect(await next.locator('a[href^="/wizard/#step-"]').count(), a.slug).toBeGreaterThan(0);
      expect(await next.locator('a[href^="/samples/"]').count(), a.slug).toBeGreaterThan(1);
      expect(problems, a.slug).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('axe finds no violations, and nothing overflows a 360 px screen', async () => {
    const pages = [
      '/',
      '/cli/',
      '/samples/',
      '/samples/charter/',
      '/samples/kpi-card-manager/',
      '/samples/motivation/',
      '/methodology/',
      ...articles().map((a) => `/methodology/${a.slug}/`),
    ];
    const found: string[] = [];
    for (const width of [360, 1280]) {
      for (const pathname of pages) {
        const { page, problems } = await open(pathname, width);
        // A page that did not load would be checked as an error page: say so instead.
        for (const p of problems) found.push(`${width}px ${pathname}: ${p}`);
        for (const line of describeViolations(await axeViolations(page))) found.push(`${width}px ${pathname}: ${line}`);
        if (width === 360) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) found.push(`${width}px ${pathname}: the page is ${overflow}px wider than the screen`);
        }
        await page.close();
      }
    }
    expect(found).toEqual([]);
  }, 180_000);
});
