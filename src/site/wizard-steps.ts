/**
 * The wizard's steps as other pages link to them (`/wizard/#step-kpi`). The wizard owns the ids
 * and the titles (src/wizard/state/steps.ts); the site only builds links, so a renamed step fails
 * the site's build instead of leaving dead links in the methodology.
 */
import { STEP_IDS, stepInfo, type StepId } from '../wizard/state/steps.ts';

export type WizardStep = StepId;
export const WIZARD_STEP_IDS = STEP_IDS;

export function wizardStepTitle(step: WizardStep): string {
  return stepInfo(step).title;
}

/** The address of a wizard step, under the site's base. */
export function wizardStepHref(base: string, step: WizardStep): string {
  return `${base}wizard/#step-${step}`;
}
