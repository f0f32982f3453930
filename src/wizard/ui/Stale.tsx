/** A note under live figures computed with some sections taken from the last valid draft. */
import { useWizard } from '../state/context.ts';

export function Stale() {
  const { check } = useWizard();
  if (!check.figuresPartial) return null;
  return <p class="stale">Расчёт по последним корректным данным: исправьте ошибки, и он обновится.</p>;
}
