/**
 * Every document of the pack as HTML from the same model as the files, refreshed as the draft
 * changes. The engine loads with the first preview, in the worker.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PreviewDocument } from '../../browser/engine-client.ts';
import type { Draft } from '../state/draft.ts';

const DEBOUNCE_MS = 500;

export function Preview({ draft, valid, onClose }: { draft: Draft; valid: boolean; onClose: () => void }) {
  const [documents, setDocuments] = useState<PreviewDocument[]>([]);
  const [selected, setSelected] = useState<string>('');
  const [html, setHtml] = useState<string | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'invalid' | 'failed'>('loading');
  const latest = useRef(0);
  const box = useRef<HTMLElement>(null);

  // Opened below a long step (a phone lays the two out in one column), the preview would start
  // screens away from the button that opened it: bring it into view once.
  useEffect(() => {
    const rect = box.current?.getBoundingClientRect();
    if (rect && (rect.top > innerHeight || rect.bottom < 0)) box.current?.scrollIntoView({ block: 'start' });
  }, []);

  useEffect(() => {
    if (!valid) {
      setState('invalid');
      return;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(
      async () => {
        setState((s) => (s === 'ready' ? s : 'loading'));
        // The firm's settings (its zod schemas and YAML reader) load with the engine, not with the page.
        const [{ previewInWorker }, { loadFirmSettings }] = await Promise.all([
          import('../../browser/engine-client.ts'),
          import('../state/firm.ts'),
        ]);
        const result = await previewInWorker(JSON.stringify(draft), selected || undefined, loadFirmSettings());
        // An older answer arriving after a newer request is dropped.
        if (ticket !== latest.current) return;
        if (!result.ok) {
          setState('failed');
          return;
        }
        setDocuments(result.documents);
        setSelected(result.documentId);
        setHtml(result.html);
        setState('ready');
      },
      html === null ? 0 : DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
    // `html` only decides the first delay; re-running on it would loop.
  }, [draft, valid, selected]);

  const title = documents.find((d) => d.id === selected)?.title ?? 'Документ';
  return (
    <aside class="preview" aria-label="Предпросмотр документов" ref={box}>
      <div class="preview__bar">
        <label for="preview-doc" class="field__label">
          Документ
        </label>
        <select id="preview-doc" value={selected} onChange={(e) => setSelected(e.currentTarget.value)} disabled={documents.length === 0}>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
        <button type="button" class="link-button" onClick={onClose}>
          Закрыть
        </button>
      </div>
      <p class="preview__state" role="status">
        {state === 'loading'
          ? 'Готовлю предпросмотр…'
          : state === 'invalid'
            ? 'В профиле есть ошибки: предпросмотр обновится, когда они будут исправлены.'
            : state === 'failed'
              ? 'Не удалось построить предпросмотр.'
              : ''}
      </p>
      {html !== null ? <iframe class="preview__frame" title={`Предпросмотр: ${title}`} srcdoc={html} sandbox="" /> : null}
    </aside>
  );
}
