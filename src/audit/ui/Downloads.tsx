/**
 * The audit's files: the completed checklist (the report) in PDF and DOCX, the blank checklist
 * to print, and the answers as a file this page opens again (and `opkit audit` reads). The engine
 * and the YAML writer load only when a file is asked for.
 */
import type { ComponentChildren } from 'preact';
import { MIME, type Format } from '../../core/pack/formats.ts';
import { answersFile, type AuditState } from '../state/answers.ts';
import { useFileJob, type FileJob, type Made } from './use-file-job.ts';

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The company's name as a safe file-name stem. */
const stem = (name: string): string =>
  name
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'opkit';

async function auditFile(kind: 'report' | 'blank', state: AuditState | null, format: Format, progress: (m: string) => void): Promise<Made> {
  progress('Загрузка генератора');
  const { auditInWorker } = await import('../../browser/engine-client.ts');
  const text = state ? JSON.stringify(answersFile(state)) : '';
  const result = await auditInWorker(kind, text, [format], (_stage, message) => progress(message), today());
  if (!result.ok) return { ok: false, errors: result.errors.map((e) => e.message) };
  const path = `${kind === 'report' ? 'audit-report' : 'audit-checklist'}.${format}`;
  const file = result.files.find((f) => f.path === path);
  if (!file) return { ok: false, errors: ['Генератор не вернул файл.'] };
  const name = kind === 'report' && state ? `${stem(state.company.name)}-аудит.${format}` : `чек-лист-аудита.${format}`;
  return { ok: true, name, bytes: file.bytes, type: MIME[format] };
}

async function yamlFile(state: AuditState): Promise<Made> {
  const { answersFileYaml } = await import('../state/answers-yaml.ts');
  const result = answersFileYaml(answersFile(state, today()));
  if (!result.ok) return { ok: false, errors: result.errors };
  return { ok: true, name: `${stem(state.company.name)}-ответы-аудита.yaml`, bytes: result.text, type: 'text/yaml; charset=utf-8' };
}

function JobStatus({ job }: { job: FileJob }) {
  return (
    <>
      <p class="progress" role="status" aria-live="polite">
        {job.status ?? (job.saved ? `Готово: ${job.saved}` : '')}
      </p>
      {job.errors ? (
        <div class="alert" role="alert">
          <p>Файл не подготовлен:</p>
          <ul>
            {job.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

interface JobButtonProps {
  job: FileJob;
  /** The button's whole name when its visible label is short («Скачать PDF» under its group's title); it begins with the label. */
  label?: string;
  onClick: () => void;
  secondary?: boolean;
  disabled?: boolean;
  children: ComponentChildren;
}

function JobButton({ job, label, onClick, secondary, disabled, children }: JobButtonProps) {
  return (
    <button
      type="button"
      class={`button${secondary ? ' button--secondary' : ''}`}
      disabled={disabled === true || job.status !== null}
      aria-label={label}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** The blank checklist offered in a sentence, for the start screen. */
export function BlankChecklistOffer() {
  const job = useFileJob();
  return (
    <div class="audit-paper">
      <p>
        Удобнее на бумаге? Пустой чек-лист для печати:{' '}
        {(['pdf', 'docx'] as const).map((format, i) => (
          <span key={format}>
            {i > 0 ? ' · ' : null}
            <button
              type="button"
              class="link-button"
              disabled={job.status !== null}
              onClick={() => void job.run((p) => auditFile('blank', null, format, p))}
            >
              {format.toUpperCase()}
            </button>
          </span>
        ))}
      </p>
      <JobStatus job={job} />
    </div>
  );
}

/** `blocked`: why the report cannot be made yet (no company name, nothing answered), or null. */
export function Downloads({ state, blocked }: { state: AuditState; blocked: string | null }) {
  const job = useFileJob();
  const report = (format: Format) => void job.run((p) => auditFile('report', state, format, p));
  return (
    <section class="audit-block downloads" aria-labelledby="downloads-title">
      <h3 id="downloads-title">Скачать</h3>
      <p class="muted">
        Заполненный чек-лист — это отчёт: компания и дата, все вопросы с ответами и комментариями, результаты по областям с диаграммой,
        рекомендации и документы для внедрения. Файлы собираются в браузере.
      </p>
      {blocked ? <p class="callout callout--warn">{blocked}</p> : null}
      <div class="downloads__group">
        <p class="downloads__what">Заполненный чек-лист — отчёт</p>
        <div class="downloads__row">
          <JobButton job={job} disabled={blocked !== null} onClick={() => report('pdf')} label="Скачать PDF: заполненный чек-лист">
            Скачать PDF
          </JobButton>
          <JobButton
            job={job}
            secondary
            disabled={blocked !== null}
            onClick={() => report('docx')}
            label="Скачать DOCX: заполненный чек-лист"
          >
            Скачать DOCX
          </JobButton>
        </div>
      </div>
      <div class="downloads__group">
        <p class="downloads__what">Ответы</p>
        <div class="downloads__row">
          <JobButton job={job} secondary disabled={blocked !== null} onClick={() => void job.run(() => yamlFile(state))}>
            Сохранить ответы в файл
          </JobButton>
        </div>
        <p class="muted downloads__hint">
          Чтобы продолжить на другом компьютере или вернуться к аудиту позже, откройте этот файл кнопкой «Открыть файл ответов» вверху
          страницы.
        </p>
      </div>
      <div class="downloads__group">
        <p class="downloads__what">Пустой чек-лист для печати</p>
        <div class="downloads__row">
          <JobButton
            job={job}
            secondary
            onClick={() => void job.run((p) => auditFile('blank', null, 'pdf', p))}
            label="Скачать PDF: пустой чек-лист для печати"
          >
            Скачать PDF
          </JobButton>
          <JobButton
            job={job}
            secondary
            onClick={() => void job.run((p) => auditFile('blank', null, 'docx', p))}
            label="Скачать DOCX: пустой чек-лист для печати"
          >
            Скачать DOCX
          </JobButton>
        </div>
      </div>
      <JobStatus job={job} />
    </section>
  );
}
