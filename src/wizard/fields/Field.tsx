/** Label, hint and messages around one input; the input itself is the child. */
import type { ComponentChildren } from 'preact';
import type { Issue } from '../../core/profile/issues.ts';

export interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string | undefined;
  optional?: boolean | undefined;
  errors: readonly Issue[];
  children: ComponentChildren;
  /** Put the label after the input (checkboxes). */
  inline?: boolean;
  class?: string;
}

export const describedBy = (id: string, hint: string | undefined, errors: readonly Issue[]): string | undefined =>
  [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function FieldErrors({ id, errors }: { id: string; errors: readonly Issue[] }) {
  if (errors.length === 0) return null;
  return (
    <p class="field__error" id={`${id}-error`}>
      {errors.map((e) => e.message).join('; ')}
    </p>
  );
}

export function FieldFrame({ id, label, hint, optional, errors, children, inline, class: extra }: FieldFrameProps) {
  const labelNode = (
    <label for={id} class="field__label">
      {label}
      {optional ? <span class="field__optional"> (необязательно)</span> : null}
    </label>
  );
  return (
    <div class={`field${inline ? ' field--inline' : ''}${errors.length > 0 ? ' field--invalid' : ''}${extra ? ` ${extra}` : ''}`}>
      {inline ? children : labelNode}
      {inline ? labelNode : children}
      {hint ? (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}
