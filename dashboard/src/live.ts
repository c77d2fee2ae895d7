// Live data: one poller follows the chain head; pages reload their data whenever a new block is committed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { getStatus } from './api/getStatus.ts';
import type { ChainHead } from './api/getStatus.ts';

export const POLL_MS = 1000;

interface HeadState {
  head?: ChainHead;
  error?: string;
}

let state: HeadState = {};
const listeners = new Set<(s: HeadState) => void>();
let polling = false;

async function poll() {
  try {
    const head = await getStatus();
    if (head.height !== state.head?.height || state.error) {
      state = { head };
      for (const l of listeners) l(state);
    }
  } catch (e) {
    state = { head: state.head, error: `node unreachable: ${(e as Error).message}` };
    for (const l of listeners) l(state);
  }
  setTimeout(poll, POLL_MS);
}

/** The latest committed block as the node reports it, refreshed every second. */
export function useHead(): HeadState {
  const [s, set] = useState(state);
  useEffect(() => {
    listeners.add(set);
    if (!polling) {
      polling = true;
      void poll();
    }
    return () => void listeners.delete(set);
  }, []);
  return s;
}

/** Durations (ms) of live data refreshes, newest last, for `npm run bench:ui` to read. */
function recordRefresh(ms: number) {
  const w = window as unknown as { __nrnRefreshMs?: number[] };
  (w.__nrnRefreshMs ??= []).push(ms);
  if (w.__nrnRefreshMs.length > 200) w.__nrnRefreshMs.shift();
}

export interface Loaded<T> {
  data?: T;
  error?: Error;
  loading: boolean;
  /** An answer (data or error) has arrived for the current deps. */
  settled: boolean;
}

/**
 * Runs `load` when `deps` change and, when `liveHeight` is given, again at every new block, keeping the previous
 * data on screen while it reloads (no flicker) and dropping answers that arrive out of order.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[], liveHeight?: number): Loaded<T> {
  const [out, set] = useState<Loaded<T>>({ loading: true, settled: false });
  const seq = useRef(0);
  const depKey = JSON.stringify(deps);
  const lastKey = useRef(depKey);
  useEffect(() => {
    const mine = ++seq.current;
    const keepData = lastKey.current === depKey;
    lastKey.current = depKey;
    set((prev) => (keepData ? { ...prev, loading: true } : { loading: true, settled: false }));
    const started = performance.now();
    load().then(
      (data) => {
        if (mine !== seq.current) return;
        set({ data, loading: false, settled: true });
        if (keepData) recordRefresh(performance.now() - started);
      },
      (error: Error) => mine === seq.current && set((prev) => ({ data: prev.data, error, loading: false, settled: true })),
    );
  }, [depKey, liveHeight]);
  return out;
}
