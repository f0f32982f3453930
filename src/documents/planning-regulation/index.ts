/** Регламент планирования и отчётности: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildPlanningRegulationView, type PlanningRegulationView } from './view.ts';

export default defineDocument<PlanningRegulationView, typeof meta.id>({
  meta,
  view: buildPlanningRegulationView,
  template: 'planning-regulation',
});
