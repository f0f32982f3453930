/**
 * Every document of the pack as HTML from the same model as the files, refreshed as the draft
 * changes. The engine loads with the first preview, in the worker.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Draft } from '../state/draft.ts';
import { useWorkerPreview } from './use-worker-preview.ts';

export function Preview({ draft, valid, onClose }: { draft: Draft; valid: boolean; onClose: () => void }) {
  const [selected, setSelected] = useState<string>('');
  // The firm's settings (its zod schemas and YAML reader) load with the engine, not with the page.
  const { state, answer } = useWorkerPreview(draft, valid, { documentId: selected || undefined, firm: true });
  const documents = answer?.documents ?? [];
  const html = answer?.html ?? null;
  const box = useRef<HTMLElement>(null);

  // The list shows the document the engine rendered (the pack's first until one is chosen).
  useEffect(() => {
    if (answer) setSelected(answer.documentId);
  }, [answer]);

  // Opened below a long step (a phone lays the two out in one column), the preview would start
  // screens away from the button that opened it: bring it into view once.
  useEffect(() => {
    const rect = box.current?.getBoundingClientRect();
    if (rect && (rect.top > innerHeight || rect.bottom < 0)) box.current?.scrollIntoView({ block: 'start' });
  }, []);

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
