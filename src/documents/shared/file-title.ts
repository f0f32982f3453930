/**
 * A document's title as its file is named. Most titles already read as a name with the position
 * in the genitive («Должностная инструкция менеджера по продажам»); a card headed «Карта KPI:
 * Менеджер по продажам» becomes «Карта KPI менеджера по продажам», since a colon has no place in
 * a file name.
 */
import type { Profile } from '../../core/profile/schema.ts';
import { positionTitleForms, titleView } from './common.ts';

export function fileTitle(profile: Profile, title: string, positionId: string | null): string {
  const colon = title.indexOf(': ');
  const position = positionId === null ? undefined : profile.department.positions.find((p) => p.id === positionId);
  if (colon < 0 || position === undefined) return title;
  return `${title.slice(0, colon)} ${titleView(positionTitleForms(position)).lc.gen}`;
}
