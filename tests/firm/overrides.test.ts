/**
 * Clause overrides on the document model (src/core/firm/overrides.ts): what each action does to
 * the sections, clauses, sub-clauses and tables and their numbers, and which of a firm's and a
 * client's overrides of one id wins.
 */
import { describe, expect, test } from 'vitest';
import type { ClauseOverride } from '../../src/core/firm/overrides.ts';
import { clauseEntries } from '../../src/core/model/clauses.ts';
import { buildPackModels } from '../../src/core/pack/generate.ts';
import { compileTemplateSource } from '../../src/core/templating/precompile.ts';
import { DOCUMENTS } from '../../src/documents/registry.ts';
import { fixtureProfile } from '../support/packs.ts';

const profile = fixtureProfile('vektor.yaml');
const charter = (await DOCUMENTS.find((d) => d.meta.id === 'charter')?.load())?.default;
if (!charter) throw new Error('no charter');

let line = 0;
function override(
  action: ClauseOverride['action'],
  target: string,
  text: string | null,
  scope: 'firm' | 'client' = 'firm',
): ClauseOverride {
  line += 1;
  return {
    action,
    target,
    text,
    template: text === null ? null : compileTemplateSource(text),
    origin: { file: `${scope}.yaml`, line, textLine: line + 1, scope },
  };
}

async function entries(firm: ClauseOverride[], client: ClauseOverride[] = []) {
  const [model] = await buildPackModels(profile, {
    documents: [charter as NonNullable<typeof charter>],
    firm: { dir: 'firm', hash: '', brand: null, overrides: firm },
    clientOverrides: client,
  });
  return new Map(clauseEntries(model as NonNullable<typeof model>).map((e) => [e.id, e]));
}

const plain = await entries([]);

describe('clause overrides', () => {
  test('removing a clause renumbers the ones after it', async () => {
    const after = await entries([override('remove', 'charter.general.status', null)]);
    expect(after.has('charter.general.status')).toBe(false);
    expect(after.get('charter.general.activity')?.number).toBe('1.2.');
    expect(after.get('charter.structure.headcount')?.number).toBe('2.1.');
  });

  test('a bare replacement keeps the id and the number', async () => {
    const after = await entries([override('replace', 'charter.general.status', 'Отдел подчиняется {{director.position.dat}}.')]);
    expect(after.get('charter.general.status')).toMatchObject({ number: '1.2.', text: 'Отдел подчиняется Генеральному директору.' });
  });

  test('a sub-clause can be removed and added after', async () => {
    const after = await entries([
      override('remove', 'charter.rights.powers.request-info', null),
      override('after', 'charter.rights.powers.training', '1. {#travel} Направлять работников в командировки.'),
    ]);
    const training = plain.get('charter.rights.powers.training')?.number ?? '';
    expect(after.get('charter.rights.powers.proposals')?.number).toBe(plain.get('charter.rights.powers.request-info')?.number);
    expect(after.get('charter.rights.powers.travel')?.number).toBe(training);
  });

  test('a section after a section takes the next number, the rest move down', async () => {
    const after = await entries([override('after', 'charter.general', '# {#values} Ценности\n\n1. {#honesty} Отдел работает честно.')]);
    expect(after.get('charter.values')?.number).toBe('2.');
    expect(after.get('charter.values.honesty')?.number).toBe('2.1.');
    expect(after.get('charter.structure')?.number).toBe('3.');
  });

  test('a table can be replaced', async () => {
    const after = await entries([
      override('replace', 'charter.structure.staff', ':::table{#staff}\n| Должность | Человек |\n| --- | --- |\n| Все | 5 |\n:::'),
    ]);
    expect(after.get('charter.structure.staff')?.text).toBe('Должность | Человек');
  });

  test("a client's override of an id takes the place of the firm's", async () => {
    const after = await entries(
      [override('replace', 'charter.general.status', 'Текст фирмы.')],
      [override('replace', 'charter.general.status', 'Текст клиента.', 'client')],
    );
    expect(after.get('charter.general.status')?.text).toBe('Текст клиента.');
  });

  test('an override that repeats an id is refused with its file and line', async () => {
    const bad = override('after', 'charter.general.status', '1. {#activity} Ещё раз.', 'client');
    await expect(entries([], [bad])).rejects.toMatchObject({
      name: 'OverrideError',
      problems: [expect.objectContaining({ file: 'client.yaml', line: bad.origin.line, message: expect.stringContaining('повторяется') })],
    });
  });
});
