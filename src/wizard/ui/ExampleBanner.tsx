/**
 * On every step of a draft opened from the example: whose figures these are, until the owner
 * replaces them. It also carries the wizard's one-off notice (a restored draft, the audit's
 * hand-over), so the two make one box: on a phone the first field of the step stays on the first
 * screen. There the explanation and its links fold under one line; wider screens show them open.
 */
import { useState } from 'preact/hooks';
import { pluralForm } from '../../core/text/plural.ts';
import { Notice } from './Notice.tsx';
import { onPhone } from './phone.ts';

const VALUES = { one: 'значение', few: 'значения', many: 'значений' };

export interface ExampleBannerProps {
  count: number;
  /** The wizard's one-off notice, shown first; null when there is none or it was hidden. */
  notice: string | null;
  onHideNotice: () => void;
  onReview: () => void;
  onStartOver: () => void;
}

export function ExampleBanner({ count, notice, onHideNotice, onReview, onStartOver }: ExampleBannerProps) {
  const [open, setOpen] = useState(() => !onPhone());
  return (
    <div class="example-banner" role="note" aria-label="Пример">
      <Notice text={notice} onHide={onHideNotice} extraClass="example-banner__notice" />
      <details class="example-banner__more" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <strong>Это пример:</strong> не заменено {count.toLocaleString('ru-RU')} {pluralForm(count, VALUES)}.
        </summary>
        <p>Цифры взяты у вымышленной компании. Замените их своими — документы будут собраны из того, что стоит в полях.</p>
        <p class="example-banner__actions">
          <button type="button" class="link-button" onClick={onReview}>
            Показать, что осталось от примера
          </button>
          <button type="button" class="link-button" onClick={onStartOver}>
            Начать с чистого листа
          </button>
        </p>
      </details>
    </div>
  );
}
