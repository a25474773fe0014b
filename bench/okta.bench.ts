// "okta desired state": the pure Okta specs of every stack and their canonical JSON, as
// `blueprint plan` writes them. The model is loaded once per process (its cost is the
// `validate` row), so the median run measures the specs alone.

import type { OrgModel } from '../lib/model/org-model';
import { oktaDesiredState, stackSpecJson } from '../lib/okta/desired-state';
import { checkOrg } from '../lib/policy/check-org';
import type { BenchStep } from './bench-step';
import { BENCH_TODAY } from './fixtures';

const models = new Map<string, OrgModel>();

function model(dir: string): OrgModel {
  const cached = models.get(dir);
  if (cached) return cached;
  const checked = checkOrg(dir, { today: BENCH_TODAY });
  if (!checked.model) throw new Error(`bench org is invalid: ${checked.diagnostics[0]?.message}`);
  models.set(dir, checked.model);
  return checked.model;
}

export const oktaDesiredStateBench: BenchStep = {
  name: 'okta desired state',
  cases: ['example', 'S', 'M', 'L'],
  target: 'L < 5 s, < 1 GB',
  runs: 5,
  run(dir) {
    const stacks = oktaDesiredState(model(dir));
    const bytes = stacks.reduce((n, s) => n + stackSpecJson(s).length, 0);
    const resources = stacks.map((s) => s.resources.length);
    return {
      stacks: stacks.length,
      resources: resources.reduce((a, b) => a + b, 0),
      maxPerStack: Math.max(...resources),
      jsonMb: Number((bytes / 1e6).toFixed(1)),
    };
  },
};
