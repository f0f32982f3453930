/**
 * The express audit page: company, then the checklist area by area, then the result. Every change
 * is saved in the browser at once and restored on the next visit; nothing leaves the page until
 * the user asks for a file, which the engine worker makes here.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  answeredCount,
  AREAS,
  emptyAudit,
  isAnswered,
  isBlank,
  questionsOf,
  QUESTIONS,
  withAnswer,
  withComment,
  withCompany,
  withConclusion,
  withEvidence,
  withFact,
  type Answer,
  type Evidence,
  type FactKey,
  type AuditState,
  type CompanyFields,
} from './state/answers.ts';
import { clearSaved, restore, save } from './state/storage.ts';
import { hashOf, RESULT, START, viewFromHash, type ViewId } from './state/views.ts';
import { AreaNav, AuditProgress } from './ui/AreaNav.tsx';
import { OpenAnswersFile } from './ui/AnswersFile.tsx';
import { AreaView } from './ui/AreaView.tsx';
import type { SampleLinks } from './ui/links.ts';
import { ResultView } from './ui/ResultView.tsx';
import { StartView } from './ui/StartView.tsx';
import { Notice } from '../wizard/ui/Notice.tsx';

interface Initial {
  state: AuditState;
  view: ViewId;
  notice: string | null;
}

function initial(): Initial {
  const fromHash = viewFromHash(location.hash);
  const restored = restore();
  if (restored.kind === 'restored') {
    const { saved } = restored;
    const when = saved.savedAt ? new Date(saved.savedAt).toLocaleString('ru-RU', { dateStyle: 'long', timeStyle: 'short' }) : '';
    const done = answeredCount(saved.state);
    return {
      state: saved.state,
      view: fromHash ?? saved.view,
      notice: isBlank(saved.state)
        ? null
        : `Восстановлены ответы${when ? ` от ${when}` : ''}: отвечено ${done} из ${QUESTIONS.length}. Пройти аудит с начала — кнопка «Начать заново».`,
    };
  }
  return {
    state: emptyAudit(),
    view: fromHash ?? START,
    notice: restored.kind === 'unusable' ? `Сохранённые ответы не удалось открыть (${restored.reason}); начат новый аудит.` : null,
  };
}

/** Where «continue» leads: the first area with a question left open, or the result. */
function firstOpenView(state: AuditState): ViewId {
  return AREAS.find((a) => questionsOf(a.id).some((q) => !isAnswered(state, q.id)))?.id ?? RESULT;
}

export default function Audit({ samples }: { samples: SampleLinks }) {
  const [start] = useState(initial);
  const [state, setState] = useState<AuditState>(start.state);
  const [view, setView] = useState<ViewId>(start.view);
  const [notice, setNotice] = useState<string | null>(start.notice);
  const [saveFailed, setSaveFailed] = useState(false);
  const moved = useRef(false);

  // Autosave: every change of the answers or the screen, at once.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setSaveFailed(!save(state, view));
  }, [state, view]);

  useEffect(() => {
    // Each screen the user opens is an entry of the browser's history, so Back and Forward move
    // between screens (not off the page); a screen reached by Back is already in the address.
    if (location.hash !== hashOf(view)) {
      if (moved.current) history.pushState(null, '', hashOf(view));
      else history.replaceState(null, '', hashOf(view));
    }
    // On phones the screens are a scrolling row of chips: keep the current one in sight, by
    // scrolling the row alone (scrollIntoView would also move the page, on a desktop too).
    const current = document.querySelector('.area-nav .is-current');
    const row = current?.closest('ol');
    if (current && row && row.scrollWidth > row.clientWidth) {
      const [c, r] = [current.getBoundingClientRect(), row.getBoundingClientRect()];
      row.scrollLeft += c.left - r.left - (r.width - c.width) / 2;
    }
    // A new screen starts at its heading, for the eye and for the keyboard (not on the first load).
    if (!moved.current) return;
    const heading = document.getElementById('view-title');
    heading?.focus({ preventScroll: true });
    document.querySelector('.audit')?.scrollIntoView({ block: 'start' });
  }, [view]);

  const go = useCallback((next: ViewId) => {
    moved.current = true;
    setView(next);
  }, []);
  // A screen named in the address (Back, Forward, a bookmark, an edited hash) opens like a click on it.
  useEffect(() => {
    const follow = () => {
      const target = viewFromHash(location.hash);
      if (target) go(target);
    };
    addEventListener('popstate', follow);
    addEventListener('hashchange', follow);
    return () => {
      removeEventListener('popstate', follow);
      removeEventListener('hashchange', follow);
    };
  }, [go]);

  const onAnswer = useCallback((id: string, answer: Answer) => setState((s) => withAnswer(s, id, answer)), []);
  const onComment = useCallback((id: string, comment: string) => setState((s) => withComment(s, id, comment)), []);
  const onField = useCallback((field: keyof CompanyFields, value: string) => setState((s) => withCompany(s, field, value)), []);
  const onEvidence = useCallback((id: string, evidence: Evidence | null) => setState((s) => withEvidence(s, id, evidence)), []);
  const onFact = useCallback((key: FactKey, value: string) => setState((s) => withFact(s, key, value)), []);
  const onConclusion = useCallback((text: string) => setState((s) => withConclusion(s, text)), []);

  const startOver = () => {
    if (
      !globalThis.confirm(
        'Начать аудит заново? Все ответы и комментарии будут удалены из браузера. Если они ещё понадобятся, сначала сохраните их в файл на экране «Итоги».',
      )
    )
      return;
    clearSaved();
    setState(emptyAudit());
    setNotice('Начат новый аудит.');
    go(START);
  };

  const loadFile = (next: AuditState, message: string) => {
    setState(next);
    setNotice(message);
    go(firstOpenView(next));
  };

  const answered = answeredCount(state);
  return (
    <div class="audit">
      <div class="audit__bar">
        <AuditProgress state={state} />
        <div class="audit__tools">
          <p class="audit__saved" role={saveFailed ? 'alert' : undefined}>
            {saveFailed
              ? 'Браузер не дал сохранить ответы: не закрывайте страницу, пока не скачаете отчёт.'
              : 'Ответы сохраняются в этом браузере.'}
          </p>
          <OpenAnswersFile hasAnswers={!isBlank(state)} onLoaded={loadFile} />
          {!isBlank(state) ? (
            <button type="button" class="button button--danger audit__reset" onClick={startOver}>
              Начать заново
            </button>
          ) : null}
        </div>
      </div>
      <Notice text={notice} onHide={() => setNotice(null)} />
      <div class="audit__layout">
        <AreaNav state={state} view={view} onSelect={go} />
        <section class="audit-step" aria-labelledby="view-title">
          {view === START ? (
            <StartView state={state} answered={answered} onField={onField} onFact={onFact} onBegin={() => go(firstOpenView(state))} />
          ) : view === RESULT ? (
            <ResultView state={state} samples={samples} go={go} onConclusion={onConclusion} />
          ) : (
            <AreaView state={state} areaId={view} onAnswer={onAnswer} onComment={onComment} onEvidence={onEvidence} go={go} />
          )}
        </section>
      </div>
    </div>
  );
}
