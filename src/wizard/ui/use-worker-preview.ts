/**
 * A document of the draft's pack as HTML, rendered by the engine in its worker from the same model
 * as the files: the preview beside a step and the owner's summary on the last step. Asked at once
 * the first time, then once the draft has not changed for half a second; an answer arriving after
 * a newer request is dropped. The engine (and, for the preview, the firm's settings) loads with
 * the first request, not with the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PreviewResult } from '../../browser/engine-client.ts';
import type { Draft } from '../state/draft.ts';

const DEBOUNCE_MS = 500;

export type PreviewAnswer = Extract<PreviewResult, { ok: true }>;
/** `invalid`: the draft has errors, nothing is asked; `failed`: the engine could not render it. */
export type PreviewState = 'loading' | 'ready' | 'invalid' | 'failed';

export interface PreviewRequest {
  /** The document to render; the pack's first when not given. */
  documentId?: string | undefined;
  /** Only that document will do: an answer with another one (the pack leaves it out) fails and clears what was shown. */
  only?: boolean;
  /** Render with the consulting firm's settings saved in this browser (its logo, header and footer). */
  firm?: boolean;
}

export function useWorkerPreview(
  draft: Draft,
  valid: boolean,
  { documentId, only = false, firm = false }: PreviewRequest,
): { state: PreviewState; answer: PreviewAnswer | null } {
  const [answer, setAnswer] = useState<PreviewAnswer | null>(null);
  const [state, setState] = useState<PreviewState>('loading');
  const latest = useRef(0);

  useEffect(() => {
    if (!valid) {
      setState('invalid');
      return;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(
      async () => {
        setState((s) => (s === 'ready' ? s : 'loading'));
        const [{ previewInWorker }, settings] = await Promise.all([
          import('../../browser/engine-client.ts'),
          firm ? import('../state/firm.ts').then((m) => m.loadFirmSettings()) : null,
        ]);
        const result = await previewInWorker(JSON.stringify(draft), documentId, settings);
        if (ticket !== latest.current) return;
        if (!result.ok || (only && result.documentId !== documentId)) {
          setState('failed');
          if (only) setAnswer(null);
          return;
        }
        setAnswer(result);
        setState('ready');
      },
      answer === null ? 0 : DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
    // `answer` only decides the first delay; re-running on it would loop.
  }, [draft, valid, documentId]);

  return { state, answer };
}
