/** «Сегментация клиентов и стратегия продаж»: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildSegmentationView, type SegmentationView } from './view.ts';

export default defineDocument<SegmentationView, typeof meta.id>({
  meta,
  view: buildSegmentationView,
  template: 'segmentation',
});
