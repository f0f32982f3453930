/** What every part of the wizard reads and calls: the draft, its check, and the edits. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DraftCheck } from './check.ts';
import type { Draft } from './draft.ts';
import type { Path } from './paths.ts';
import type { StepId } from './steps.ts';
import type { Origin } from './untouched.ts';

export interface WizardApi {
  draft: Draft;
  check: DraftCheck;
  step: StepId;
  /** Set a value at a path; `undefined` removes an optional field. */
  set: (path: Path, value: unknown) => void;
  /** Any edit that touches several places at once (adding a position with its KPIs). */
  update: (edit: (draft: Draft) => Draft) => void;
  /** The user left this field: its message may show now. */
  touch: (key: string) => void;
  /** Whether a field's message should show: left once, or the step was checked by «Далее». */
  shows: (key: string) => boolean;
  goTo: (step: StepId, focusKey?: string) => void;
  /** Where the draft started. */
  origin: Origin;
  /** Steps the owner has opened: defaults on the others are listed on the review (untouched.ts). */
  visited: ReadonlySet<StepId>;
}

export const WizardContext = createContext<WizardApi | null>(null);

export function useWizard(): WizardApi {
  const api = useContext(WizardContext);
  if (!api) throw new Error('useWizard outside <Wizard>');
  return api;
}
