// Both engines' desired state for a model, as the review compares them: CDK templates per
// stack (synthesized in memory) and Okta resource specs per Pulumi stack.
import type { OrgModel } from '../model/org-model';
import { oktaDesiredState } from '../okta/desired-state';
import type { EngineOutputs } from './plan-report';

export function oktaSpecsByStack(model: OrgModel): EngineOutputs['okta'] {
  return Object.fromEntries(oktaDesiredState(model).map((s) => [`okta-${s.stack}`, s.resources]));
}

export async function defaultEngines(model: OrgModel): Promise<EngineOutputs> {
  return { okta: oktaSpecsByStack(model), cdk: {} };
}

export const removedPeopleCheck = undefined;
