/** The line breaker alone, with a made-up font: every character 0.5 em, a space 0.25 em. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, type BrokenLine } from '../../src/core/render/pdf/linebreak.ts';
import type { Hyphenator, InlineRun, Measurer } from '../../src/core/render/pdf/types.ts';
import { russianHyphenation } from '../../src/core/render/pdf/hyphenate.ts';

const measurer: Measurer = {
  width: (text) => [...text].reduce((w, ch) => w + (ch === ' ' ? 0.25 : 0.5), 0),
};
const noHyphens: Hyphenator = () => [];
/** Size 10: a character is 5 pt, a space 2.5 pt. */
const SIZE = 10;

const text = (line: BrokenLine): string => line.pieces.map((p) => p.text).join('');
const plain = (t: string): InlineRun[] => [{ text: t, style: 'regular' }];

describe('breakLines', () => {
  it('breaks at spaces and drops the space at the break', () => {
    const lines = breakLines(plain('аа бб вв гг'), { size: SIZE, firstWidth: 40, width: 40, align: 'left' }, measurer, noHyphens);
    expect(lines.map(text)).toEqual(['аа бб вв', 'гг']);
  });

  it('never breaks at a no-break space', () => {
    // "1 234 567 ₽" with U+00A0 is one unbreakable 11-character word (55 pt).
    const runs = plain('сумма 1\u00a0234\u00a0567\u00a0₽ к выплате');
    for (const width of [60, 70, 80, 90, 100]) {
      const lines = breakLines(runs, { size: SIZE, firstWidth: width, width, align: 'justify' }, measurer, noHyphens);
      const withNumber = lines.filter((l) => text(l).includes('567'));
      expect(withNumber, `width ${width}`).toHaveLength(1);
      expect(text(withNumber[0]!)).toContain('1\u00a0234\u00a0567\u00a0₽');
    }
  });

  it('fills the width exactly on every justified line but the last', () => {
    const words = 'Отдел продаж обеспечивает выполнение плана продаж компании и развитие клиентской базы';
    const width = 120;
    const lines = breakLines(plain(words), { size: SIZE, firstWidth: width, width, align: 'justify' }, measurer, noHyphens);
    expect(lines.length).toBeGreaterThan(2);
    lines.slice(0, -1).forEach((line) => {
      const spaces = line.pieces.filter((p) => p.space).length;
      expect(spaces).toBeGreaterThan(0);
      expect(line.width + spaces * line.wordGap).toBeCloseTo(width, 6);
      expect(line.offset).toBe(0);
    });
    const last = lines[lines.length - 1]!;
    expect(last.wordGap).toBe(0);
    expect(last.width).toBeLessThanOrEqual(width);
    expect(lines.map(text).join(' ')).toBe(words);
  });

  it('uses a narrower first line for a first-line indent', () => {
    const lines = breakLines(plain('аа бб вв гг дд'), { size: SIZE, firstWidth: 20, width: 40, align: 'left' }, measurer, noHyphens);
    expect(lines.map(text)).toEqual(['аа', 'бб вв гг', 'дд']);
  });

  it('centres and right-aligns by offset', () => {
    const [centre] = breakLines(plain('аа'), { size: SIZE, firstWidth: 50, width: 50, align: 'center' }, measurer, noHyphens);
    const [right] = breakLines(plain('аа'), { size: SIZE, firstWidth: 50, width: 50, align: 'right' }, measurer, noHyphens);
    expect(centre!.offset).toBe(20);
    expect(right!.offset).toBe(40);
  });

  it('keeps bold and italic runs as pieces in their style on one line', () => {
    const runs: InlineRun[] = [
      { text: 'Пункт с ', style: 'regular' },
      { text: 'полужирным', style: 'bold' },
      { text: ' и ', style: 'regular' },
      { text: 'курсивом', style: 'italic' },
      { text: '.', style: 'regular' },
    ];
    const [line, ...rest] = breakLines(runs, { size: SIZE, firstWidth: 500, width: 500, align: 'justify' }, measurer, noHyphens);
    expect(rest).toEqual([]);
    expect(text(line!)).toBe('Пункт с полужирным и курсивом.');
    expect(line!.pieces.filter((p) => p.style === 'bold').map((p) => p.text)).toEqual(['полужирным']);
    expect(line!.pieces.filter((p) => p.style === 'italic').map((p) => p.text)).toEqual(['курсивом']);
  });

  it('hyphenates a word wider than the line at Russian hyphenation points', () => {
    const lines = breakLines(
      plain('Электроэнергия'),
      { size: SIZE, firstWidth: 30, width: 30, align: 'left' },
      measurer,
      russianHyphenation,
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(30);
    lines.slice(0, -1).forEach((line) => expect(text(line).endsWith('-')).toBe(true));
    expect(lines.map(text).join('').replaceAll('-', '')).toBe('Электроэнергия');
    expect(lines.slice(0, -1).every((l) => l.pieces.at(-1)!.hyphen)).toBe(true);
    // The whole word rides along for /ActualText, from its first piece to its last.
    expect(lines[0]!.pieces[0]!.spanStart).toBe('Электроэнергия');
    expect(lines[lines.length - 1]!.pieces.at(-1)!.spanEnd).toBe(true);
  });

  it('breaks between characters when there is no hyphenation point', () => {
    const lines = breakLines(plain('ААААААААА'), { size: SIZE, firstWidth: 20, width: 20, align: 'left' }, measurer, noHyphens);
    expect(lines.map(text)).toEqual(['АААА', 'АААА', 'А']);
  });

  it('does not hyphenate words that fit', () => {
    const lines = breakLines(
      plain('электроэнергия и вода'),
      { size: SIZE, firstWidth: 75, width: 75, align: 'justify' },
      measurer,
      russianHyphenation,
    );
    expect(lines.map(text)).toEqual(['электроэнергия', 'и вода']);
    expect(lines.flatMap((l) => l.pieces).some((p) => p.spanStart !== undefined)).toBe(false);
  });

  it('loses no text and overflows no line, whatever the words and widths', () => {
    const word = fc.stringMatching(/^[а-яА-Я0-9,.\-\u00a0]{1,18}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 5, max: 300 }),
        fc.constantFrom('left', 'justify', 'center', 'right' as const),
        (words, width, align) => {
          const source = words.join(' ');
          const lines = breakLines(plain(source), { size: SIZE, firstWidth: width, width, align }, measurer, russianHyphenation);
          for (const line of lines) {
            // Only a single character wider than the line may stick out.
            if (line.pieces.length > 1 || [...text(line)].length > 1) expect(line.width).toBeLessThanOrEqual(width + 0.01);
          }
          // The words come back in order: line ends are spaces or inserted hyphens.
          const unbroken = lines.map((l) => l.pieces.map((p) => (p.hyphen ? '' : p.text)).join('')).join('');
          expect(unbroken.replace(/ /g, '')).toBe(source.replace(/ /g, ''));
        },
      ),
      { numRuns: 300 },
    );
  });
});
