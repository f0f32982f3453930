/**
 * The owner's summary (the pack's first document) shown on the last step before any download:
 * what the pack holds, the key figures, the warnings with their fixes and the next steps. The
 * engine renders it in its worker, from the same model as the PDF and the DOCX.
 */
import type { Draft } from '../state/draft.ts';
import { useWorkerPreview } from './use-worker-preview.ts';

export const OWNER_SUMMARY_ID = 'owner-summary';

export function OwnerSummary({ draft, valid }: { draft: Draft; valid: boolean }) {
  // A pack that leaves the summary out (documents.include) has nothing to show here. The firm's
  // settings apply as in the downloaded pack (its overrides may reword the summary too).
  const { state, answer } = useWorkerPreview(draft, valid, { documentId: OWNER_SUMMARY_ID, only: true, firm: true });
  const html = answer?.html ?? null;

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
