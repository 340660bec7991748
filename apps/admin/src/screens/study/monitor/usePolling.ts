import { useEffect, useRef, useState } from 'react';

export interface Polled<T> {
  data: T | undefined;
  error: unknown;
  fetchedAt: Date | undefined;
}

/**
 * Fetches now and then every `intervalMs` while the page is visible; stops when the tab is hidden
 * or the component goes away, and fetches at once when the tab is shown again. A failed round
 * keeps the last figures and says so.
 */
export function usePolling<T>(load: () => Promise<T>, intervalMs: number, deps: unknown[]): Polled<T> {
  const [polled, setPolled] = useState<Polled<T>>({ data: undefined, error: undefined, fetchedAt: undefined });
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    let round = 0;

    const fetchNow = async () => {
      window.clearTimeout(timer);
      const mine = ++round;
      try {
        const data = await loadRef.current();
        if (!stopped && mine === round) setPolled({ data, error: undefined, fetchedAt: new Date() });
      } catch (error) {
        if (!stopped && mine === round) setPolled((before) => ({ ...before, error }));
      }
      if (!stopped && mine === round && document.visibilityState === 'visible') timer = window.setTimeout(() => void fetchNow(), intervalMs);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void fetchNow();
      else window.clearTimeout(timer);
    };

    setPolled({ data: undefined, error: undefined, fetchedAt: undefined });
    void fetchNow();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [...deps, intervalMs]);

  return polled;
}
