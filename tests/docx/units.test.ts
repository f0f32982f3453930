/** The DOCX renderer's pure parts, and that it needs nothing from Node. */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/core/render/docx/index.ts';
import { columnWidthsTwip } from '../../src/core/render/docx/geometry.ts';
import { createClauseTracker } from '../../src/core/render/docx/numbering.ts';
import { DEFAULT_THEME } from '../../src/core/render/theme.ts';
import { sampleModel } from '../fixtures/sample-model.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

describe('clause tracker', () => {
  it('hands Word only the numbers Word would compute itself', () => {
    const t = createClauseTracker();
    expect(t.claim(1, '0.1.')).toBe(false); // no section yet
    expect(t.claim(0, '1.')).toBe(true);
    expect(t.claim(1, '1.1.')).toBe(true);
    expect(t.claim(1, '1.3.')).toBe(false); // a gap stays literal...
    expect(t.claim(1, '1.2.')).toBe(true); // ...and does not disturb the count
    expect(t.claim(2, '1.2.1.')).toBe(true);
    expect(t.claim(2, '1.2.2.')).toBe(true);
    expect(t.claim(1, '1.3.')).toBe(true);
    expect(t.claim(2, '1.3.1.')).toBe(true); // a deeper level restarts under a new parent
    expect(t.claim(0, '2.')).toBe(true);
    expect(t.claim(2, '2.1.1.')).toBe(false); // level 2 skipped: readers differ on what they print
    expect(t.claim(1, '2.1')).toBe(false); // Word's level text always ends with a dot
    expect(t.claim(1, ' 2.1. ')).toBe(true);
  });
});

describe('column widths', () => {
  it('splits the width in proportion and adds up exactly', () => {
    const widths = columnWidthsTwip([2, 3, 3, 3], 9638);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9638);
    expect(widths[0]).toBe(1752);
    expect(columnWidthsTwip([0, -1, Number.NaN, 1], 400)).toEqual([100, 100, 100, 100]);
  });
});

describe('renderDocx', () => {
  it('needs no Node Buffer, so it runs in a browser worker', async () => {
    const saved = globalThis.Buffer;
    Reflect.deleteProperty(globalThis, 'Buffer');
    try {
      const bytes = await renderDocx(sampleModel, DEFAULT_THEME, TIMESTAMP);
      expect(bytes).toBeInstanceOf(Uint8Array);
      expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    } finally {
      globalThis.Buffer = saved;
    }
  });
});
