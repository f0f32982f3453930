/** Регламент работы в CRM: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildCrmRegulationView, type CrmRegulationView } from './view.ts';

export default defineDocument<CrmRegulationView, typeof meta.id>({
  meta,
  view: buildCrmRegulationView,
  template: (profile) => (profile.processes.crm ? 'crm-regulation' : 'crm-recommendation'),
});
