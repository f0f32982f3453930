/**
 * A department of thousands: the acknowledgement sheet lists the named people and a few blank rows
 * per position, and says how many must sign, instead of running to hundreds of pages (a 10 000-seat
 * position once took 30 s and 2 GB to build).
 */
import { afterAll, expect, test } from 'vitest';
import { BLANK_SEAT_ROWS } from '../../src/documents/shared/common.ts';
import { profileFromFile, writePack } from '../support/packs.ts';
import { REFERENCE_PROFILE } from '../support/reference.ts';
import { pdfPages, removeDir, squash, tempDir } from '../support/readers.ts';
import path from 'node:path';

const root = tempDir('opkit-large-');
afterAll(() => removeDir(root));

/** The reference profile with 3 000 sales managers, four of them named. */
const profile = profileFromFile(REFERENCE_PROFILE, (text) => text.replace(/(id: manager[\s\S]*?headcount: )4/, '$13000'));

test('the acknowledgement sheet of a 3 000-seat department: named people, capped blank rows, the number who sign', async () => {
  const manager = profile.department.positions.find((p) => p.id === 'manager');
  expect(manager?.headcount).toBe(3000);
  const total = profile.department.positions.reduce((sum, p) => sum + p.headcount, 0);
  const { dir } = await writePack(root, 'big', profile, ['pdf']);
  const pages = pdfPages(path.join(dir, 'charter.pdf'));
  const layout = pages.slice(pages.findIndex((p) => p.includes('ЛИСТ ОЗНАКОМЛЕНИЯ'))).join('\n');
  const sheet = squash(layout);
  // A long name wraps inside its cell: the surname is enough to find it.
  for (const name of manager?.employees ?? []) expect(sheet).toContain(name.split(' ')[0]);
  // Rows are numbered: every named person and at most the cap of blanks per position.
  const rows = [...layout.matchAll(/^\s*(\d+)\s{2,}/gm)].map((m) => Number(m[1]));
  const others = profile.department.positions.filter((p) => p.id !== 'manager').reduce((sum, p) => sum + p.headcount, 0);
  expect(Math.max(...rows)).toBe(others + Math.min(3000, 4 + BLANK_SEAT_ROWS));
  expect(sheet).toContain(`должны ознакомиться с документом: ${String(total).replace(/\B(?=(\d{3})+$)/g, ' ')}.`);
  expect(pages.length).toBeLessThan(20);
});

test('a department that fits keeps one row per seat and no note', async () => {
  const small = profileFromFile(REFERENCE_PROFILE);
  const { dir } = await writePack(root, 'small', small, ['pdf']);
  const layout = pdfPages(path.join(dir, 'charter.pdf')).join('\n');
  expect(squash(layout)).not.toContain('должны ознакомиться');
  const seats = small.department.positions.reduce((sum, p) => sum + p.headcount, 0);
  const rows = [...layout.slice(layout.indexOf('ЛИСТ ОЗНАКОМЛЕНИЯ')).matchAll(/^\s*(\d+)\s{2,}/gm)].map((m) => Number(m[1]));
  expect(Math.max(...rows)).toBe(seats);
});

test('the monthly plan-fact form of a 3 000-seat department: capped rows and the number of people it is for', async () => {
  const { dir } = await writePack(root, 'forms', profile, ['pdf']);
  const text = squash(pdfPages(path.join(dir, 'report-forms.pdf')).join('\n'));
  const withPlans = profile.department.positions.filter((p) => p.id !== 'rop').reduce((sum, p) => sum + p.headcount, 0);
  expect(text).toContain(`Работников с личным планом: ${String(withPlans).replace(/\B(?=(\d{3})+$)/g, ' ')};`);
  // The plan-fact table: four named managers, then the capped blank seats by title.
  const table = text.slice(text.indexOf('% выполнения'), text.indexOf('Итого по Отделу'));
  for (const name of profile.department.positions.find((p) => p.id === 'manager')?.employees ?? []) expect(table).toContain(name);
  expect(table.split('Менеджер по продажам').length - 1).toBe(BLANK_SEAT_ROWS);
});
