// Time as the lifecycle runtime sees it: the current instant and a way to wait. Injected
// so tests run on a virtual clock (no real waiting) and the benchmark on a scaled one.

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** The calendar day (UTC) of an instant, e.g. `2026-11-23`. */
export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
