/**
 * Every template names only fields its views have, in every branch, checked on the templates'
 * syntax against the views of every profile we have (no pack renders here). A template that
 * names a missing field fails this test with its line even if no profile takes that branch.
 */
import { describe, expect, test } from 'vitest';
import { CHECKLIST } from '../../content/audit/checklist.ts';
import { EXAMPLE_ANSWERS, scoreAudit } from '../../src/core/audit/index.ts';
import type { AuditInput } from '../../src/core/audit/schema.ts';
import { buildBlankView } from '../../src/documents/audit-checklist/view.ts';
import { buildReportView } from '../../src/documents/audit-report/view.ts';
import { packContext } from '../../src/core/pack/generate.ts';
import { loadDefinitions } from '../../src/documents/registry.ts';
import { templateFiles } from '../../src/node/template-build.ts';
import { fixtureProfile } from '../support/packs.ts';
import { PROFILE_FILES } from '../support/profiles.ts';
import { checkTemplate, emptyShape, observe, type Shape } from '../support/template-contract.ts';

const shapes = new Map<string, Shape>();
const see = (template: string, view: object) => {
  let shape = shapes.get(template);
  if (!shape) {
    shape = emptyShape();
    shapes.set(template, shape);
  }
  observe(shape, view);
};

for (const definition of await loadDefinitions()) {
  for (const file of PROFILE_FILES) {
    const profile = fixtureProfile(file);
    // Every document of every profile, whatever `documents.include` picks.
    const all = { ...profile, documents: { ...profile.documents, include: null } };
    const context = definition.listsPack ? await packContext(all) : undefined;
    for (const instance of definition.instances(all, context)) see(instance.template, instance.view);
  }
}
const answerSets: AuditInput[] = [
  EXAMPLE_ANSWERS,
  ...(['yes', 'no', 'partly', 'na'] as const).map(
    (answer): AuditInput => ({
      ...EXAMPLE_ANSWERS,
      answers: Object.fromEntries(CHECKLIST.questions.map((q) => [q.id, { answer, comment: 'Комментарий' }])),
    }),
  ),
];
for (const input of answerSets) see('audit-report', buildReportView(input, scoreAudit(input.answers), CHECKLIST, '2027-03-05'));
see('audit-checklist', buildBlankView(CHECKLIST));

const templates = await templateFiles();

describe('the view ↔ template contract', () => {
  test('every template has views to check against', () => {
    expect(templates.map((t) => t.name).filter((name) => !shapes.has(name))).toEqual([]);
  });

  test.each(templates.map((t) => [t.name, t] as const))('%s names only fields its views have', (_name, template) => {
    const problems = checkTemplate(template.source, shapes.get(template.name) ?? emptyShape()).map(
      (p) => `${template.path}:${p.line}: {{${p.path}}} — ${p.reason}`,
    );
    expect(problems).toEqual([]);
  });

  test('a field the view lacks is caught in a branch no profile takes', () => {
    const view = observe(emptyShape(), { head: null, positions: [{ title: 'Менеджер' }], crm: null });
    const source =
      '{{#if crm}}{{crm.name}}{{/if}}\n{{#each positions}}{{title}} {{salary}}{{/each}}\n{{#if head}}{{head.title}}{{/if}}\n{{plan.year}}';
    expect(checkTemplate(source, view).map((p) => `${p.line}: ${p.path}`)).toEqual([
      '1: crm.name',
      '2: salary',
      '3: head.title',
      '4: plan.year',
    ]);
  });
});
