/**
 * From the audit to the pack: what the answers change in the wizard's profile, said before the
 * click, and the button that prepares the wizard's draft and opens it.
 */
import { useState } from 'preact/hooks';
import type { AuditProfilePlan } from '../../core/audit/to-profile.ts';
import type { AuditState } from '../state/answers.ts';
import { siteBase } from './links.ts';

const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function ToWizard({ state, plan }: { state: AuditState; plan: AuditProfilePlan }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const open = async () => {
    setBusy(true);
    setFailed(null);
    try {
      const { handOver } = await import('../state/handover.ts');
      if (handOver(state)) {
        location.assign(`${siteBase()}wizard/`);
        return;
      }
      setFailed('Браузер не дал сохранить черновик мастера (хранилище заблокировано или переполнено).');
    } catch (error) {
      console.error('opkit: handover failed', error);
      setFailed('Не удалось подготовить черновик мастера. Обновите страницу и попробуйте ещё раз: ответы сохранены.');
    }
    setBusy(false);
  };
  return (
    <section class="audit-block to-wizard" aria-labelledby="to-wizard-title">
      <h3 id="to-wizard-title">От аудита к пакету документов</h3>
      {plan.changes.length > 0 || plan.notes.length > 0 ? (
        <>
          <p>Мастер настройки откроется с тем, что следует из ответов:</p>
          <ul class="to-wizard__changes">
            {plan.changes.map((c, i) => (
              <li key={i}>{sentence(c.reason)}.</li>
            ))}
            {plan.notes.map((n, i) => (
              <li key={`n${i}`}>{n.text}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>Пробелов, которые меняли бы настройки пакета, аудит не нашёл: мастер откроется с полным пакетом документов.</p>
      )}
      <p class="muted">
        Черновик, который уже есть в мастере, сохранится — изменятся только эти настройки, а название компании перейдёт из аудита, если в
        черновике его ещё нет. Структуру отдела, план, KPI и оплату проверьте в мастере.
      </p>
      <button type="button" class="button" disabled={busy} onClick={() => void open()}>
        Собрать документы в мастере →
      </button>
      {failed ? (
        <div class="alert" role="alert">
          <p>{failed}</p>
        </div>
      ) : null}
    </section>
  );
}
