/**
 * «Kontroller mens jeg skriver»: while on, each burst of edits in the workbook leads to one
 * re-check, DEBOUNCE_MS after the last change (typing a row is many changes, one check).
 * A change that arrives while a re-check runs leads to one more afterwards, never to two at once.
 */
import { useEffect, useRef } from 'react';
import type { Host } from '../hosts/host';

export const LIVE_DEBOUNCE_MS = 600;

export function useLiveCheck(host: Host, enabled: boolean, recheck: () => Promise<void>, delay = LIVE_DEBOUNCE_MS): void {
  // The latest recheck without re-subscribing on every render.
  const latest = useRef(recheck);
  useEffect(() => {
    latest.current = recheck;
  });

  useEffect(() => {
    if (!enabled || host.onWorkbookChanged === undefined) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    let again = false;
    let stopped = false;
    const fire = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          await latest.current();
        } while (again && !stopped);
      } finally {
        running = false;
      }
    };
    const stop = host.onWorkbookChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void fire(), delay);
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      stop();
    };
  }, [host, enabled, delay]);
}

export const LIVE_TEXT = {
  nb: {
    toggle: 'Kontroller mens jeg skriver',
    hint: 'Funnene oppdateres et øyeblikk etter at du har endret en celle.',
  },
  en: {
    toggle: 'Check as I type',
    hint: 'The findings update a moment after you change a cell.',
  },
} as const;
