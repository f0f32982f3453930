/** Акт передачи клиента: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildHandoverActView, type HandoverActView } from './view.ts';

export default defineDocument<HandoverActView, typeof meta.id>({
  meta,
  view: buildHandoverActView,
  template: 'handover-act',
});
