/** «Стандарт продаж»: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildSalesStandardView, type SalesStandardView } from './view.ts';

export default defineDocument<SalesStandardView, typeof meta.id>({
  meta,
  view: buildSalesStandardView,
  template: 'sales-standard',
});
