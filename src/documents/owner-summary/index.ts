/** Сводка для собственника: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildOwnerSummaryView, type OwnerSummaryView } from './view.ts';

export default defineDocument<OwnerSummaryView, typeof meta.id>({
  meta,
  view: buildOwnerSummaryView,
  template: 'owner-summary',
  // Nobody signs a note to the owner: no acknowledgement sheet.
  acknowledgeBy: () => null,
});
