// The example org's directory for tests that need no fake Okta (start-workflows, start-tasks):
// the config as the lifecycle runtime sees it on the lifecycle harness's day.
import { resolve } from 'node:path';
import { type LifecycleDirectory, lifecycleDirectory } from '../../../../lib/lifecycle/lifecycle-directory';
import { checkOrg } from '../../../../lib/policy/check-org';

export const TODAY = '2026-11-23';

let cached: LifecycleDirectory | undefined;

export function exampleDirectory(): LifecycleDirectory {
  if (!cached) {
    const checked = checkOrg(resolve(__dirname, '../../../../config'), { today: TODAY });
    if (!checked.model) throw new Error('the example config does not load');
    cached = lifecycleDirectory(checked.model);
  }
  return cached;
}
