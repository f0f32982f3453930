/** Положение о мотивации: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildMotivationView, type MotivationView } from './view.ts';

export default defineDocument<MotivationView, typeof meta.id>({
  meta,
  view: buildMotivationView,
  template: 'motivation',
});
