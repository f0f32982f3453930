/**
 * The express audit's public API, browser-safe (no file system): the checklist, answers files,
 * scoring, rendering the audit's documents into files, and the profile changes the wizard applies
 * after an audit. The documents themselves are built in src/documents/audit-report and
 * src/documents/audit-checklist.
 */
export { CHECKLIST } from '../../../content/audit/checklist.ts';
export { EXAMPLE_ANSWERS } from '../../../content/audit/example.ts';
export {
  ANSWERS,
  AnswerSchema,
  AnswersFileSchema,
  ChecklistSchema,
  CURRENT_ANSWERS_VERSION,
  AuditFactsSchema,
  NO_FACTS,
  EVIDENCE,
  type AuditFacts,
  type Evidence,
  type Answer,
  type AnswerRecord,
  type AnswersFileInput,
  type Area,
  type AuditAnswers,
  type AuditInput,
  type Checklist,
  type Level,
  type Question,
} from './schema.ts';
export { loadAnswers, parseAnswersText, validateAnswers, AUDIT_CODES, RETIRED_QUESTIONS, type AnswersResult } from './load-answers.ts';
export {
  scoreAudit,
  levelFor,
  percentOf,
  MAX_FINDINGS,
  MIN_ANSWERED_PERCENT,
  documentTitle,
  type AreaResult,
  type AuditScore,
  type DocumentNeed,
  type DocumentRef,
  type Gap,
  type QuestionResult,
  type Score,
  type Insufficient,
} from './scoring.ts';
export { phasedPlan, planStep, ownerText, effortText, PHASE_TITLES, MAX_STEPS_PER_PHASE, type PlanPhase, type PlanStep } from './plan.ts';
export { stakeOf, roughMoney } from './stakes.ts';
export { renderAuditFiles, type AuditRenderOptions } from './render-files.ts';
export {
  auditToProfile,
  applyProfileChanges,
  PROFILE_RULES,
  type AuditNote,
  type AuditProfilePlan,
  type ProfileChange,
  type ProfilePath,
} from './to-profile.ts';
export { answersYaml } from './answers-yaml.ts';
