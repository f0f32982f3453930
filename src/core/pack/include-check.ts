/** `documents.include` may only name documents the pack has. */
import type { Profile } from '../profile/schema.ts';
import { issue, type Issue } from '../profile/issues.ts';
import { closest } from '../profile/say.ts';
import { DOCUMENT_IDS } from '../../documents/registry.ts';

/** `extra`: a consulting firm's own document types, which the pack then has too. */
export function includeCheck(profile: Profile, extra: readonly string[] = []): Issue[] {
  const known: readonly string[] = [...DOCUMENT_IDS, ...extra];
  return (profile.documents.include ?? []).flatMap((id, index) => {
    if (known.includes(id)) return [];
    const guess = closest(id, known);
    return [
      issue(
        'error',
        'unknown-document',
        ['documents', 'include', index],
        `неизвестный документ "${id}"${guess ? ` (возможно, имелся в виду "${guess}")` : ''}; допустимы: ${known.join(', ')}`,
      ),
    ];
  });
}
