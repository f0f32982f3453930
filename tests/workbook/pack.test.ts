/**
 * The workbook in the pack: a file beside the documents (and in pack.zip), named in manifest.json,
 * the same bytes on every run; a pack where nobody has variable pay has none.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generatePack } from '../../src/core/pack/generate.ts';
import { variant } from '../math/profiles.ts';
import { fixtureProfile } from '../support/packs.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

describe('the bonus workbook in the pack', () => {
  it('is a file of the pack and of pack.zip, listed in the manifest, the same bytes on every run', async () => {
    const profile = fixtureProfile('tehnosnab.yaml');
    const [a, b] = await Promise.all(
      [0, 1].map(() => generatePack(profile, [], { formats: ['html'], fonts: null, timestamp: TIMESTAMP, zip: true })),
    );
    const file = a?.files.find((f) => f.path === 'bonus-workbook.xlsx');
    expect(file).toBeDefined();
    expect(a?.manifest.workbook).toMatchObject({ id: 'bonus-workbook', title: 'Расчёт премий', file: 'bonus-workbook.xlsx' });
    expect(a?.manifest.workbook?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b?.files.find((f) => f.path === 'bonus-workbook.xlsx')?.bytes).toEqual(file?.bytes);
    const zip = a?.files.find((f) => f.path === 'pack.zip')?.bytes;
    if (!(zip instanceof Uint8Array)) throw new Error('no pack.zip');
    const entries = unzipSync(zip);
    expect(entries['bonus-workbook.xlsx']).toEqual(file?.bytes);
    expect(JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array())).workbook.file).toBe('bonus-workbook.xlsx');
  });

  it('is left out when no position has variable pay', async () => {
    const salaries = variant((raw) => {
      raw.motivation = raw.motivation.map((m) => ({ position: m.position, scheme: 'salary-only' }));
    });
    const pack = await generatePack(salaries, [], { formats: ['html'], fonts: null, timestamp: TIMESTAMP });
    expect(pack.files.map((f) => f.path)).not.toContain('bonus-workbook.xlsx');
    expect(pack.manifest.workbook).toBeNull();
  });
});
