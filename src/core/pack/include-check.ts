/**
 * `documents.include` may only name documents the pack has, and a position's document only for a
 * per-position document and a position the department has.
 */
import type { Profile } from '../profile/schema.ts';
import { issue, type Issue } from '../profile/issues.ts';
import { closest } from '../profile/say.ts';
import { DOCUMENT_IDS, DOCUMENT_METAS } from '../../documents/registry.ts';
import { includeEntry } from '../../documents/shared/include.ts';

const PER_POSITION: readonly string[] = DOCUMENT_METAS.filter((m) => m.perPosition).map((m) => m.id);

/** `"plann" (возможно, имелся в виду "plan")`: the name as written, with the closest known one when there is one. */
function named(value: string, known: readonly string[]): string {
  const guess = closest(value, known);
  return `"${value}"${guess ? ` (возможно, имелся в виду "${guess}")` : ''}`;
}

/** `extra`: a consulting firm's own document types, which the pack then has too. */
export function includeCheck(profile: Profile, extra: readonly string[] = []): Issue[] {
  const known: readonly string[] = [...DOCUMENT_IDS, ...extra];
  const positions = profile.department.positions.map((p) => p.id);
  return (profile.documents.include ?? []).flatMap((raw, index): Issue[] => {
    const refused = (code: string, message: string): Issue[] => [issue('error', code, ['documents', 'include', index], message)];
    const { documentId, positionId } = includeEntry(raw);
    if (!known.includes(documentId)) {
      return refused('unknown-document', `неизвестный документ ${named(documentId, known)}; допустимы: ${known.join(', ')}`);
    }
    if (positionId === null) return [];
    if (!PER_POSITION.includes(documentId)) {
      return refused(
        'include-not-per-position',
        `документ "${documentId}" составляется один на весь отдел, а не по должностям: укажите просто "${documentId}"; по должностям составляются: ${PER_POSITION.join(', ')}`,
      );
    }
    if (positions.includes(positionId)) return [];
    return refused('unknown-position', `в отделе нет должности ${named(positionId, positions)}; должности: ${positions.join(', ')}`);
  });
}
