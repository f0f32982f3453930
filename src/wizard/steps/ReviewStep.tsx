/** Last step: every problem and warning in one place, and the documents to download. */
import { useMemo, useState } from 'preact/hooks';
import type { GenerateResult, Stage } from '../../browser/engine-client.ts';
import type { Issue } from '../../core/profile/issues.ts';
import { MIME, type Format } from '../../core/pack/formats.ts';
import { useWizard } from '../state/context.ts';
import type { Draft } from '../state/draft.ts';
import { describePath } from '../state/labels.ts';
import { hasLatinIdentifier } from '../state/owner-messages.ts';
import { stepInfo, stepOf } from '../state/steps.ts';
import { byStep, untouchedValues, type UntouchedValue } from '../state/untouched.ts';
import { pluralForm } from '../../core/text/plural.ts';
import { OwnerSummary } from '../ui/OwnerSummary.tsx';
import { FirmPanel } from '../ui/FirmPanel.tsx';
import { loadFirmSettings } from '../state/firm.ts';
import type { FirmSettings } from '../../core/firm/settings.ts';
import { saveFile } from '../ui/save-file.ts';
import { BONUS_WORKBOOK } from '../../core/workbook/meta.ts';

const FORMATS: Format[] = ['docx', 'pdf'];

function IssueList({ issues, kind }: { issues: readonly Issue[]; kind: 'error' | 'warning' }) {
  const { goTo, draft } = useWizard();
  return (
    <ul class={`issues issues--${kind}`}>
      {issues.map((issue, i) => {
        const step = stepOf(issue.path);
        const described = describePath(draft, issue.path);
        // A path the form has no words for is named by its step.
        const where = described !== null && hasLatinIdentifier(described) ? stepInfo(step).title : described;
        return (
          <li key={i}>
            {where ? <strong>{where}: </strong> : null}
            <span>{issue.message}</span>{' '}
            {step !== 'review' ? (
              <button type="button" class="link-button" onClick={() => goTo(step, issue.path)}>
                Исправить на шаге «{stepInfo(step).title}»
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

interface Built {
  forDraft: Draft;
  forFirm: FirmSettings | null;
  result: Extract<GenerateResult, { ok: true }>;
}

const VALUES = { one: 'значение', few: 'значения', many: 'значений' };

/** Values still the example's or the wizard's own suggestions, by step, each step a link. */
function UntouchedList({ values, example }: { values: readonly UntouchedValue[]; example: boolean }) {
  const { goTo } = useWizard();
  return (
    <section class="group untouched" aria-labelledby="review-untouched">
      <h3 id="review-untouched">
        {example ? 'Осталось от примера' : 'Предложения мастера, которые вы не видели'} ({values.length.toLocaleString('ru-RU')})
      </h3>
      <p>
        {example
          ? 'Эти значения взяты у вымышленной компании из примера и не менялись. Проверьте, подходят ли они вашему отделу.'
          : 'Эти значения мастер подставил сам, и вы не открывали шаги, где они стоят. Проверьте их.'}
      </p>
      {byStep(values).map((group) => (
        <details class="untouched__step" key={group.step}>
          <summary>
            {group.title}: {group.values.length.toLocaleString('ru-RU')} {pluralForm(group.values.length, VALUES)}
          </summary>
          <ul>
            {group.values.map((v) => (
              <li key={v.path}>{v.value ? `${v.label}: ${v.value}` : v.label}</li>
            ))}
          </ul>
          <button type="button" class="link-button" onClick={() => goTo(group.step, group.values[0]?.path)}>
            Открыть шаг «{group.title}»
          </button>
        </details>
      ))}
    </section>
  );
}

export function ReviewStep() {
  const { draft, check, origin, visited } = useWizard();
  const untouched = useMemo(() => untouchedValues(draft, origin, visited), [draft, origin, visited]);
  const [confirmed, setConfirmed] = useState(false);
  // Someone else's values go into a download only with the owner's word that they are meant.
  const blocked = untouched.length > 0 && !confirmed;
  const [built, setBuilt] = useState<Built | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [share, setShare] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<Issue[] | null>(null);
  const [firm, setFirm] = useState<FirmSettings | null>(loadFirmSettings);
  const current = built !== null && built.forDraft === draft && built.forFirm === firm;

  const build = async (): Promise<Built | null> => {
    if (current) return built;
    setFailure(null);
    setProgress('Загрузка генератора…');
    const { generateInWorker } = await import('../../browser/engine-client.ts');
    const result = await generateInWorker(
      JSON.stringify(draft),
      FORMATS,
      (_stage: Stage, message: string, done?: number, total?: number) => {
        setProgress(`${message}…`);
        if (done !== undefined && total !== undefined) setShare({ done, total });
      },
      { zip: true, firm },
    );
    setProgress(null);
    setShare(null);
    if (!result.ok) {
      setFailure(result.errors.map((e) => ({ ...e, severity: 'error' as const })));
      return null;
    }
    const next = { forDraft: draft, forFirm: firm, result };
    setBuilt(next);
    return next;
  };

  const downloadZip = async () => {
    const b = await build();
    const name = b?.result.manifest.zip;
    const zip = b?.result.files.find((f) => f.path === name);
    if (zip && name) saveFile(name, zip.bytes, 'application/zip');
  };

  const downloadOne = async (path: string, format: Format) => {
    const b = await build();
    const file = b?.result.files.find((f) => f.path === path);
    if (file) saveFile(path, file.bytes, MIME[format]);
  };

  const [noWorkbook, setNoWorkbook] = useState(false);
  // The workbook is a file of the pack: built with it (its writer loads in the worker only then).
  const downloadWorkbook = async () => {
    const b = await build();
    if (b === null) return;
    const name = b.result.manifest.workbook?.file;
    const file = b.result.files.find((f) => f.path === name);
    setNoWorkbook(file === undefined);
    if (file && name) saveFile(name, file.bytes, BONUS_WORKBOOK.mime);
  };

  const errors = check.errors;
  // The pack's own warnings (the consistency check over the built documents), beside the profile's.
  const packFindings = current ? built.result.warnings.filter((w) => w.code.startsWith('consistency-')) : [];
  return (
    <>
      {errors.length > 0 ? (
        <section class="group" aria-labelledby="review-errors">
          <h3 id="review-errors">Ошибки ({errors.length})</h3>
          <p>Пока они не исправлены, документы не собрать.</p>
          <IssueList issues={errors} kind="error" />
        </section>
      ) : (
        <p class={`callout ${untouched.length > 0 ? 'callout--warn' : 'callout--ok'}`}>
          {untouched.length > 0
            ? 'Ошибок нет, но часть значений вы ещё не проверили: список ниже.'
            : 'Профиль заполнен без ошибок: документы можно скачать.'}
        </p>
      )}
      {untouched.length > 0 ? <UntouchedList values={untouched} example={origin.kind === 'example'} /> : null}
      {check.warnings.length > 0 ? (
        <section class="group" aria-labelledby="review-warnings">
          <h3 id="review-warnings">Предупреждения ({check.warnings.length})</h3>
          <p class="muted">Документы соберутся и с ними; предупреждения попадут в сводку для собственника.</p>
          <IssueList issues={check.warnings} kind="warning" />
        </section>
      ) : null}
      <OwnerSummary draft={draft} valid={errors.length === 0} />
      <section class="group downloads" aria-labelledby="review-downloads">
        <h3 id="review-downloads">Скачать документы</h3>
        <p class="muted">Документы собираются прямо в браузере: данные никуда не отправляются.</p>
        <FirmPanel settings={firm} onChange={setFirm} />
        {untouched.length > 0 ? (
          <div class="field field--inline confirm">
            <input id="confirm-untouched" type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
            <label for="confirm-untouched" class="field__label">
              Я проверил {untouched.length.toLocaleString('ru-RU')} {pluralForm(untouched.length, VALUES)} из списка выше: их можно оставить
              в документах
            </label>
          </div>
        ) : null}
        <button
          type="button"
          class="button"
          disabled={errors.length > 0 || blocked || progress !== null}
          onClick={() => void downloadZip()}
        >
          Скачать весь пакет (ZIP: DOCX и PDF)
        </button>{' '}
        <button
          type="button"
          class="button button--secondary"
          disabled={errors.length > 0 || blocked || progress !== null}
          onClick={() => void downloadWorkbook()}
        >
          Скачать {BONUS_WORKBOOK.title.toLowerCase()} (Excel)
        </button>
        <p class="muted">{BONUS_WORKBOOK.summary}</p>
        {noWorkbook ? <p class="callout">Ни у одной должности нет переменной части оплаты: расчёт премий не нужен.</p> : null}
        <p class="progress" role="status" aria-live="polite">
          {progress ?? (current ? `Готово: ${built.result.manifest.documents.length} документов.` : '')}
        </p>
        {share ? <progress class="progress__bar" max={share.total} value={share.done} aria-label="Формирование документов" /> : null}
        {failure ? (
          <div class="alert" role="alert">
            <p>Не удалось собрать документы:</p>
            <ul>
              {failure.map((e, i) => (
                // A consistency error's path names the document and clause, not a profile field.
                <li key={i}>
                  {e.code.startsWith('consistency-') && e.path ? <strong>{e.path}: </strong> : null}
                  {e.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {current && packFindings.length > 0 ? (
          <div class="callout" role="status">
            <p>Замечания к тексту документов ({packFindings.length}): документы собраны, но их стоит проверить.</p>
            <ul class="issues issues--warning">
              {packFindings.map((w, i) => (
                <li key={i}>
                  <strong>{w.path}: </strong>
                  <span>{w.message}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {current ? (
          <table class="table downloads__list">
            <caption>Отдельные документы</caption>
            <thead>
              <tr>
                <th scope="col">Документ</th>
                <th scope="col">Файлы</th>
              </tr>
            </thead>
            <tbody>
              {built.result.manifest.documents.map((doc) => (
                <tr key={doc.id}>
                  <td>{doc.title}</td>
                  <td class="downloads__files">
                    {FORMATS.map((format) =>
                      doc.files[format] ? (
                        <button key={format} type="button" class="link-button" onClick={() => void downloadOne(doc.files[format]!, format)}>
                          {format.toUpperCase()}
                          <span class="visually-hidden"> — {doc.title}</span>
                        </button>
                      ) : null,
                    )}
                  </td>
                </tr>
              ))}
              {built.result.manifest.workbook ? (
                <tr>
                  <td>{built.result.manifest.workbook.title}</td>
                  <td class="downloads__files">
                    <button type="button" class="link-button" onClick={() => void downloadWorkbook()}>
                      XLSX<span class="visually-hidden"> — {built.result.manifest.workbook.title}</span>
                    </button>
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        ) : (
          <button
            type="button"
            class="button button--secondary"
            disabled={errors.length > 0 || blocked || progress !== null}
            onClick={() => void build()}
          >
            Показать документы по отдельности
          </button>
        )}
      </section>
    </>
  );
}
