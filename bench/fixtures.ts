// The orgs benchmarks run on: the example org in config/, and synthetic S/M/L orgs written
// once to a temporary folder (deterministic: same seed, same day).
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateOrg, writeOrg } from '../lib/synthetic/generate-org';
import type { BenchCase } from './bench-step';

export const BENCH_TODAY = '2026-11-23';

export function benchOrgDir(benchCase: BenchCase): string {
  if (benchCase === 'example') return resolve(__dirname, '..', 'config');
  const dir = join(tmpdir(), `org-blueprint-bench-${benchCase}-${BENCH_TODAY}`);
  if (!existsSync(join(dir, 'org.yaml')))
    writeOrg(dir, generateOrg({ size: benchCase, seed: 1, today: BENCH_TODAY }));
  return dir;
}
