/**
 * One file made on request (in the engine worker or on demand-loaded code) and handed to the
 * browser as a download, with a status line while it is made and the reasons when it fails.
 */
import { useState } from 'preact/hooks';
import { saveFile } from '../../wizard/ui/save-file.ts';

export type Made = { ok: true; name: string; bytes: Uint8Array | string; type: string } | { ok: false; errors: string[] };

export interface FileJob {
  /** What is being made right now, for the status line; null when idle. */
  status: string | null;
  /** The last file saved, to confirm it. */
  saved: string | null;
  errors: string[] | null;
  run: (make: (progress: (message: string) => void) => Promise<Made>) => Promise<void>;
}

export function useFileJob(): FileJob {
  const [status, setStatus] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[] | null>(null);
  const run: FileJob['run'] = async (make) => {
    setErrors(null);
    setSaved(null);
    setStatus('Подготовка…');
    try {
      const made = await make((message) => setStatus(`${message}…`));
      if (made.ok) {
        saveFile(made.name, made.bytes, made.type);
        setSaved(made.name);
      } else {
        setErrors(made.errors);
      }
    } catch (error) {
      console.error('opkit: file failed', error);
      setErrors(['Не удалось подготовить файл. Обновите страницу и попробуйте ещё раз: ответы сохранены.']);
    } finally {
      setStatus(null);
    }
  };
  return { status, saved, errors, run };
}
