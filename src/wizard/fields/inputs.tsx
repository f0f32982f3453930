/**
 * The wizard's inputs, each bound to one path of the draft. Empty optional inputs remove their
 * field (or write null where the schema reads null as «none»), so an untouched optional field
 * never appears in an exported profile.
 */
import { useEffect, useState } from 'preact/hooks';
import { useWizard } from '../state/context.ts';
import { pathKey, type Path } from '../state/paths.ts';
import { describedBy, FieldFrame } from './Field.tsx';
import { fieldId, useField } from './use-field.ts';
import { groupedNumber, parseNumber, understood } from './parse-number.ts';

export { parseNumber } from './parse-number.ts';

interface Common {
  path: Path;
  label: string;
  hint?: string;
  optional?: boolean;
  /** What an emptied optional field becomes: removed (undefined, the default) or null. */
  empty?: null | undefined;
  class?: string;
}

export function TextField(props: Common & { autoComplete?: string; placeholder?: string; type?: 'text' | 'date' }) {
  const f = useField(props.path);
  const value = typeof f.value === 'string' ? f.value : '';
  return (
    <FieldFrame id={f.id} label={props.label} hint={props.hint} optional={props.optional} errors={f.errors} class={props.class}>
      <input
        id={f.id}
        name={f.key}
        type={props.type ?? 'text'}
        value={value}
        autoComplete={props.autoComplete ?? 'off'}
        placeholder={props.placeholder}
        aria-invalid={f.invalid || undefined}
        aria-describedby={describedBy(f.id, props.hint, f.errors)}
        onInput={(e) => {
          const text = e.currentTarget.value;
          f.set(text.trim() === '' && props.optional ? props.empty : text);
        }}
        onBlur={f.onBlur}
      />
    </FieldFrame>
  );
}

/**
 * The text of an input that shows a value in its own format: kept exactly as typed while the
 * input has focus, and following the value (an import, a reset) while it does not.
 */
function useTypedText(shown: string, onLeave: () => void) {
  const [focused, setFocused] = useState(false);
  const [text, setText] = useState(shown);
  useEffect(() => {
    if (!focused) setText(shown);
  }, [shown, focused]);
  return {
    text,
    setText,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      onLeave();
    },
  };
}

const grouped = (value: unknown, grouping = true): string =>
  typeof value === 'number' ? groupedNumber(value, grouping) : typeof value === 'string' ? value : '';

export function NumberField(props: Common & { unit?: string; integer?: boolean; grouping?: boolean }) {
  const f = useField(props.path);
  const grouping = props.grouping ?? true;
  const typed = useTypedText(grouped(f.value, grouping), f.onBlur);
  const meant = understood(typed.text, props.unit, grouping);
  return (
    <FieldFrame id={f.id} label={props.label} hint={props.hint} optional={props.optional} errors={f.errors} class={props.class}>
      <span class="number">
        <input
          id={f.id}
          name={f.key}
          type="text"
          inputMode={props.integer ? 'numeric' : 'decimal'}
          value={typed.text}
          autoComplete="off"
          aria-invalid={f.invalid || undefined}
          aria-describedby={[describedBy(f.id, props.hint, f.errors), meant ? `${f.id}-meant` : ''].filter(Boolean).join(' ') || undefined}
          onFocus={typed.onFocus}
          onInput={(e) => {
            const raw = e.currentTarget.value;
            typed.setText(raw);
            const parsed = parseNumber(raw);
            f.set(parsed === '' ? (props.optional ? props.empty : undefined) : parsed);
          }}
          onBlur={typed.onBlur}
        />
        {props.unit ? (
          <span class="number__unit" aria-hidden="true">
            {props.unit}
          </span>
        ) : null}
      </span>
      {meant ? (
        <span class="number__meant" id={`${f.id}-meant`} data-testid="understood">
          {meant}
        </span>
      ) : null}
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(
  props: Common & { options: readonly Option[]; placeholder?: string; onValue?: (value: string) => void; numeric?: boolean },
) {
  const f = useField(props.path);
  const value = typeof f.value === 'string' || typeof f.value === 'number' ? String(f.value) : '';
  return (
    <FieldFrame id={f.id} label={props.label} hint={props.hint} optional={props.optional} errors={f.errors} class={props.class}>
      <select
        id={f.id}
        name={f.key}
        value={value}
        aria-invalid={f.invalid || undefined}
        aria-describedby={describedBy(f.id, props.hint, f.errors)}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (props.onValue) props.onValue(v);
          else if (v === '') f.set(props.optional ? props.empty : v);
          else f.set(props.numeric ? Number(v) : v);
        }}
        onBlur={f.onBlur}
      >
        {props.placeholder !== undefined || !props.options.some((o) => o.value === value) ? (
          <option value="">{props.placeholder ?? '— выберите —'}</option>
        ) : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField(props: Omit<Common, 'optional' | 'empty'>) {
  const f = useField(props.path);
  return (
    <FieldFrame id={f.id} label={props.label} hint={props.hint} errors={f.errors} inline class={props.class}>
      <input
        id={f.id}
        name={f.key}
        type="checkbox"
        checked={f.value === true}
        aria-describedby={describedBy(f.id, props.hint, f.errors)}
        onChange={(e) => f.set(e.currentTarget.checked)}
        onBlur={f.onBlur}
      />
    </FieldFrame>
  );
}

/** A list of short texts, one per line (employee names, duties). */
export function LinesField(props: Common & { rows?: number }) {
  const f = useField(props.path);
  const lines = Array.isArray(f.value) ? f.value.filter((v): v is string => typeof v === 'string') : [];
  const typed = useTypedText(lines.join('\n'), f.onBlur);
  return (
    <FieldFrame id={f.id} label={props.label} hint={props.hint} optional={props.optional} errors={f.errors} class={props.class}>
      <textarea
        id={f.id}
        name={f.key}
        rows={props.rows ?? 4}
        value={typed.text}
        aria-invalid={f.invalid || undefined}
        aria-describedby={describedBy(f.id, props.hint, f.errors)}
        onFocus={typed.onFocus}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          typed.setText(raw);
          const items = raw
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
          f.set(items.length === 0 && props.optional ? props.empty : items);
        }}
        onBlur={typed.onBlur}
      />
    </FieldFrame>
  );
}

/**
 * A message for a path that has no input of its own (a sum of weights, a list as a whole). It
 * shows at once: such a problem comes from several fields and is news the moment it appears.
 */
export function PathErrors({ path }: { path: Path }) {
  const api = useWizard();
  const key = pathKey(path);
  const errors = api.check.errorsAt.get(key) ?? [];
  if (errors.length === 0) return null;
  return (
    <p class="field__error" id={`${fieldId(key)}-error`}>
      {errors.map((e) => e.message).join('; ')}
    </p>
  );
}
