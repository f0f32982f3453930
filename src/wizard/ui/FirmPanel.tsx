/**
 * «Фирменный стиль»: a consultant loads firm.yaml and its logo (or the JSON exported here) once; the
 * settings stay in this browser and brand every pack built on this page. Small on purpose.
 */
import { useState } from 'preact/hooks';
import type { FirmSettings } from '../../core/firm/settings.ts';
import { describeFirm, exportFirmSettings, importFirmFiles, saveFirmSettings } from '../state/firm.ts';
import { saveFile } from './save-file.ts';

export function FirmPanel({ settings, onChange }: { settings: FirmSettings | null; onChange: (next: FirmSettings | null) => void }) {
  const [errors, setErrors] = useState<string[]>([]);
  const pick = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    const result = await importFirmFiles(files);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    saveFirmSettings(result.settings);
    onChange(result.settings);
  };
  const remove = () => {
    saveFirmSettings(null);
    setErrors([]);
    onChange(null);
  };
  return (
    <details class="group firm-panel" open={settings !== null || errors.length > 0}>
      <summary>Фирменный стиль консультанта {settings ? `— ${describeFirm(settings)}` : '(не задан)'}</summary>
      <p class="muted">
        Логотип, колонтитулы, цвет заголовков и шрифт вашей фирмы во всех документах. Выберите firm.yaml вместе с файлом логотипа или
        выгруженный отсюда файл настроек (.json). Настройки хранятся только в этом браузере.
      </p>
      <label class="button button--secondary">
        Загрузить настройки фирмы
        <input
          type="file"
          multiple
          accept=".yaml,.yml,.json,.png,.jpg,.jpeg,.svg"
          class="visually-hidden"
          onChange={(e) => void pick(e.currentTarget)}
        />
      </label>{' '}
      {settings ? (
        <>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => saveFile('opkit-firm.json', exportFirmSettings(settings), 'application/json')}
          >
            Выгрузить настройки
          </button>{' '}
          <button type="button" class="link-button" onClick={remove}>
            Убрать фирменный стиль
          </button>
        </>
      ) : null}
      {errors.length > 0 ? (
        <ul class="issues issues--error" role="alert">
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
