/** Дорожная карта внедрения: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildRoadmapView, type RoadmapView } from './view.ts';

export default defineDocument<RoadmapView, typeof meta.id>({
  meta,
  view: buildRoadmapView,
  template: 'roadmap',
});
