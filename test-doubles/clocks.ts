// Clocks for tests and the benchmark. VirtualClock: time moves only when someone sleeps,
// so retry waits of a minute take no time. ScaledClock: real time, sped up by a factor, so
// a simulated rate limit of 600 requests/minute runs in seconds.
import type { Clock } from '../lib/lifecycle/clock';

export class VirtualClock implements Clock {
  readonly sleeps: number[] = [];
  private ms: number;

  constructor(start: string | number) {
    this.ms = typeof start === 'number' ? start : Date.parse(start);
  }

  now(): number {
    return this.ms;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.ms += Math.max(0, ms);
  }
}

export class ScaledClock implements Clock {
  private readonly startWall = performance.now();

  /** `scale` simulated milliseconds pass per real one. */
  constructor(
    private readonly startMs: number,
    readonly scale: number,
  ) {}

  now(): number {
    return this.startMs + (performance.now() - this.startWall) * this.scale;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms) / this.scale));
  }
}
