/** Карты KPI: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildKpiCardView, kpiCardPositions, type KpiCardView } from './view.ts';

export default defineDocument<KpiCardView, typeof meta.id>({
  meta,
  positions: kpiCardPositions,
  view: buildKpiCardView,
  template: 'kpi-card',
});
