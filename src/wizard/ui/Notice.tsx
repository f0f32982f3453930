/** A one-sentence notice the user can hide (restored draft, loaded file, handover); shared with the audit page. */
export function Notice({ text, onHide, extraClass }: { text: string | null; onHide: () => void; extraClass?: string }) {
  if (!text) return null;
  return (
    <div class={extraClass ? `notice ${extraClass}` : 'notice'} role="status">
      <p>{text}</p>
      <button type="button" class="link-button" onClick={onHide}>
        Скрыть
      </button>
    </div>
  );
}
