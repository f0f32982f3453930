/**
 * A part of a long step that folds: one per position on the KPI and motivation steps, so a phone
 * shows a list of positions instead of thirteen screens of fields. On a phone only the first opens
 * by itself; on a wider screen, where a position takes a screen or so, all start open. A section
 * holding a problem opens, so «Далее» can always take the user to the field and nothing wrong
 * hides in a closed section.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useWizard } from '../state/context.ts';
import { onPhone } from './phone.ts';

export interface SectionProps {
  title: string;
  /** The profile path of what the section edits (`['kpis', 2]`); null when it edits nothing yet. */
  path: ReadonlyArray<string | number> | null;
  /** The step's first section: open before the user touches it, on a phone too. */
  first?: boolean;
  children: ComponentChildren;
}

/** Whether an issue's path (`kpis[2].items[0].weight`) lies under `path`. */
function under(issuePath: string, path: ReadonlyArray<string | number>): boolean {
  const prefix = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return issuePath === prefix || issuePath.startsWith(`${prefix}.`) || issuePath.startsWith(`${prefix}[`);
}

export function Section({ title, path, first = false, children }: SectionProps) {
  const { check } = useWizard();
  const [open, setOpen] = useState(() => first || !onPhone());
  const invalid = path !== null && check.errors.some((e) => under(e.path, path));
  return (
    <details class="section" open={open || invalid} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary class="section__summary">
        <span class="section__title">{title}</span>
        {invalid ? <span class="section__bad">есть ошибки</span> : null}
      </summary>
      {/* The step's own group: its legend names it for screen readers; the summary shows the title. */}
      <fieldset class="group card section__body">{children}</fieldset>
    </details>
  );
}
