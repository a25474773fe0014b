// Entry point of the Pulumi program for the Okta stacks of this project (Pulumi.yaml):
// `it`, `security`, and `it-people-<n>` shards for large orgs. It validates config/ like
// `blueprint plan` does, refuses to run against an Okta org other than the config's, and
// declares the stack's specs. Run through bin/okta.cjs (dist/okta.cjs while fresh, else through tsx).
import { resolve } from 'node:path';
import * as pulumi from '@pulumi/pulumi';
import { renderDiagnostics } from '../lib/cli/render-diagnostics';
import { today } from '../lib/model/calendar-date';
import { deployHorizon } from '../lib/model/elevation';
import { now } from '../lib/model/instant';
import type { OrgModel } from '../lib/model/org-model';
import { oktaDesiredState } from '../lib/okta/desired-state';
import { providerOrgMismatch } from '../lib/okta/provider-org';
import { checkOrg } from '../lib/policy/check-org';
import { elevationStartsFromGit } from '../lib/review/elevation-starts';
import { OktaItStack } from '../stacks/okta-it';
import { OktaSecurityStack } from '../stacks/okta-security';

/** Settings under the `blueprint:` config namespace (all optional). */
function settings() {
  const config = new pulumi.Config('blueprint');
  const day = config.get('today') ?? today();
  const instant = config.get('now') ?? now();
  return { configDir: resolve(config.get('config') ?? 'config'), today: day, now: instant };
}

function loadModel(): OrgModel {
  const { configDir, today, now } = settings();
  // Elevations end on the minute: an ended one is absent, so this deploy cannot restore it;
  // resolved a horizon ahead, so it cannot add one whose schedule runs before Pulumi is done.
  const checked = checkOrg(configDir, {
    today,
    now,
    endsBy: deployHorizon(now),
    elevationStarts: elevationStartsFromGit(configDir),
  });
  if (!checked.ok || !checked.model)
    throw new Error(
      `config is invalid; nothing was deployed\n${renderDiagnostics(checked.diagnostics, 'text')}`,
    );
  return checked.model;
}

/** The provider must point at the org the config describes (`okta.orgUrl`). */
function checkOktaOrg(model: OrgModel): void {
  const okta = new pulumi.Config('okta');
  const mismatch = providerOrgMismatch(model.oktaOrgUrl, {
    orgName: okta.get('orgName') ?? process.env.OKTA_ORG_NAME,
    baseUrl: okta.get('baseUrl') ?? process.env.OKTA_BASE_URL,
  });
  if (mismatch) throw new Error(mismatch);
}

export async function oktaProgram(): Promise<Record<string, pulumi.Output<unknown>>> {
  const model = loadModel();
  checkOktaOrg(model);
  const stacks = oktaDesiredState(model);
  const spec = stacks.find((s) => s.stack === pulumi.getStack());
  if (!spec)
    throw new Error(
      `no Okta stack "${pulumi.getStack()}" for this config; its stacks are: ${stacks.map((s) => s.stack).join(', ')}`,
    );
  const stack =
    spec.side === 'it' ? new OktaItStack(spec.stack, { spec }) : new OktaSecurityStack(spec.stack, { spec });
  return stack.outputs;
}
