/** Регламент обработки заявок и передачи клиентов: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildLeadRegulationView, type LeadRegulationView } from './view.ts';

export default defineDocument<LeadRegulationView, typeof meta.id>({
  meta,
  view: buildLeadRegulationView,
  template: 'lead-regulation',
});
