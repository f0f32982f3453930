/** Дополнительное соглашение к трудовому договору: one file per position with variable pay, one agreement per employee in it. */
import { defineDocument } from '../shared/define.ts';
import { variablePayPositions } from '../shared/variable-pay.ts';
import { meta } from './meta.ts';
import { buildContractAddendumView, type ContractAddendumView } from './view.ts';

export default defineDocument<ContractAddendumView, typeof meta.id>({
  meta,
  view: buildContractAddendumView,
  template: 'contract-addendum',
  positions: variablePayPositions,
  // Both parties sign the agreement itself: no acknowledgement sheet.
  acknowledgeBy: () => [],
});
