/**
 * A part of the wizard that stays out of the page's first JavaScript: its module is imported the
 * first time a component wants it (after that render), kept for the page's life, and the
 * components that asked render again once it is there.
 */
import { useEffect, useState } from 'preact/hooks';

/**
 * A hook giving what `load` resolves to, or null until it has loaded (or while not `wanted`).
 * `early`: the import starts when the page's script runs, before the first render asks for it.
 */
export function onDemand<T>(load: () => Promise<T>, what: string, early = false): (wanted?: boolean) => T | null {
  let loaded: { value: T } | null = null;
  let loading: Promise<T> | null = early ? load() : null;
  return function useOnDemand(wanted = true): T | null {
    const [, rerender] = useState(0);
    useEffect(() => {
      if (!wanted || loaded) return;
      let alive = true;
      loading ??= load();
      loading
        .then((value) => {
          loaded = { value };
          if (alive) rerender((n) => n + 1);
        })
        .catch((error: unknown) => {
          // A component that asks later (mounted anew, or wanting it again) tries again: a network hiccup need not be final.
          loading = null;
          console.error(`opkit: ${what} failed to load`, error);
        });
      return () => {
        alive = false;
      };
    }, [wanted]);
    return wanted && loaded ? loaded.value : null;
  };
}
