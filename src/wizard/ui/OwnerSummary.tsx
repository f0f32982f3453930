/**
 * The owner's summary (the pack's first document) shown on the last step before any download:
 * what the pack holds, the key figures, the warnings with their fixes and the next steps. The
 * engine renders it in its worker, from the same model as the PDF and the DOCX.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Draft } from '../state/draft.ts';

const DEBOUNCE_MS = 500;
export const OWNER_SUMMARY_ID = 'owner-summary';

export function OwnerSummary({ draft, valid }: { draft: Draft; valid: boolean }) {
  const [html, setHtml] = useState<string | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'invalid' | 'failed'>('loading');
  const latest = useRef(0);

  useEffect(() => {
    if (!valid) {
      setState('invalid');
      return;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(
      async () => {
        const { previewInWorker } = await import('../../browser/engine-client.ts');
        const result = await previewInWorker(JSON.stringify(draft), OWNER_SUMMARY_ID);
        if (ticket !== latest.current) return;
        // A pack that leaves the summary out (documents.include) has nothing to show here.
        if (!result.ok || result.documentId !== OWNER_SUMMARY_ID) {
          setState('failed');
          setHtml(null);
          return;
        }
        setHtml(result.html);
        setState('ready');
      },
      html === null ? 0 : DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
    // `html` only decides the first delay; re-running on it would loop.
  }, [draft, valid]);

  return (
    <section class="group owner-summary" aria-labelledby="review-summary">
      <h3 id="review-summary">Сводка для собственника</h3>
      <p class="muted">Первый документ пакета: что в нём и в каком порядке вводить, ключевые цифры, что исправить и ближайшие шаги.</p>
      <p class="preview__state" role="status">
        {state === 'loading'
          ? 'Готовлю сводку…'
          : state === 'invalid'
            ? 'Сводка появится, когда ошибки профиля будут исправлены.'
            : state === 'failed'
              ? 'Сводки нет: она не входит в выбранные документы.'
              : ''}
      </p>
      {html !== null ? <iframe class="owner-summary__frame" title="Сводка для собственника" srcdoc={html} sandbox="" /> : null}
    </section>
  );
}
