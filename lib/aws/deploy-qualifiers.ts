// Each owner deploys with its own CDK bootstrap (qualifier), so IT's pipeline assumes only
// IT's deploy roles and CloudFormation execution policy, never security's.
import type { Side } from '../model/org-model';

export const DEPLOY_QUALIFIERS: Readonly<Record<Side, string>> = { it: 'bpit', security: 'bpsecurity' };

/** The tag every resource carries with its owner; guardrails key on it. */
export const OWNER_TAG = 'blueprint:owner';
