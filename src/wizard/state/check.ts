/**
 * Validation of the draft on every edit, with the CLI's own checks (check-data.ts), indexed by
 * field so each input can show its message. Also finds a profile to compute live figures from
 * while some part of the draft is still invalid.
 */
import { checkProfileData } from '../../core/check-data.ts';
import type { Issue } from '../../core/profile/issues.ts';
import type { Profile } from '../../core/profile/schema.ts';
import type { Draft } from './draft.ts';

export interface DraftCheck {
  errors: Issue[];
  warnings: Issue[];
  /** Errors by the exact path they name. */
  errorsAt: ReadonlyMap<string, Issue[]>;
  /** The draft as a valid profile; null while it has errors. */
  profile: Profile | null;
  /**
   * A valid profile for the live figures (payout tables, derived plans): the draft itself, or
   * the draft with its broken top-level sections taken from the last valid draft. Null when
   * even that does not validate.
   */
  figures: Profile | null;
  /** `figures` took some sections from the last valid draft. */
  figuresPartial: boolean;
}

const topKey = (path: string): string => /^[^.[]*/.exec(path)?.[0] ?? '';

function index(errors: readonly Issue[]): Map<string, Issue[]> {
  const map = new Map<string, Issue[]>();
  for (const e of errors) map.set(e.path, [...(map.get(e.path) ?? []), e]);
  return map;
}

/** Words a message in the form's words (owner-messages.ts ownerMessage). */
export type Say = (issue: Issue, draft: Draft) => string;

/**
 * Until the wizard has loaded its wording (a moment after the page opens; it stays out of the
 * page's first JavaScript), a message says only where to look: the core's own words name fields.
 */
const BEFORE_WORDS: Record<Issue['severity'], string> = { error: 'Проверьте это поле.', warning: 'Проверьте это значение.' };

/** The core's messages in the form's words; path, code and severity stay. */
const inOwnWords = (issues: readonly Issue[], draft: Draft, say: Say | null): Issue[] =>
  issues.map((i) => ({ ...i, message: say ? say(i, draft) : BEFORE_WORDS[i.severity] }));

export function checkDraft(draft: Draft, lastValid: Draft | null, say: Say | null): DraftCheck {
  const checked = checkProfileData(draft);
  const result = checked.ok
    ? { ...checked, warnings: inOwnWords(checked.warnings, draft, say) }
    : { ...checked, errors: inOwnWords(checked.errors, draft, say), warnings: inOwnWords(checked.warnings, draft, say) };
  if (result.ok) {
    return {
      errors: [],
      warnings: result.warnings,
      errorsAt: new Map(),
      profile: result.profile,
      figures: result.profile,
      figuresPartial: false,
    };
  }
  let figures: Profile | null = null;
  const broken = new Set(result.errors.map((e) => topKey(e.path)));
  if (lastValid && !broken.has('')) {
    const patched: Record<string, unknown> = { ...draft };
    for (const key of broken) patched[key] = (lastValid as Record<string, unknown>)[key];
    const retry = checkProfileData(patched);
    if (retry.ok) figures = retry.profile;
  }
  // Names and requisites of the company enter no figure, so borrowing them is not worth a note.
  const partial = figures !== null && [...broken].some((key) => key !== 'company');
  return {
    errors: result.errors,
    warnings: result.warnings,
    errorsAt: index(result.errors),
    profile: null,
    figures,
    figuresPartial: partial,
  };
}
