// The automation's own Okta identities: the events they cause (its suspend, its deactivate)
// must never open a new case. From the construct (OWN_OKTA_ACTOR_IDS) and, in okta-tasks,
// from the credential the function signs in with.
import { ENV } from './lambda-env';

export function ownOktaActorIds(
  env: NodeJS.ProcessEnv = process.env,
  ...more: (string | undefined)[]
): string[] {
  const listed = (env[ENV.ownOktaActorIds] ?? '').split(',').map((id) => id.trim());
  return [...new Set([...listed, ...more].filter((id): id is string => !!id))].sort();
}
