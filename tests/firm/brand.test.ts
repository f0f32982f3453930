/**
 * A consultant's firm folder (tests/fixtures/firm) applied to three clients that sell differently,
 * read back as the client would: the logo with pdfimages and from the DOCX package, the header and
 * footer with pdftotext and python-docx, the accent in the Word styles; the documents' own text as
 * it is without a firm. Bad firm folders are refused with the file and the line, nothing written.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Format } from '../../src/core/pack/formats.ts';
import { packFile } from '../support/manifest.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { opkit, ROOT } from '../support/opkit-process.ts';
import { docxText, pdfImages, pdfPageCount, pdfText, python, removeDir, squash, tempDir } from '../support/readers.ts';

const FIRM = path.join(ROOT, 'tests/fixtures/firm');
const CLIENTS = ['vektor', 'cloudtrack-saas', 'logiline-services'] as const;
const FOOTER = 'Подготовлено ООО «Консалт Про» · +7 495 123-45-67 · konsalt.example';
const HEADER = 'Методология ООО «Консалт Про»';

let work: string;
/** A document's file in a client's branded pack (named as the manifest says). */
const branded = (client: string, id: string, format: Format): string => packFile(path.join(work, 'branded', client), id, format);

const DOCX_BRAND = [
  'import sys, json, zipfile, docx',
  'from docx.oxml.ns import qn',
  'd = docx.Document(sys.argv[1])',
  's = d.sections[0]',
  'h1 = d.styles["Раздел"]',
  'shades = [c.get(qn("w:fill")) for c in d.element.body.iter(qn("w:shd"))]',
  'media = [n for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.startswith("word/media/")]',
  'print(json.dumps({',
  '  "header": [p.text for p in s.header.paragraphs],',
  '  "firstHeader": [p.text for p in s.first_page_header.paragraphs],',
  '  "footer": [p.text for p in s.footer.paragraphs],',
  '  "firstFooter": [p.text for p in s.first_page_footer.paragraphs],',
  '  "h1": {"id": h1.style_id, "color": str(h1.font.color.rgb), "size": h1.font.size.pt},',
  '  "tableStyle": [st.name for st in d.styles if st.style_id == "OpkTableText"],',
  '  "font": d.styles["Normal"].font.name,',
  '  "shades": shades,',
  '  "media": media,',
  '  "inline": len(d.inline_shapes),',
  '}))',
].join('\n');

interface DocxBrand {
  header: string[];
  firstHeader: string[];
  footer: string[];
  firstFooter: string[];
  h1: { id: string; color: string; size: number };
  tableStyle: string[];
  font: string;
  shades: string[];
  media: string[];
  inline: number;
}

const docxBrand = (file: string): DocxBrand => JSON.parse(python(['-c', DOCX_BRAND, file])) as DocxBrand;

beforeAll(() => {
  work = tempDir('firm-brand');
  const profiles = CLIENTS.map((c) => path.join(ROOT, 'fixtures/profiles', `${c}.yaml`));
  const withFirm = opkit(['generate', ...profiles, '--firm', FIRM, '--out', path.join(work, 'branded'), '--format', 'pdf,docx,html']);
  expect(withFirm.stderr).toBe('');
  expect(withFirm.code).toBe(0);
  const plain = opkit(['generate', ...profiles, '--out', path.join(work, 'plain'), '--format', 'pdf,docx']);
  expect(plain.code).toBe(0);
}, 300_000);
afterAll(() => removeDir(work));

describe('packs built with the fixture firm', () => {
  test.each(CLIENTS)('%s: the PDF shows the logo in the title area and in the header from page 2', (client) => {
    const file = branded(client, 'charter', 'pdf');
    const images = pdfImages(file).filter((i) => i.type === 'image');
    expect(images.every((i) => i.width === 480 && i.height === 160)).toBe(true);
    const pages = pdfPageCount(file);
    // Page 1: the title-area logo only («both» leaves the header's off the first page); each later page: the header's.
    expect(images.map((i) => i.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
  });

  test.each(CLIENTS)('%s: every PDF page carries the footer, every page the header text', (client) => {
    const file = branded(client, 'charter', 'pdf');
    const pages = pdfPageCount(file);
    for (let page = 1; page <= pages; page++) {
      const text = squash(pdfText(file, { page }));
      expect(text).toContain(FOOTER);
      expect(text).toContain(HEADER);
    }
    // The page number still starts on page 2.
    expect(squash(pdfText(file, { page: 2 }))).toMatch(/(^| )2( |$)/);
  });

  test.each(CLIENTS)('%s: the DOCX has the logo part, the header and footer, the accent and the firm style names', (client) => {
    const brand = docxBrand(branded(client, 'charter', 'docx'));
    expect(brand.media).toEqual(['word/media/image1.png']);
    expect(brand.inline).toBe(1);
    expect(brand.header.join('\n')).toContain(HEADER);
    expect(brand.firstHeader.join('\n')).toContain(HEADER);
    expect(brand.footer).toEqual([FOOTER]);
    expect(brand.firstFooter).toEqual([FOOTER]);
    expect(brand.h1).toEqual({ id: 'Heading1', color: '1F4E79', size: 13 });
    expect(brand.tableStyle).toEqual(['Таблица Консалт']);
    expect(brand.font).toBe('Arial');
    // Table header rows are filled with a light tint of the accent.
    expect(brand.shades.length).toBeGreaterThan(0);
    expect(new Set(brand.shades)).toEqual(new Set(['D7DFE7']));
  });

  test('the PDF is set in the firm font (Arimo for Arial)', () => {
    const r = spawnSync('pdffonts', [branded('vektor', 'charter', 'pdf')], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/Arimo-Regular/);
    expect(r.stdout).not.toMatch(/Tinos/);
  });

  test('the HTML shows the logo as a data URL, the header and the footer', () => {
    const html = readFileSync(branded('vektor', 'charter', 'html'), 'utf8');
    expect(html).toMatch(/<img src="data:image\/png;base64,iVBORw0KGgo/);
    expect(html).toContain('Подготовлено ООО «Консалт Про»');
    expect(html).toContain('color: #1F4E79');
  });

  test.each(CLIENTS)('%s: the documents’ own text is the same as without a firm', (client) => {
    // Documents the fixture firm's clause overrides leave alone (its firm-wide clause is in the charter).
    for (const doc of ['crm-regulation', 'sales-standard']) {
      const plainDocx = docxText(packFile(path.join(work, 'plain', client), doc, 'docx'));
      const brandedDocx = docxText(branded(client, doc, 'docx'));
      const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
      expect(lines(brandedDocx)).toEqual(lines(plainDocx));
      // The PDF's words, the firm's header and footer taken out. As a set: the firm's
      // font breaks lines and pages its own way, so table headers repeat on other pages.
      const words = (file: string, firm: boolean) =>
        [
          ...new Set(
            pdfText(file)
              .split('\n')
              .filter((l) => !(firm && (l.includes(FOOTER) || l.includes(HEADER))))
              .join(' ')
              // A word broken at a line end reads as two pieces: hyphens split words on both sides alike.
              .split(/[\s\u00a0\f-]+/)
              // Bare numbers: the page numbers, whose count differs with the firm's font.
              .filter((w) => !/^\d+$/.test(w)),
          ),
        ]
          .sort()
          .join(' ');
      expect(words(branded(client, doc, 'pdf'), true)).toBe(words(packFile(path.join(work, 'plain', client), doc, 'pdf'), false));
    }
  });
});

describe('the client’s own logo', () => {
  test('company.logo (a JPEG beside the profile) takes the title area; the firm’s logo moves to every header', () => {
    const dir = path.join(work, 'client');
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(ROOT, 'tests/fixtures/client/logo.jpg'), path.join(dir, 'vektor-logo.jpg'));
    const text = readFileSync(path.join(ROOT, 'fixtures/profiles/vektor.yaml'), 'utf8').replace(
      /^company:\n/m,
      'company:\n  logo: vektor-logo.jpg\n',
    );
    writeFileSync(path.join(dir, 'vektor.yaml'), text);
    const r = opkit(['generate', path.join(dir, 'vektor.yaml'), '--firm', FIRM, '--out', path.join(dir, 'pack'), '--format', 'pdf,docx']);
    expect(r.code).toBe(0);
    const images = pdfImages(packFile(path.join(dir, 'pack'), 'charter', 'pdf')).filter((i) => i.type === 'image' && i.page === 1);
    expect(images.map((i) => [i.enc, i.width, i.height])).toEqual([
      ['jpeg', 300, 120],
      ['image', 480, 160],
    ]);
    const media = docxBrand(packFile(path.join(dir, 'pack'), 'charter', 'docx')).media;
    expect(media.map((m) => path.extname(m)).sort()).toEqual(['.jpg', '.png']);
  });

  test('a client logo that is not an image stops that client with the field named', () => {
    const dir = path.join(work, 'client-bad');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'logo.png'), 'not a picture at all');
    const text = readFileSync(path.join(ROOT, 'fixtures/profiles/vektor.yaml'), 'utf8').replace(
      /^company:\n/m,
      'company:\n  logo: logo.png\n',
    );
    writeFileSync(path.join(dir, 'vektor.yaml'), text);
    const r = opkit(['generate', path.join(dir, 'vektor.yaml'), '--out', path.join(dir, 'pack')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('company.logo: файл логотипа не является картинкой PNG, JPEG или SVG');
    expect(existsSync(path.join(dir, 'pack'))).toBe(false);
  });
});

describe('a bad firm folder', () => {
  /** A copy of the fixture firm with firm.yaml edited and the logo replaced as asked; the run's result. */
  function runWith(name: string, edit: (yaml: string) => string, logo?: (file: string) => void) {
    const dir = path.join(work, 'bad', name);
    cpSync(FIRM, dir, { recursive: true });
    const yaml = path.join(dir, 'firm.yaml');
    writeFileSync(yaml, edit(readFileSync(yaml, 'utf8')));
    logo?.(path.join(dir, 'logo.png'));
    const out = path.join(work, 'bad', `${name}-out`);
    const r = opkit(['generate', path.join(ROOT, 'fixtures/profiles/vektor.yaml'), '--firm', dir, '--out', out]);
    const lineOf = (key: string) =>
      readFileSync(yaml, 'utf8')
        .split('\n')
        .findIndex((l) => l.trimStart().startsWith(`${key}:`)) + 1;
    return { ...r, written: existsSync(out) ? readdirSync(out) : [], lineOf, yaml };
  }

  test('a logo that is not an image: the logo line of firm.yaml, exit 1, nothing written', () => {
    const r = runWith(
      'not-image',
      (y) => y,
      (file) => writeFileSync(file, '<html>это не картинка</html>'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`firm.yaml:${r.lineOf('logo')}: branding.logo: файл логотипа не является картинкой PNG, JPEG или SVG`);
    expect(r.written).toEqual([]);
  });

  test('a 50 MB logo is refused by its size, before it is read', () => {
    const r = runWith(
      'huge',
      (y) => y,
      (file) => truncateSync(file, 50 * 1024 * 1024),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`firm.yaml:${r.lineOf('logo')}: branding.logo: логотип весит 50 МБ, допускается не больше 2 МБ`);
    expect(r.written).toEqual([]);
  });

  test('a bad colour', () => {
    const r = runWith('colour', (y) => y.replace('accent: "#1F4E79"', 'accent: тёмно-синий'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`firm.yaml:${r.lineOf('accent')}: branding.accent: цвет записывается шестью шестнадцатеричными цифрами`);
    expect(r.written).toEqual([]);
  });

  test('an unknown font', () => {
    const r = runWith('font', (y) => y.replace('font: Arial', 'font: Comic Sans MS'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`firm\\.yaml:${r.lineOf('font')}: branding\\.font: .*Times New Roman, Arial`));
    expect(r.written).toEqual([]);
  });

  test('a missing logo file and an unknown field are named with their lines', () => {
    const r = runWith('missing', (y) => y.replace('logo: logo.png', 'logo: нет-такого.png').replace('header:', 'colour: red\n  header:'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`firm.yaml:${r.lineOf('colour')}`);
    expect(r.stderr).toContain('colour');
    expect(r.written).toEqual([]);
  });
});
