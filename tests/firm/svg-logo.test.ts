/**
 * SVG logos (issue 13: «PNG, JPEG or SVG»): the fixture firm with its logo as an SVG (shapes and a
 * Cyrillic word) builds a pack whose PDF draws the PNG made at 300 dpi, whose DOCX holds the SVG
 * with that PNG as fallback (read back by python-docx and by LibreOffice), and whose HTML shows the
 * SVG. The SVG's text is set in the bundled fonts whatever family it names. A broken SVG or one
 * without a size stops its client with a Russian message naming the field; nothing is written for it.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rasteriseSvg } from '../../src/node/svg-raster.ts';
import { packFile } from '../support/manifest.ts';
import { opkit, ROOT } from '../support/opkit-process.ts';
import { libreOfficeToPdf, pdfImages, pdfPageCount, python, removeDir, tempDir } from '../support/readers.ts';

const FIRM = path.join(ROOT, 'tests/fixtures/firm');
const SVG = path.join(ROOT, 'tests/fixtures/svg/logo.svg');
const PROFILE = path.join(ROOT, 'fixtures/profiles/vektor.yaml');

let work: string;

/** The fixture firm with logo.svg instead of logo.png, or with `svg` as its logo's text. */
function svgFirm(name: string, svg?: string): string {
  const dir = path.join(work, name);
  cpSync(FIRM, dir, { recursive: true });
  if (svg === undefined) copyFileSync(SVG, path.join(dir, 'logo.svg'));
  else writeFileSync(path.join(dir, 'logo.svg'), svg);
  const yaml = path.join(dir, 'firm.yaml');
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('logo: logo.png', 'logo: logo.svg'));
  return dir;
}

/** A copy of a fixture profile with `company.logo` set, beside `logo` written as `file`. */
function profileWithLogo(dir: string, profile: string, file: string, logo: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, file), logo);
  const text = readFileSync(path.join(ROOT, 'fixtures/profiles', `${profile}.yaml`), 'utf8').replace(
    /^company:\n/m,
    `company:\n  logo: ${file}\n`,
  );
  const out = path.join(dir, `${profile}.yaml`);
  writeFileSync(out, text);
  return out;
}

const lineOf = (file: string, key: string): number =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.trimStart().startsWith(`${key}:`)) + 1;

beforeAll(() => {
  work = tempDir('svg-logo');
  const r = opkit(['generate', PROFILE, '--firm', svgFirm('firm'), '--out', path.join(work, 'pack'), '--format', 'pdf,docx,html']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}, 300_000);
afterAll(() => removeDir(work));

describe('a firm whose logo is an SVG', () => {
  test('the PDF draws it as a 300 dpi PNG in the title area and in the header from page 2', () => {
    const file = packFile(path.join(work, 'pack'), 'charter', 'pdf');
    const images = pdfImages(file).filter((i) => i.type === 'image');
    // firm.yaml: logoWidthMm 45 → 45 mm at 300 dpi is 532 px; the SVG is 240 × 80, so 532 × 177.
    expect(new Set(images.map((i) => `${i.width}×${i.height}`))).toEqual(new Set(['532×177']));
    expect(images.find((i) => i.page === 1)?.ppi).toBeGreaterThanOrEqual(299);
    expect(images.map((i) => i.page)).toEqual(Array.from({ length: pdfPageCount(file) }, (_, i) => i + 1));
  });

  test('the DOCX holds the SVG itself with the PNG as fallback, python-docx and LibreOffice read it', () => {
    const file = packFile(path.join(work, 'pack'), 'charter', 'docx');
    const read = JSON.parse(
      python([
        '-c',
        [
          'import sys, json, zipfile, docx',
          'd = docx.Document(sys.argv[1])',
          'z = zipfile.ZipFile(sys.argv[1])',
          'media = sorted(n for n in z.namelist() if n.startswith("word/media/"))',
          'svg = [z.read(n).decode("utf-8") for n in media if n.endswith(".svg")]',
          'print(json.dumps({"media": media, "inline": len(d.inline_shapes), "svg": svg}))',
        ].join('\n'),
        file,
      ]),
    ) as { media: string[]; inline: number; svg: string[] };
    expect(read.media).toEqual(['word/media/image1.png', 'word/media/image1.svg']);
    expect(read.inline).toBe(1);
    expect(read.svg).toEqual([readFileSync(SVG, 'utf8')]);
    const [pdf] = libreOfficeToPdf([file], tempDir('svg-logo-lo'));
    expect(pdfImages(pdf!).filter((i) => i.type === 'image' && i.page === 1).length).toBeGreaterThan(0);
  }, 200_000);

  test('the HTML shows the SVG in an <img>, never as inline markup', () => {
    const html = readFileSync(packFile(path.join(work, 'pack'), 'charter', 'html'), 'utf8');
    expect(html).toContain(`<img src="data:image/svg+xml;base64,${readFileSync(SVG).toString('base64')}"`);
    expect(html).not.toMatch(/<svg[\s>]/);
  });
});

describe('text in an SVG logo', () => {
  const word = (family: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50"><text x="5" y="38" font-family="${family}" font-size="32">Консалт</text></svg>`;
  const png = (family: string) => rasteriseSvg(word(family), 400).then((b) => Buffer.from(b).toString('base64'));

  test('is set in the bundled Arimo whatever family it names, in Tinos for a serif one', async () => {
    const arimo = await png('Arimo');
    expect(await png('Arial')).toBe(arimo);
    expect(await png('Segoe UI, Helvetica')).toBe(arimo);
    const tinos = await png('Tinos');
    expect(await png('serif')).toBe(tinos);
    expect(await png("'Times New Roman', serif")).toBe(tinos);
    expect(await png('serif')).not.toBe(arimo);
    // Not an empty picture: the word is drawn.
    expect(arimo).not.toBe(await rasteriseSvg(word('Arimo').replace('Консалт', ''), 400).then((b) => Buffer.from(b).toString('base64')));
  });
});

describe('a bad SVG logo', () => {
  test('a broken SVG in the firm folder: the logo line of firm.yaml, exit 1, nothing written', () => {
    const dir = svgFirm('broken', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect</svg>');
    const out = path.join(work, 'broken-out');
    const r = opkit(['generate', PROFILE, '--firm', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `firm.yaml:${lineOf(path.join(dir, 'firm.yaml'), 'logo')}: branding.logo: SVG-файл логотипа повреждён и не рисуется`,
    );
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  test('a client’s SVG without a size stops that client only, with company.logo named', () => {
    const dir = path.join(work, 'no-size');
    const bad = profileWithLogo(dir, 'vektor', 'logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><circle r="5"/></svg>');
    const good = profileWithLogo(dir, 'cloudtrack-saas', 'cloudtrack.svg', readFileSync(SVG, 'utf8'));
    const out = path.join(dir, 'packs');
    const r = opkit(['generate', bad, good, '--out', out, '--format', 'pdf']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('company.logo: у SVG-логотипа не задан размер: добавьте корневому элементу <svg> атрибут viewBox');
    expect(readdirSync(out)).toEqual(['cloudtrack-saas']);
    // The client's logo in the title area without a firm: 35 mm at 300 dpi, 414 px wide.
    const images = pdfImages(packFile(path.join(out, 'cloudtrack-saas'), 'charter', 'pdf')).filter((i) => i.type === 'image');
    expect(images.map((i) => [i.page, i.width, i.height])).toEqual([[1, 414, 138]]);
  }, 120_000);
});
