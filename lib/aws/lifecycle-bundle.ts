// The lifecycle Lambdas' code: lib/lifecycle/handlers bundled with esbuild (esbuild-bundle.ts)
// into one folder, one file per function. Code only: the org's directory is data
// (lifecycle-directory-data.ts), so a config change never changes this asset.
import type { LifecycleHandlerName } from '../lifecycle/handlers/lambda-env';
import { bundleDir } from './esbuild-bundle';

/** The Lambda functions: file name in the bundle (handler `<file>.handler`) → entry point. */
export const LIFECYCLE_HANDLERS: Record<LifecycleHandlerName, string> = {
  'okta-tasks': 'lib/lifecycle/handlers/okta-tasks.ts',
  'notify-tasks': 'lib/lifecycle/handlers/notify-tasks.ts',
  'aws-access-tasks': 'lib/lifecycle/handlers/aws-access-tasks.ts',
  'start-tasks': 'lib/lifecycle/handlers/start-tasks.ts',
};

/** Everything the bundle is made of: the runtime's sources, the model it imports, the locked dependencies. */
const INPUTS = ['lib/lifecycle', 'lib/model', 'package-lock.json'];

export function lifecycleBundleDir(): string {
  return bundleDir({ name: 'lifecycle', handlers: LIFECYCLE_HANDLERS, inputs: INPUTS });
}
