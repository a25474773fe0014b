// The steps `npm run bench` measures, in order. Each part of the blueprint registers here.
import type { BenchStep } from './bench-step';
import { cdkBench, cdkProcessBench } from './cdk.bench';
import { importOktaBench } from './import-okta.bench';
import { offboard100Bench, offboard1000Bench } from './offboard.bench';
import { oktaDesiredStateBench } from './okta.bench';
import { oktaProgramBench } from './okta-program.bench';
import { planBench } from './plan.bench';
import {
  planAccessOnlyBench,
  planBaseBench,
  planBaseCachedBench,
  planBaseCodeBench,
} from './plan-base.bench';
import { helpBench, validateBench } from './validate.bench';

export const BENCH_STEPS: readonly BenchStep[] = [
  helpBench,
  validateBench,
  planBench,
  planBaseBench,
  planBaseCachedBench,
  planBaseCodeBench,
  planAccessOnlyBench,
  cdkBench,
  cdkProcessBench,
  oktaDesiredStateBench,
  oktaProgramBench,
  offboard100Bench,
  offboard1000Bench,
  importOktaBench,
];
