/** «Коммерческая политика»: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildCommercialPolicyView, type CommercialPolicyView } from './view.ts';

export default defineDocument<CommercialPolicyView, typeof meta.id>({
  meta,
  view: buildCommercialPolicyView,
  template: 'commercial-policy',
});
