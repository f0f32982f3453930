/** Должностные инструкции: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildJobDescriptionView, jobDescriptionPositions, type JobDescriptionView } from './view.ts';

export default defineDocument<JobDescriptionView, typeof meta.id>({
  meta,
  positions: jobDescriptionPositions,
  view: buildJobDescriptionView,
  template: 'job-description',
});
