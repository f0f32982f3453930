/**
 * A button that opens a YAML or JSON file chosen by the user: the wizard's «Загрузить профиль»
 * and the audit's «Открыть файл ответов». The file goes to `onFile`; while it is being read, the
 * label says so. The input is cleared at once, so choosing the same file again reads it again.
 */
import { useState } from 'preact/hooks';

/** What the file chooser offers: the profile's and the answers' formats. */
const ACCEPT = '.yaml,.yml,.json,application/json,application/yaml,text/yaml';

export interface OpenFileButtonProps {
  label: string;
  onFile: (file: File) => Promise<void>;
  /** For the tests and the bench, which give the input a file directly. */
  testId?: string;
}

export function OpenFileButton({ label, onFile, testId }: OpenFileButtonProps) {
  const [busy, setBusy] = useState(false);
  const open = async (file: File) => {
    setBusy(true);
    try {
      await onFile(file);
    } finally {
      setBusy(false);
    }
  };
  return (
    <label class="button button--secondary file-button">
      {busy ? 'Чтение…' : label}
      <input
        type="file"
        accept={ACCEPT}
        class="visually-hidden"
        data-testid={testId}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void open(file);
        }}
      />
    </label>
  );
}
