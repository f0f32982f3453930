/**
 * The setup wizard: one draft profile edited in steps, checked on every edit by the same code as
 * the CLI, saved in the browser on every change, previewed and generated in a Web Worker.
 */
// First: before any schema is made (see the module).
import './zod-csp.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Issue } from '../core/profile/issues.ts';
import { fieldId } from './fields/use-field.ts';
import type { DraftCheck, Say } from './state/check.ts';
import { WizardContext, type WizardApi } from './state/context.ts';
import { starterProfile, type Draft } from './state/draft.ts';
import type { QuickAnswers } from './state/quick-start.ts';
import type { Origin } from './state/untouched.ts';
import { HANDOVER_NOTICE_KEY } from './state/handover.ts';
import { setAt } from './state/paths.ts';
import { isStepId, STEPS, stepInfo, stepOf, type StepId } from './state/steps.ts';
import { clearSaved, restore, save } from './state/storage.ts';
import { Notice } from './ui/Notice.tsx';
import { ExampleBanner } from './ui/ExampleBanner.tsx';
import { onDemand } from './ui/on-demand.ts';
import { Stepper } from './ui/Stepper.tsx';
import { Toolbar } from './ui/Toolbar.tsx';

type StepView = () => preact.JSX.Element;

/**
 * Every step (with the role and report catalogs it shows) loads when first opened, which keeps
 * the page's initial JavaScript small; a new visitor meets the first screen before any step.
 */
const STEP_LOADERS: Record<StepId, () => Promise<StepView>> = {
  company: () => import('./steps/CompanyStep.tsx').then((m) => m.CompanyStep),
  selling: () => import('./steps/SellingStep.tsx').then((m) => m.SellingStep),
  structure: () => import('./steps/StructureStep.tsx').then((m) => m.StructureStep),
  plan: () => import('./steps/PlanStep.tsx').then((m) => m.PlanStep),
  kpi: () => import('./steps/KpiStep.tsx').then((m) => m.KpiStep),
  motivation: () => import('./steps/MotivationStep.tsx').then((m) => m.MotivationStep),
  processes: () => import('./steps/ProcessesStep.tsx').then((m) => m.ProcessesStep),
  documents: () => import('./steps/DocumentsStep.tsx').then((m) => m.DocumentsStep),
  review: () => import('./steps/ReviewStep.tsx').then((m) => m.ReviewStep),
};
const loadedViews = new Map<StepId, StepView>();

function useStepView(step: StepId): StepView | null {
  const [, rerender] = useState(0);
  const view = loadedViews.get(step) ?? null;
  useEffect(() => {
    if (view) return;
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

/** The first screen (with the quick start's defaults and catalogs) loads only for a visitor who has not started. */
const useStartScreen = onDemand(() => import('./ui/StartScreen.tsx').then((m) => m.StartScreen), 'the first screen');

/** The wizard's wording of messages (owner-messages.ts), loaded right after the first render. */
const useOwnerWords = onDemand(() => import('./state/owner-messages.ts').then((m): Say => m.ownerMessage), 'the wording');

/**
 * The draft's checks (the profile's zod schema, its rules and the math's warnings: most of the
 * wizard's code) are fetched as the page's script starts, beside its first render. The first
 * screen asks how to start and needs none of it; a step is shown once its view and the checks
 * have both loaded.
 */
const useDraftCheck = onDemand(() => import('./state/check.ts').then((m) => m.checkDraft), 'the checks', true);

/** What the wizard knows of the draft before its checks have loaded: nothing found, nothing valid yet. */
const NOT_CHECKED: DraftCheck = { errors: [], warnings: [], errorsAt: new Map(), profile: null, figures: null, figuresPartial: false };

/** The documents' preview, loaded when first opened. */
const usePreview = onDemand(() => import('./ui/Preview.tsx').then((m) => m.Preview), 'the preview');

const useUntouched = onDemand(() => import('./state/untouched.ts'), 'the example check');

/**
 * How many of the example's values are still as they were, for the banner. The comparison (with
 * the form's labels) loads after the first render, which keeps the page's first JavaScript small.
 */
function useUntouchedCount(draft: Draft, origin: Origin | null, visited: ReadonlySet<StepId>): number {
  const wanted = origin?.kind === 'example';
  const untouched = useUntouched(wanted);
  return useMemo(
    () => (wanted && origin && untouched ? untouched.untouchedValues(draft, origin, visited).length : 0),
    [wanted, draft, origin, visited, untouched],
  );
}

interface Initial {
  draft: Draft;
  step: StepId;
  notice: string | null;
  /** Null: nothing started yet, the first screen asks how to start. */
  origin: Origin | null;
  visited: StepId[];
  /** A step the address asked for before anything was started (a methodology page's link): opened after the start. */
  requested: StepId | null;
}

/** A draft saved before the wizard asked how to start began as the example. */
const legacyOrigin = (): Origin => ({ kind: 'example', base: starterProfile() });

/** The step in the address: `#step-plan`. */
const stepInHash = (): StepId | null => {
  const id = location.hash.replace(/^#step-/, '');
  return isStepId(id) ? id : null;
};

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
  const hashStep = stepInHash();
  const handover = handoverNotice();
  const restored = restore();
  if (restored.kind === 'restored') {
    const { saved } = restored;
    // «16 сентября»: the day and its month stay on one line.
    const when = saved.savedAt
      ? new Date(saved.savedAt).toLocaleString('ru-RU', { dateStyle: 'long', timeStyle: 'short' }).replace(/^(\d+) /, '$1\u00a0')
      : '';
    const origin = saved.origin ?? legacyOrigin();
    // The example's banner, which this notice joins, has its own «Начать с чистого листа».
    const startOver = origin.kind === 'example' ? '' : ' Начать с чистого листа — кнопка «Начать заново».';
    const step = hashStep ?? (isStepId(saved.step) ? saved.step : 'company');
    // The draft reopens at this step: its view is fetched now, beside the checks, not after the first paint.
    STEP_LOADERS[step]().catch(() => undefined);
    return {
      draft: saved.draft,
      step,
      notice: handover ?? `Восстановлен черновик${when ? ` от ${when}` : ''}.${startOver}`,
      origin,
      visited: saved.visited,
      requested: null,
    };
  }
  return {
    draft: starterProfile(),
    step: 'company',
    notice: restored.kind === 'unusable' ? `Сохранённый черновик не удалось открыть (${restored.reason}); начните заново.` : null,
    origin: null,
    visited: [],
    requested: hashStep,
  };
}

const errorsOfStep = (errors: readonly Issue[], step: StepId): Issue[] =>
  step === 'review' ? [...errors] : errors.filter((e) => stepOf(e.path) === step);

export default function Wizard() {
  const [start] = useState(initial);
  const [draft, setDraft] = useState<Draft>(start.draft);
  const [step, setStep] = useState<StepId>(start.step);
  const [origin, setOrigin] = useState<Origin | null>(start.origin);
  const [visited, setVisited] = useState<ReadonlySet<StepId>>(new Set(start.visited));
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

  const say = useOwnerWords();
  const checkDraft = useDraftCheck();
  const check = useMemo(
    () => (checkDraft ? checkDraft(draft, lastValid.current ?? starterFallback(), say) : NOT_CHECKED),
    [draft, say, checkDraft],
  );
  if (check.profile) lastValid.current = draft;

  // Autosave: every change of the draft or the step, at once.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (origin === null) return;
    setSaveState(save(draft, step, { origin, visited: [...visited] }) ? 'saved' : 'failed');
  }, [draft, step, origin, visited]);

  // The owner has seen the step that is open.
  useEffect(() => {
    if (origin !== null && !visited.has(step)) setVisited((v) => new Set(v).add(step));
  }, [step, origin, visited]);

  // Each step is an entry of the browser's history: Back and Forward move between steps, and a
  // reload opens the step in the address. The first screen and the first step after it share one
  // entry, so that Back from the first step leaves the wizard rather than restarting it.
  const replaceEntry = useRef(true);
  useEffect(() => {
    const hash = origin === null ? '#start' : `#step-${step}`;
    if (location.hash === hash) return;
    if (replaceEntry.current) history.replaceState(null, '', hash);
    else history.pushState(null, '', hash);
    replaceEntry.current = false;
  }, [step, origin]);
  useEffect(() => {
    const onPop = () => {
      const target = stepInHash();
      if (target === null || origin === null) return;
      pendingFocus.current = '';
      setStepAlert(null);
      setStep(target);
      setFocusRequest((n) => n + 1);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [origin]);

  const loadedView = useStepView(step);
  // A step's fields show the checks' messages and «Далее» relies on them: no step before the checks.
  const View = checkDraft ? loadedView : null;
  const Start = useStartScreen(origin === null);
  const Preview = usePreview(previewOpen);

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

  const untouchedCount = useUntouchedCount(draft, origin, visited);
  const api: WizardApi = {
    origin: origin ?? { kind: 'file' },
    visited,
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
    if (!checkDraft) return;
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
    setVisited(new Set());
    setOrigin(null);
    setNotice(null);
    replaceEntry.current = true;
    setStep('company');
    requestAnimationFrame(() => document.getElementById('step-title')?.focus());
  };

  const begin = (next: Exclude<Origin, { kind: 'file' }>, message: string | null) => {
    lastValid.current = null;
    setDraft(structuredClone(next.base));
    setTouched(new Set());
    setRevealed(new Set());
    setVisited(new Set());
    setOrigin(next);
    setNotice(message);
    replaceEntry.current = true;
    goTo(start.requested ?? 'company', '');
  };
  // The example's banner says what to do with it; a notice above it would push the step down on a phone.
  const beginExample = () => begin({ kind: 'example', base: starterProfile() }, null);
  const beginBlank = (answers: QuickAnswers, base: Draft) =>
    begin(
      { kind: 'blank', answers, base },
      'Черновик собран из ваших ответов; остальное — предложения мастера. Проверьте их на каждом шаге.',
    );

  const replaceDraft = (next: Draft, message: string) => {
    lastValid.current = null;
    // A loaded file is the owner's own profile: nothing in it is someone else's example.
    const fromStart = origin === null;
    setOrigin({ kind: 'file' });
    setDraft(next);
    if (fromStart) {
      replaceEntry.current = true;
      goTo('company', '');
    }
    setTouched(new Set());
    setRevealed(new Set());
    setNotice(message);
  };

  const toolbar = (
    <Toolbar
      draft={draft}
      saveState={saveState}
      onImport={replaceDraft}
      onStartOver={startOver}
      previewOpen={previewOpen}
      onTogglePreview={() => setPreviewOpen((o) => !o)}
      started={origin !== null}
    />
  );

  if (origin === null) {
    return (
      <div class="wizard">
        {toolbar}
        <Notice text={notice} onHide={() => setNotice(null)} />
        {Start ? <Start onBlank={beginBlank} onExample={beginExample} /> : <p class="muted">Загрузка…</p>}
      </div>
    );
  }

  // Enter in a field moves to the next one, and from the step's last field on to the next step.
  const onFormKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
    const target = e.target;
    if (!(target instanceof HTMLInputElement) || ['checkbox', 'radio', 'file', 'button', 'submit'].includes(target.type)) return;
    const form = e.currentTarget as HTMLFormElement;
    const fields = [
      ...form.querySelectorAll<HTMLElement>('input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])'),
    ].filter((f) => f.offsetParent !== null);
    e.preventDefault();
    const at = fields.indexOf(target);
    const following = fields[at + 1];
    if (at >= 0 && following) following.focus();
    else next();
  };

  const focusFirstField = () => {
    const first = document.querySelector<HTMLElement>(
      '.step__form input:not([type="hidden"]):not([disabled]), .step__form select:not([disabled]), .step__form textarea:not([disabled])',
    );
    (first ?? headingRef.current)?.focus();
  };

  return (
    <WizardContext.Provider value={api}>
      <div class={`wizard${previewOpen ? ' wizard--preview' : ''}`}>
        <button type="button" class="skip-link" onClick={focusFirstField}>
          Перейти к первому полю шага
        </button>
        {toolbar}
        {origin.kind === 'example' && untouchedCount > 0 ? (
          <ExampleBanner
            count={untouchedCount}
            notice={notice}
            onHideNotice={() => setNotice(null)}
            onReview={() => goTo('review')}
            onStartOver={startOver}
          />
        ) : (
          <Notice text={notice} onHide={() => setNotice(null)} />
        )}
        <Stepper
          current={step}
          errors={check.errors}
          onSelect={(id) => goTo(id)}
          shows={(id) =>
            revealed.has(id) || (visited.has(id) && id !== step) || check.errors.some((e) => stepOf(e.path) === id && touched.has(e.path))
          }
        />
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
            <form id="step-form" class="step__form" onSubmit={(e) => e.preventDefault()} onKeyDown={onFormKey} noValidate>
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
          {previewOpen && Preview && checkDraft ? (
            <Preview draft={draft} valid={check.profile !== null} onClose={() => setPreviewOpen(false)} />
          ) : null}
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
