/**
 * The wizard against issue 16's limits, in headless Chromium on the built site: over-long text
 * gets a message next to its field and stays in the draft (also across a reload); a file over
 * 1 MB, a file with a day named «constructor» and a file with 150 000 wrong items are refused
 * with a message beside the import button, read in the engine worker, and the draft is kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { REFERENCE_COPY } from '../support/reference.ts';
import { siteVisitors, type Visitor } from '../support/site.ts';

const site = siteVisitors();

async function openWizard(): Promise<Visitor> {
  const v = await site.visit();
  await v.page.goto(`${site.base}/wizard/`);
  await v.page.locator('#step-title').waitFor();
  // A new visitor chooses how to start (a restored draft opens at once); these tests work on the example's figures.
  const example = v.page.getByRole('button', { name: 'Открыть пример' });
  if ((await example.count()) > 0) {
    await example.click();
    await expect.poll(() => v.page.locator('#step-title').innerText()).toBe('Компания');
  }
  return v;
}

function autosavedName(page: Page): Promise<string | undefined> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('opkit.wizard') ?? '{}')?.draft?.company?.name);
}

async function typeName(page: Page, name: string): Promise<void> {
  await page.getByLabel('Краткое название компании').fill(name);
  await page.getByLabel('Краткое название компании').blur();
  await expect.poll(() => autosavedName(page)).toBe(name);
}

/** Writes a file into the visitor's scratch folder and picks it in the import button. */
async function importFile(v: Visitor, name: string, content: string | Buffer): Promise<void> {
  const file = path.join(v.tmp, name);
  writeFileSync(file, content);
  await v.page.locator('[data-testid="import-profile"]').setInputFiles(file);
}

const refused = (page: Page) => page.getByRole('alert').filter({ hasText: 'не загружен' });

describe('the wizard and the input limits', () => {
  it('says an over-long name is too long next to the field, and keeps it in the draft across a reload', async () => {
    const { page } = await openWizard();
    const long = 'Альфа'.repeat(41);
    await typeName(page, long);
    await expect
      .poll(() => page.locator('#f-company-name-error').innerText())
      .toMatch(/^Слишком длинный текст: не больше 200 знаков \(сейчас 205\)\. Сократите его\.$/);
    expect(await page.getByLabel('Краткое название компании').getAttribute('aria-invalid')).toBe('true');
    await page.reload();
    await page.locator('#step-title').waitFor();
    expect(await page.getByLabel('Краткое название компании').inputValue()).toBe(long);
    await page.getByRole('button', { name: /^Далее/ }).click();
    await expect.poll(() => page.locator('#f-company-name-error').innerText()).toContain('не больше 200 знаков');
  });

  it('refuses a file over 1 MB before reading it, beside the import button, and keeps the draft', async () => {
    const v = await openWizard();
    await typeName(v.page, 'Альфа-Трейд');
    await importFile(v, 'huge.yaml', `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    await refused(v.page).waitFor();
    expect(await refused(v.page).innerText()).toMatch(
      /файл слишком большой \(2\s097\s\d{3} байт\): профиль и файл ответов — не больше 1 МБ/,
    );
    expect(await v.page.getByLabel('Краткое название компании').inputValue()).toBe('Альфа-Трейд');
    expect(await autosavedName(v.page)).toBe('Альфа-Трейд');
  });

  it('refuses a weekly meeting on «constructor» with the field named, and keeps the draft', async () => {
    const v = await openWizard();
    await typeName(v.page, 'Альфа-Трейд');
    const profile = parse(readFileSync(REFERENCE_COPY, 'utf8')) as { processes: { meetings: Record<string, unknown> } };
    profile.processes.meetings['weekly'] = 'constructor';
    await importFile(v, 'weekly.yaml', stringify(profile));
    await refused(v.page).waitFor();
    expect(await refused(v.page).innerText()).toContain('processes.meetings.weekly');
    expect(await v.page.getByLabel('Краткое название компании').inputValue()).toBe('Альфа-Трейд');
  });

  it('refuses a file with 150 000 wrong items with a short, counted list, and keeps the page responsive', async () => {
    const v = await openWizard();
    await typeName(v.page, 'Альфа-Трейд');
    const profile = parse(readFileSync(REFERENCE_COPY, 'utf8')) as { department: { positions: Array<Record<string, unknown>> } };
    (profile.department.positions[0] as Record<string, unknown>)['duties'] = Array.from({ length: 150_000 }, (_, i) => i);
    await importFile(v, 'many.json', JSON.stringify(profile));
    await refused(v.page).waitFor();
    const text = await refused(v.page).innerText();
    expect(text).toContain('department.positions[0].duties');
    expect(text).toMatch(/в списке 150\s000 элементов, допускается не больше 200/);
    expect(await v.page.getByLabel('Краткое название компании').inputValue()).toBe('Альфа-Трейд');
  });
});
