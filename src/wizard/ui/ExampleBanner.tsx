/** On every step of a draft opened from the example: whose figures these are, until the owner replaces them. */
import { pluralForm } from '../../core/text/plural.ts';

const VALUES = { one: 'значение', few: 'значения', many: 'значений' };

export function ExampleBanner({ count, onReview, onStartOver }: { count: number; onReview: () => void; onStartOver: () => void }) {
  return (
    <div class="example-banner" role="note" aria-label="Пример">
      <p>
        <strong>Это пример.</strong> Цифры взяты у вымышленной компании; ещё не заменено {count.toLocaleString('ru-RU')}{' '}
        {pluralForm(count, VALUES)}. Замените их своими — документы будут собраны из того, что стоит в полях.
      </p>
      <p class="example-banner__actions">
        <button type="button" class="link-button" onClick={onReview}>
          Показать, что осталось от примера
        </button>
        <button type="button" class="link-button" onClick={onStartOver}>
          Начать с чистого листа
        </button>
      </p>
    </div>
  );
}
