/** Profile file in and out, start over, preview toggle, and whether the draft is saved. */
import { useState } from 'preact/hooks';
import type { WorkerIssue } from '../../browser/protocol.ts';
import { pluralForm } from '../../core/text/plural.ts';
import type { Draft } from '../state/draft.ts';
import { OpenFileButton } from './OpenFileButton.tsx';
import { saveFile } from './save-file.ts';

/** Errors of a refused file listed under the message; the rest are counted. */
const SHOWN_ERRORS = 20;
const ERRORS = { one: 'ошибка', few: 'ошибки', many: 'ошибок' };

interface Props {
  draft: Draft;
  saveState: 'saved' | 'failed' | 'idle';
  onImport: (draft: Draft, message: string) => void;
  onStartOver: () => void;
  previewOpen: boolean;
  onTogglePreview: () => void;
  /** False on the first screen: there is nothing yet to save, preview or start over. */
  started: boolean;
}

export function Toolbar({ draft, saveState, onImport, onStartOver, previewOpen, onTogglePreview, started }: Props) {
  const [importErrors, setImportErrors] = useState<{ file: string; errors: WorkerIssue[]; total: number } | null>(null);

  const exportFile = async () => {
    const { exportYaml, exportFileName } = await import('../state/profile-file.ts');
    saveFile(exportFileName(draft), exportYaml(draft), 'application/yaml');
  };

  // The file is read, parsed and checked in the engine worker: a huge or hostile file must not
  // freeze the page, and the draft stays as it is until a file is found valid.
  const importFile = async (file: File) => {
    const { importInWorker } = await import('../../browser/engine-client.ts');
    const result = await importInWorker(file);
    if (!result.ok) {
      setImportErrors({ file: file.name, errors: result.errors, total: result.total });
      return;
    }
    setImportErrors(null);
    const draft = result.draft as Draft;
    const name = typeof draft.company?.name === 'string' ? draft.company.name : '';
    onImport(draft, `Профиль${name ? ` «${name}»` : ''} загружен из файла ${file.name}.`);
  };

  return (
    <div class="toolbar">
      <div class="toolbar__actions">
        {started ? (
          <button type="button" class="button button--secondary" onClick={() => void exportFile()}>
            Сохранить профиль в файл
          </button>
        ) : null}
        <OpenFileButton label="Загрузить профиль" onFile={importFile} testId="import-profile" />
        {started ? (
          <>
            <button type="button" class="button button--secondary" aria-pressed={previewOpen} onClick={onTogglePreview}>
              {previewOpen ? 'Скрыть предпросмотр' : 'Предпросмотр документов'}
            </button>
            <button type="button" class="button button--danger" onClick={onStartOver}>
              Начать заново
            </button>
          </>
        ) : null}
      </div>
      <p class="toolbar__status" role="status">
        {!started
          ? 'Профиль, сохранённый раньше в файл, можно загрузить'
          : saveState === 'saved'
            ? 'Черновик сохранён в этом браузере'
            : saveState === 'failed'
              ? 'Браузер не даёт сохранить черновик: сохраните профиль в файл'
              : 'Изменения сохраняются в этом браузере'}
      </p>
      {importErrors ? (
        <div class="alert" role="alert">
          <p>
            Файл {importErrors.file} не загружен: в нём{' '}
            {importErrors.total === 1 ? 'ошибка' : `ошибки (${importErrors.total.toLocaleString('ru-RU')})`}. Текущий профиль не изменён.
          </p>
          <ul>
            {importErrors.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
              <li key={i}>
                {e.path ? <code>{e.path}</code> : null}
                {e.path ? ': ' : ''}
                {e.message}
              </li>
            ))}
          </ul>
          {importErrors.total > SHOWN_ERRORS ? (
            <p>
              …и ещё {(importErrors.total - SHOWN_ERRORS).toLocaleString('ru-RU')} {pluralForm(importErrors.total - SHOWN_ERRORS, ERRORS)}.
            </p>
          ) : null}
          <button type="button" class="link-button" onClick={() => setImportErrors(null)}>
            Закрыть
          </button>
        </div>
      ) : null}
    </div>
  );
}
