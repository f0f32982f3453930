/** Приказ о введении в действие: the document's parts for the registry. It lists the pack, so it is built after the rest. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildOrderView, type OrderView } from './view.ts';

export default defineDocument<OrderView, typeof meta.id>({
  meta,
  view: buildOrderView,
  template: 'order',
  listsPack: true,
  // Those the order names sign it in its own «С приказом ознакомлены» block: no sheet for everyone.
  acknowledgeBy: () => [],
});
