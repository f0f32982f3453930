/** One labelled text input with an optional hint and error, in the site's field style. */
export interface TextInputProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  optional?: boolean;
  error?: string | null;
  autoComplete?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
}

export function TextInput({ id, label, value, onInput, hint, optional, error, autoComplete, inputMode }: TextInputProps) {
  // «Optional» goes into the hint rather than the label, so labels of a row stay one line.
  const note = optional ? `Необязательно${hint ? `. ${hint}` : '.'}` : hint;
  const describedBy = [note ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id} class="field__label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {note ? (
        <p class="field__hint" id={`${id}-hint`}>
          {note}
        </p>
      ) : null}
      {error ? (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
