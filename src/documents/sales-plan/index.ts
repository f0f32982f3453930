/** План продаж: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildSalesPlanView, type SalesPlanView } from './view.ts';

export default defineDocument<SalesPlanView, typeof meta.id>({
  meta,
  view: buildSalesPlanView,
  template: 'sales-plan',
});
