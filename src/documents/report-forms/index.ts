/** Формы отчётов и совещаний: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildReportFormsView, type ReportFormsView } from './view.ts';

export default defineDocument<ReportFormsView, typeof meta.id>({
  meta,
  view: buildReportFormsView,
  template: 'report-forms',
});
