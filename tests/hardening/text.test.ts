/**
 * Findings 8, 9 and 10 of issue 16: text reaching a terminal is inert; characters no bundled
 * font draws are reported at validation with the field and the characters; zero-width
 * characters never reach a document; unusual files (UTF-16, CR line ends, YAML tags) get the
 * right message or are read as meant.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseProfileText } from '../../src/core/profile/load.ts';
import { validateProfile } from '../../src/core/profile/validate.ts';
import { FONT_FILES } from '../../src/core/render/fonts.ts';
import { drawableRanges, encodeRanges } from '../../src/core/text/drawable-ranges.ts';
import { DRAWABLE } from '../../src/core/text/font-coverage.generated.ts';
import { TrueTypeFace } from '../../src/core/render/pdf/truetype-face.ts';
import { readPreparedFont } from '../../src/node/fonts.ts';
import { importProfile } from '../../src/wizard/state/profile-file.ts';
import { current, errorsOf, set } from '../profile/helpers.ts';
import { removeDir, tempDir, writeTemp } from '../support/readers.ts';
import { opkit, yaml } from './support.ts';

let work: string;
beforeAll(() => {
  work = tempDir('text');
});
afterAll(() => removeDir(work));

describe('the terminal', () => {
  const hostile = 'm\u001b[2K\r\u001b[32mпрофиль корректен\u001b]0;title\u0007\u001b]8;;http://evil\u001b\\ссылка\u202e';

  test('escape sequences from a profile are printed escaped, never raw', () => {
    const profile = current();
    (profile['department'] as { positions: Array<Record<string, unknown>> }).positions[0]!['reportsTo'] = hostile;
    const r = opkit(['validate', writeTemp(work, 'esc.yaml', yaml(profile))]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(r.stderr).toContain('\\x1b[2K\\x0d\\x1b[32m');
    expect(r.stderr).toContain('\\u202e');
  });

  test('a file name with escapes is escaped too', () => {
    const r = opkit(['validate', `no-such-\u001b[31m-file.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no-such-\\x1b[31m-file.yaml: файл не найден');
  });
});

describe('characters the fonts cannot draw', () => {
  test.each([
    ['Chinese', 'company.name', '华为', '«华» (U+534E), «为» (U+4E3A)'],
    ['emoji', 'company.city', 'Москва 🚀', '«🚀» (U+1F680)'],
    ['Arabic', 'department.positions[0].title', 'مدير المبيعات', '«م» (U+0645)'],
    ['a control character', 'company.name', 'Альфа\u0007', 'U+0007'],
  ])('%s in %s is an error naming the field and the characters', (_what, path, value, named) => {
    const errors = errorsOf(set(current(), path, value));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}: символы, которых нет в шрифтах документов: `));
    expect(errors[0]).toContain(named);
  });

  test('Cyrillic of the CIS, Latin with accents, Greek, signs and currency pass', () => {
    const text = 'Қазақстан Ўзбекистон Україна ґ є ї Беларусь ў — «Café Müller» α β ₽ ₸ ₴ € № § ½ ±';
    expect(errorsOf(set(current(), 'company.name', text))).toEqual([]);
  });

  test('the table of drawable characters matches the bundled fonts', () => {
    const load = (file: { name: string }) => TrueTypeFace.parse(readPreparedFont(file.name));
    const families = Object.values(FONT_FILES).map((f) => ({ faces: Object.values(f.faces).map(load), fallback: load(f.fallback) }));
    expect(encodeRanges(drawableRanges(families)), 'run node scripts/build-font-coverage.ts').toBe(DRAWABLE);
  });

  test('zero-width characters are dropped from the text the documents print', () => {
    const result = validateProfile(set(current(), 'company.name', '\u200bТехно\u200dСнаб\u2060\ufeff'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.profile.company.name).toBe('ТехноСнаб');
  });
});

describe('unusual files', () => {
  const text = yaml(current());

  test('UTF-16 with a byte-order mark is read like UTF-8', () => {
    for (const [name, bytes] of [
      ['le.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['be.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
    ] as const) {
      const r = opkit(['validate', writeTemp(work, name, bytes as unknown as string)]);
      expect(r.stderr, name).toBe('');
      expect(r.code, name).toBe(0);
    }
  });

  test('a Windows-1251 file is refused with the encoding named', () => {
    const bytes = Buffer.from([0x63, 0x3a, 0x20, 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x0a]);
    const r = opkit(['validate', writeTemp(work, 'cp1251.yaml', bytes as unknown as string)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('файл не в кодировке UTF-8 (возможно, Windows-1251)');
  });

  test('a binary file is refused as not text', () => {
    const r = opkit(['validate', writeTemp(work, 'bin.yaml', Buffer.from([1, 0, 0, 0, 7, 0, 0xff, 3]) as unknown as string)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/файл не текстовый|не в кодировке UTF-8/);
  });

  test('CR-only line ends are read as line ends', () => {
    const parsed = parseProfileText(`# профиль\r${text.replaceAll('\n', '\r')}`, 'mac.yaml');
    expect(parsed.ok).toBe(true);
  });

  test.each([
    '!!js/function "function () { return 1 }"',
    '!custom значение',
    '!!binary aGVsbG8=',
    '!!set {a, b}',
    '!!timestamp 2027-01-01',
    '!!python/object:os.system ls',
  ])('a tag (%s) is refused with a message in Russian', (value) => {
    const parsed = parseProfileText(`schemaVersion: 2\ncompany:\n  name: ${value}\n`, 'tag.yaml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors[0]?.message).toMatch(/^ошибка синтаксиса YAML в строке 3, столбец \d+: метки типов .* не допускаются/);
      expect(parsed.errors[0]?.message).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/);
    }
  });

  test('a list as a key is refused in Russian, and the library prints no warning of its own', async () => {
    const warned: string[] = [];
    const listen = (w: Error) => warned.push(w.message);
    process.on('warning', listen);
    const parsed = parseProfileText('? [a, b]\n: c\n', 'key.yaml');
    // Node emits warnings on the next turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', listen);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]?.message).toContain('имя поля должно быть текстом, а не списком');
    expect(warned).toEqual([]);
  });

  test('the YAML library’s own messages never reach the user in English', () => {
    for (const source of ['a: [1, 2', 'a: b: c', '%FOO bar\n---\na: 1', 'a:\n  - 1\n - 2', 'a: *x']) {
      const parsed = parseProfileText(source, 'bad.yaml');
      expect(parsed.ok, source).toBe(false);
      if (!parsed.ok) for (const e of parsed.errors) expect(e.message, source).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
    }
  });

  test('importing a file with very many errors gives a message, capped, not an exception', () => {
    const profile = current();
    (profile['department'] as { positions: Array<Record<string, unknown>> }).positions[0]!['duties'] = Array.from(
      { length: 150_000 },
      (_, i) => i,
    );
    const result = importProfile(JSON.stringify(profile), 'many.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeLessThanOrEqual(100);
  });
});
