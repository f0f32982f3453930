/** Планы адаптации: the document's parts for the registry, one per position. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildOnboardingPlanView, type OnboardingPlanView } from './view.ts';

export default defineDocument<OnboardingPlanView, typeof meta.id>({
  meta,
  view: buildOnboardingPlanView,
  template: 'onboarding-plan',
});
