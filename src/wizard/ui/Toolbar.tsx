/** Profile file in and out, start over, preview toggle, and whether the draft is saved. */
import { useState } from 'preact/hooks';
import type { Issue } from '../../core/profile/issues.ts';
import type { Draft } from '../state/draft.ts';
import { saveFile } from './save-file.ts';

interface Props {
  draft: Draft;
  saveState: 'saved' | 'failed' | 'idle';
  onImport: (draft: Draft, message: string) => void;
  onStartOver: () => void;
  previewOpen: boolean;
  onTogglePreview: () => void;
}

export function Toolbar({ draft, saveState, onImport, onStartOver, previewOpen, onTogglePreview }: Props) {
  const [importErrors, setImportErrors] = useState<{ file: string; errors: Issue[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const exportFile = async () => {
    const { exportYaml, exportFileName } = await import('../state/profile-file.ts');
    saveFile(exportFileName(draft), exportYaml(draft), 'application/yaml');
  };

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      const [{ importProfile }, text] = await Promise.all([import('../state/profile-file.ts'), file.text()]);
      const result = importProfile(text, file.name);
      if (!result.ok) {
        setImportErrors({ file: file.name, errors: result.errors });
        return;
      }
      setImportErrors(null);
      const name = typeof result.draft.company?.name === 'string' ? result.draft.company.name : '';
      onImport(result.draft, `Профиль${name ? ` «${name}»` : ''} загружен из файла ${file.name}.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="toolbar">
      <div class="toolbar__actions">
        <button type="button" class="button button--secondary" onClick={() => void exportFile()}>
          Сохранить профиль в файл
        </button>
        <label class="button button--secondary file-button">
          {busy ? 'Чтение…' : 'Загрузить профиль'}
          <input
            type="file"
            accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
            class="visually-hidden"
            data-testid="import-profile"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        <button type="button" class="button button--secondary" aria-pressed={previewOpen} onClick={onTogglePreview}>
          {previewOpen ? 'Скрыть предпросмотр' : 'Предпросмотр документов'}
        </button>
        <button type="button" class="button button--danger" onClick={onStartOver}>
          Начать заново
        </button>
      </div>
      <p class="toolbar__status" role="status">
        {saveState === 'saved'
          ? 'Черновик сохранён в этом браузере'
          : saveState === 'failed'
            ? 'Браузер не даёт сохранить черновик: сохраните профиль в файл'
            : 'Изменения сохраняются в этом браузере'}
      </p>
      {importErrors ? (
        <div class="alert" role="alert">
          <p>
            Файл {importErrors.file} не загружен: в нём{' '}
            {importErrors.errors.length === 1 ? 'ошибка' : `ошибки (${importErrors.errors.length})`}. Текущий профиль не изменён.
          </p>
          <ul>
            {importErrors.errors.slice(0, 20).map((e, i) => (
              <li key={i}>
                {e.path ? <code>{e.path}</code> : null}
                {e.path ? ': ' : ''}
                {e.message}
              </li>
            ))}
          </ul>
          <button type="button" class="link-button" onClick={() => setImportErrors(null)}>
            Закрыть
          </button>
        </div>
      ) : null}
    </div>
  );
}
