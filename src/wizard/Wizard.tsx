/**
 * The setup wizard: one draft profile edited in steps, checked on every edit by the same code as
 * the CLI, saved in the browser on every change, previewed and generated in a Web Worker.
 */
import * as z from 'zod';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Issue } from '../core/profile/issues.ts';
import { fieldId } from './fields/use-field.ts';
import { checkDraft } from './state/check.ts';
import { WizardContext, type WizardApi } from './state/context.ts';
import { starterProfile, type Draft } from './state/draft.ts';
import { HANDOVER_NOTICE_KEY } from './state/handover.ts';
import { setAt } from './state/paths.ts';
import { isStepId, STEPS, stepInfo, stepOf, type StepId } from './state/steps.ts';
import { clearSaved, restore, save } from './state/storage.ts';
import { CompanyStep } from './steps/CompanyStep.tsx';
import { Notice } from './ui/Notice.tsx';
import { Preview } from './ui/Preview.tsx';
import { Stepper } from './ui/Stepper.tsx';
import { Toolbar } from './ui/Toolbar.tsx';

// The site's CSP has no 'unsafe-eval'; zod would otherwise probe `new Function` and log a violation.
z.config({ jitless: true });

type StepView = () => preact.JSX.Element;

/**
 * The first step ships with the page; the others (with the role and report catalogs they show)
 * load when first opened, which keeps the page's initial JavaScript small.
 */
const STEP_LOADERS: Record<Exclude<StepId, 'company'>, () => Promise<StepView>> = {
  selling: () => import('./steps/SellingStep.tsx').then((m) => m.SellingStep),
  structure: () => import('./steps/StructureStep.tsx').then((m) => m.StructureStep),
  plan: () => import('./steps/PlanStep.tsx').then((m) => m.PlanStep),
  kpi: () => import('./steps/KpiStep.tsx').then((m) => m.KpiStep),
  motivation: () => import('./steps/MotivationStep.tsx').then((m) => m.MotivationStep),
  processes: () => import('./steps/ProcessesStep.tsx').then((m) => m.ProcessesStep),
  documents: () => import('./steps/DocumentsStep.tsx').then((m) => m.DocumentsStep),
  review: () => import('./steps/ReviewStep.tsx').then((m) => m.ReviewStep),
};
const loadedViews = new Map<StepId, StepView>([['company', CompanyStep]]);

function useStepView(step: StepId): StepView | null {
  const [, rerender] = useState(0);
  const view = loadedViews.get(step) ?? null;
  useEffect(() => {
    if (view || step === 'company') return;
    let alive = true;
    STEP_LOADERS[step]()
      .then((loaded) => {
        loadedViews.set(step, loaded);
        if (alive) rerender((n) => n + 1);
      })
      .catch((error: unknown) => console.error('opkit: step failed to load', error));
    return () => {
      alive = false;
    };
  }, [step, view]);
  return view;
}

interface Initial {
  draft: Draft;
  step: StepId;
  notice: string | null;
}

function handoverNotice(): string | null {
  try {
    const text = sessionStorage.getItem(HANDOVER_NOTICE_KEY);
    sessionStorage.removeItem(HANDOVER_NOTICE_KEY);
    return text;
  } catch {
    return null;
  }
}

function initial(): Initial {
  const fromHash = location.hash.replace(/^#step-/, '');
  const hashStep = isStepId(fromHash) ? fromHash : null;
  const handover = handoverNotice();
  const restored = restore();
  if (restored.kind === 'restored') {
    const { saved } = restored;
    const when = saved.savedAt ? new Date(saved.savedAt).toLocaleString('ru-RU', { dateStyle: 'long', timeStyle: 'short' }) : '';
    return {
      draft: saved.draft,
      step: hashStep ?? (isStepId(saved.step) ? saved.step : 'company'),
      notice: handover ?? `Восстановлен черновик${when ? ` от ${when}` : ''}. Начать с чистого листа — кнопка «Начать заново».`,
    };
  }
  return {
    draft: starterProfile(),
    step: hashStep ?? 'company',
    notice: restored.kind === 'unusable' ? `Сохранённый черновик не удалось открыть (${restored.reason}); начат новый.` : null,
  };
}

const errorsOfStep = (errors: readonly Issue[], step: StepId): Issue[] =>
  step === 'review' ? [...errors] : errors.filter((e) => stepOf(e.path) === step);

export default function Wizard() {
  const [start] = useState(initial);
  const [draft, setDraft] = useState<Draft>(start.draft);
  const [step, setStep] = useState<StepId>(start.step);
  const [notice, setNotice] = useState<string | null>(start.notice);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [revealed, setRevealed] = useState<ReadonlySet<StepId>>(new Set());
  const [saveState, setSaveState] = useState<'saved' | 'failed' | 'idle'>('idle');
  const [stepAlert, setStepAlert] = useState<string | null>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const lastValid = useRef<Draft | null>(null);
  const pendingFocus = useRef<string | null>(null);
  // Counts goTo calls, so every request for focus is carried out (or dropped) after its render,
  // also when it names the step already open, which changes nothing else the effect below follows.
  const [focusRequest, setFocusRequest] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const check = useMemo(() => checkDraft(draft, lastValid.current ?? starterFallback()), [draft]);
  if (check.profile) lastValid.current = draft;

  // Autosave: every change of the draft or the step, at once.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setSaveState(save(draft, step) ? 'saved' : 'failed');
  }, [draft, step]);

  useEffect(() => {
    history.replaceState(null, '', `#step-${step}`);
  }, [step]);

  const View = useStepView(step);

  // After a step change (once its view has loaded), focus the field asked for, or the step's heading.
  useEffect(() => {
    if (!View) return;
    const key = pendingFocus.current;
    pendingFocus.current = null;
    const target = key ? document.getElementById(fieldId(key)) : null;
    if (target) target.focus();
    else if (key !== null) headingRef.current?.focus();
  }, [step, revealed, View, focusRequest]);

  const set = useCallback((path: readonly (string | number)[], value: unknown) => setDraft((d) => setAt(d, path, value)), []);
  const update = useCallback((edit: (d: Draft) => Draft) => setDraft((d) => edit(d)), []);
  const touch = useCallback((key: string) => setTouched((t) => (t.has(key) ? t : new Set(t).add(key))), []);

  const goTo = useCallback((next: StepId, focusKey?: string) => {
    pendingFocus.current = focusKey ?? '';
    setFocusRequest((n) => n + 1);
    setStepAlert(null);
    if (focusKey) setRevealed((r) => new Set(r).add(next));
    setStep(next);
  }, []);

  const api: WizardApi = {
    draft,
    check,
    step,
    set,
    update,
    touch,
    shows: (key) => touched.has(key) || revealed.has(step) || step === 'review',
    goTo,
  };

  const index = STEPS.findIndex((s) => s.id === step);
  const info = stepInfo(step);
  const stepErrors = errorsOfStep(check.errors, step);

  const next = () => {
    if (stepErrors.length > 0) {
      setRevealed((r) => new Set(r).add(step));
      setStepAlert(
        `На этом шаге ${stepErrors.length === 1 ? 'есть ошибка' : `есть ошибки (${stepErrors.length})`}: исправьте, чтобы двигаться дальше.`,
      );
      const firstKey = stepErrors.find((e) => document.getElementById(fieldId(e.path)))?.path;
      requestAnimationFrame(() => (firstKey ? document.getElementById(fieldId(firstKey)) : document.getElementById('step-alert'))?.focus());
      return;
    }
    const following = STEPS[index + 1];
    if (following) goTo(following.id);
  };

  const startOver = () => {
    if (
      !globalThis.confirm(
        'Начать заново? Все введённые данные будут удалены из браузера. Сохраните профиль в файл, если он ещё понадобится.',
      )
    )
      return;
    clearSaved();
    lastValid.current = null;
    setDraft(starterProfile());
    setTouched(new Set());
    setRevealed(new Set());
    setNotice('Начат новый профиль.');
    goTo('company');
  };

  const replaceDraft = (next: Draft, message: string) => {
    lastValid.current = null;
    setDraft(next);
    setTouched(new Set());
    setRevealed(new Set());
    setNotice(message);
  };

  return (
    <WizardContext.Provider value={api}>
      <div class={`wizard${previewOpen ? ' wizard--preview' : ''}`}>
        <Toolbar
          draft={draft}
          saveState={saveState}
          onImport={replaceDraft}
          onStartOver={startOver}
          previewOpen={previewOpen}
          onTogglePreview={() => setPreviewOpen((o) => !o)}
        />
        <Notice text={notice} onHide={() => setNotice(null)} />
        <Stepper current={step} errors={check.errors} onSelect={(id) => goTo(id)} />
        <div class="wizard__body">
          <section class="step" aria-labelledby="step-title">
            <p class="step__count">
              Шаг {index + 1} из {STEPS.length}
            </p>
            <h2 id="step-title" tabIndex={-1} ref={headingRef}>
              {info.title}
            </h2>
            {info.help ? (
              <p class="step__help">
                <a href={`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${info.help.href}`} target="_blank" rel="noopener">
                  {info.help.label}
                </a>{' '}
                <span class="muted">(методика, откроется в новой вкладке)</span>
              </p>
            ) : null}
            {stepAlert && stepErrors.length > 0 ? (
              <div class="alert" id="step-alert" role="alert" tabIndex={-1}>
                <p>{stepAlert}</p>
              </div>
            ) : null}
            <form class="step__form" onSubmit={(e) => e.preventDefault()} noValidate>
              {View ? <View /> : <p class="muted">Загрузка шага…</p>}
            </form>
            <nav class="step__nav" aria-label="Переход между шагами">
              {index > 0 ? (
                <button type="button" class="button button--secondary" onClick={() => goTo(STEPS[index - 1]!.id)}>
                  ← Назад
                </button>
              ) : (
                <span />
              )}
              {index < STEPS.length - 1 ? (
                <button type="button" class="button" onClick={next}>
                  Далее: {STEPS[index + 1]!.title} →
                </button>
              ) : null}
            </nav>
          </section>
          {previewOpen ? <Preview draft={draft} valid={check.profile !== null} onClose={() => setPreviewOpen(false)} /> : null}
        </div>
      </div>
    </WizardContext.Provider>
  );
}

let fallback: Draft | null = null;

/** Before any draft validated, live figures fall back to the starter's sections (made once; never edited). */
function starterFallback(): Draft {
  if (!fallback) {
    const starter = starterProfile();
    fallback = { ...starter, company: { ...starter.company, name: 'Компания' } };
  }
  return fallback;
}
