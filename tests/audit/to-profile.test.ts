/** From audit answers to profile changes, applied to the reference profile and generated as a pack. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CHECKLIST } from '../../content/audit/checklist.ts';
import { applyProfileChanges, auditToProfile, PROFILE_RULES, type Answer, type AuditAnswers } from '../../src/core/audit/index.ts';
import { checkProfileData } from '../../src/core/check.ts';
import { buildPackModels } from '../../src/core/pack/generate.ts';
import { parseProfileText } from '../../src/core/profile/load.ts';
import { REFERENCE_COPY } from '../support/reference.ts';

const allYes: AuditAnswers = Object.fromEntries(CHECKLIST.questions.map((q) => [q.id, { answer: 'yes' as Answer, comment: null }]));
const withAnswers = (pairs: Record<string, Answer>): AuditAnswers => ({
  ...allYes,
  ...Object.fromEntries(Object.entries(pairs).map(([id, answer]) => [id, { answer, comment: null }])),
});

function reference(): Record<string, unknown> {
  const parsed = parseProfileText(readFileSync(REFERENCE_COPY, 'utf8'), 'tehnosnab.yaml');
  if (!parsed.ok) throw new Error('reference profile does not parse');
  return parsed.data;
}

describe('auditToProfile', () => {
  test('every rule refers to a question of the checklist', () => {
    const ids = CHECKLIST.questions.map((q) => q.id);
    expect(PROFILE_RULES.map((r) => r.question).filter((id) => !ids.includes(id))).toEqual([]);
  });

  test('all «yes» changes nothing', () => {
    expect(auditToProfile(allYes)).toEqual({ include: [], changes: [], notes: [] });
  });

  test('no CRM: processes.crm becomes null, and the CRM document is included', () => {
    const plan = auditToProfile(withAnswers({ 'crm-in-use': 'no' }));
    expect(plan.changes).toContainEqual(
      expect.objectContaining({ op: 'set', path: ['processes', 'crm'], value: null, questions: ['crm-in-use'] }),
    );
    expect(plan.include).toEqual(['crm-regulation', 'roadmap']);
  });

  test('no planning: the plan and the planning regulation are included (the skipped follow-up adds nothing)', () => {
    const plan = auditToProfile(withAnswers({ 'plan-exists': 'no', 'plan-method': 'partly' }));
    expect(plan.include).toEqual(['sales-plan', 'planning-regulation', 'roadmap']);
    expect(plan.changes).toContainEqual(
      expect.objectContaining({ path: ['documents', 'include'], value: ['sales-plan', 'planning-regulation', 'roadmap'] }),
    );
  });

  test('reports from several gaps become one change', () => {
    const plan = auditToProfile(withAnswers({ 'analytics-from-system': 'no', forecast: 'no', receivables: 'partly' }));
    const adds = plan.changes.filter((c) => c.op === 'add');
    expect(adds).toHaveLength(1);
    expect(adds[0]).toMatchObject({
      path: ['processes', 'reports'],
      values: ['weekly-pipeline', 'monthly-plan-fact', 'receivables-report'],
      questions: ['analytics-from-system', 'forecast', 'receivables'],
    });
  });

  test('what no profile field can hold comes back as a note', () => {
    const plan = auditToProfile(withAnswers({ 'head-of-sales': 'no' }));
    expect(plan.notes.map((n) => n.questions)).toEqual([['head-of-sales']]);
    expect(plan.notes[0]?.text).toMatch(/head-of-sales/);
  });

  test('«not applicable» and «yes» trigger nothing', () => {
    expect(auditToProfile(withAnswers({ 'crm-in-use': 'na', 'meeting-weekly': 'yes' })).changes).toEqual([]);
  });
});

describe('applyProfileChanges', () => {
  test('set, default and add, without touching the original', () => {
    const profile = {
      processes: { crm: 'Битрикс24', meetings: { daily: true, weekly: 'wednesday', monthly: false }, reports: ['daily-activity'] },
    };
    const plan = auditToProfile(withAnswers({ 'crm-in-use': 'no', 'meeting-weekly': 'partly', 'analytics-from-system': 'no' }));
    const out = applyProfileChanges(profile, plan.changes);
    expect(out.processes.crm).toBeNull();
    // A weekly meeting already set stays on its day; the missing monthly review is added.
    expect(out.processes.meetings).toEqual({ daily: true, weekly: 'wednesday', monthly: true });
    expect(out.processes.reports).toEqual(['daily-activity', 'weekly-pipeline', 'monthly-plan-fact']);
    expect(profile.processes.crm).toBe('Битрикс24');
    expect(profile.processes.reports).toEqual(['daily-activity']);
  });

  test('the reference profile after the example audit is valid, and the pack follows the audit', async () => {
    const answers = withAnswers({ 'crm-in-use': 'no', 'plan-exists': 'no', 'client-handover': 'no', 'meeting-weekly': 'no' });
    const base = reference();
    (base['processes'] as Record<string, unknown>)['clientTransferOnLeave'] = false;
    const changed = applyProfileChanges(base, auditToProfile(answers).changes);
    const check = checkProfileData(changed);
    expect(check.ok ? [] : check.errors).toEqual([]);
    if (!check.ok) return;
    const models = await buildPackModels(check.profile);
    // Only what the audit calls for, and the CRM document is the recommendation to choose one.
    expect(models.map((m) => m.meta.id)).toEqual([
      'sales-plan',
      'planning-regulation',
      'crm-regulation',
      'lead-regulation',
      'report-forms',
      'handover-act',
      'roadmap',
    ]);
    expect(models.find((m) => m.meta.id === 'crm-regulation')?.meta.title).toBe('Рекомендации по выбору и внедрению CRM-системы');
    expect(check.profile.processes.clientTransferOnLeave).toBe(true);
  });
});
