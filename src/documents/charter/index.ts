/** Положение об отделе продаж: the document's parts for the registry. */
import { defineDocument } from '../shared/define.ts';
import { meta } from './meta.ts';
import { buildCharterView, type CharterView } from './view.ts';

export default defineDocument<CharterView, typeof meta.id>({
  meta,
  view: buildCharterView,
  template: 'charter',
});
