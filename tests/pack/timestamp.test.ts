/**
 * The files' timestamp is an input (src/core/pack/timestamp.ts), never the clock: the approval
 * date, else SOURCE_DATE_EPOCH, else what the caller's `now` says. And the same inputs give the
 * same bytes: a pack rendered twice, in one process, is the same.
 */
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { generatePack } from '../../src/core/pack/generate.ts';
import { packTimestamp, parseSourceDateEpoch, SourceDateEpochError } from '../../src/core/pack/timestamp.ts';
import { zipFiles } from '../../src/core/pack/zip.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { fixtureProfile } from '../support/packs.ts';

const never = (): Date => {
  throw new Error('the clock was read');
};

describe('packTimestamp', () => {
  test('the approval date wins, as midnight UTC', () => {
    expect(packTimestamp('2027-01-15', '1700000000', never).toISOString()).toBe('2027-01-15T00:00:00.000Z');
  });

  test('without an approval date, SOURCE_DATE_EPOCH', () => {
    expect(packTimestamp(null, '1767225600', never).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(packTimestamp(null, '0', never).toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });

  test('with neither, the day of the run (midnight UTC), asked only then', () => {
    const midday = new Date(Date.UTC(2030, 5, 1, 12, 34, 56));
    const lateEvening = new Date(Date.UTC(2030, 5, 1, 23, 59, 59, 999));
    expect(packTimestamp(null, undefined, () => midday).toISOString()).toBe('2030-06-01T00:00:00.000Z');
    expect(packTimestamp(null, '', () => lateEvening).toISOString()).toBe('2030-06-01T00:00:00.000Z');
  });

  test.each(['abc', '-1', '1.5', ' 17', '1e9', '0x10', '253402300800', '9999999999999'])(
    'a malformed SOURCE_DATE_EPOCH %j is refused',
    (value) => {
      expect(() => parseSourceDateEpoch(value)).toThrow(SourceDateEpochError);
      // Even when the approval date would win: a broken environment shows at once.
      expect(() => packTimestamp('2027-01-15', value, never)).toThrow(/SOURCE_DATE_EPOCH/);
    },
  );

  test('the last second of the year 9999 is still a valid epoch', () => {
    expect(parseSourceDateEpoch('253402300799')?.toISOString()).toBe('9999-12-31T23:59:59.000Z');
  });
});

/** MS-DOS time and date of the first entry of a ZIP (its local header). */
function firstEntryTime(zip: Uint8Array): string {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const time = view.getUint16(10, true);
  const date = view.getUint16(12, true);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`;
}

describe('ZIP entry times', () => {
  test('are the timestamp in UTC, whatever the time zone', () => {
    const zip = zipFiles([{ path: 'a.txt', bytes: 'a' }], new Date(Date.UTC(2027, 0, 15, 23, 59, 58)));
    expect(firstEntryTime(zip)).toBe('2027-01-15 23:59:58');
  });

  test('outside the years a ZIP can hold, the nearest one', () => {
    expect(firstEntryTime(zipFiles([{ path: 'a', bytes: 'a' }], new Date(0)))).toBe('1980-01-01 00:00:00');
    expect(firstEntryTime(zipFiles([{ path: 'a', bytes: 'a' }], new Date(Date.UTC(2200, 0, 1))))).toBe('2107-12-31 23:59:58');
  });
});

describe('the same inputs, the same bytes', () => {
  test('a pack generated twice in one process, with the PDF renderer warm the second time', async () => {
    const profile = fixtureProfile('karpov-ip.yaml');
    const timestamp = new Date(Date.UTC(2026, 2, 3, 4, 5, 6));
    const options = { formats: ['docx', 'pdf', 'html'] as const, fonts: await loadFontSet(profile.documents.font), timestamp, zip: true };
    const first = await generatePack(profile, [], { ...options, formats: [...options.formats] });
    const second = await generatePack(profile, [], { ...options, formats: [...options.formats] });
    expect(second.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
    for (const [i, file] of first.files.entries()) expect(second.files[i]?.bytes, file.path).toEqual(file.bytes);
    // The timestamp is what the files carry.
    const docx = first.files.find((f) => f.path.endsWith('.docx'))?.bytes;
    if (!(docx instanceof Uint8Array)) throw new Error('no DOCX in the pack');
    expect(strFromU8(unzipSync(docx)['docProps/core.xml']!)).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-03T04:05:06Z</dcterms:created>',
    );
    expect(firstEntryTime(docx)).toBe('2026-03-03 04:05:06');
    const pdf = first.files.find((f) => f.path.endsWith('.pdf'))?.bytes;
    if (!(pdf instanceof Uint8Array)) throw new Error('no PDF in the pack');
    const read = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(read.getCreationDate()?.toISOString()).toBe('2026-03-03T04:05:06.000Z');
    expect(read.getModificationDate()?.toISOString()).toBe('2026-03-03T04:05:06.000Z');
  });
});
