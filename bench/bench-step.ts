// A benchmark step: something `npm run bench` times on the example org and synthetic orgs.
export type BenchCase = 'example' | 'S' | 'M' | 'L';

export interface BenchStep {
  readonly name: string;
  /** The cases this step runs on. */
  readonly cases: readonly BenchCase[];
  /** The target, for the table (e.g. "L < 2 s, < 500 MB"). */
  readonly target: string;
  /** Runs per case; the median time is reported. */
  readonly runs?: number;
  /** Untimed setup before the runs (e.g. creating a git repository). */
  prepare?(configDir: string, benchCase: BenchCase): void;
  /**
   * Optional extra figures reported next to the time (e.g. calls per person). A step that runs
   * the CLI as its own process returns that process's peak memory as `peakRssMb`, reported
   * instead of the measuring process's, and its CPU time (user + system) as `cpuS`.
   */
  run(
    configDir: string,
    benchCase: BenchCase,
  ): Promise<Record<string, number | string> | undefined> | Record<string, number | string> | undefined;
}
