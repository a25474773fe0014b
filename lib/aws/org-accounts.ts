// Where each part of the program is deployed: the accounts config/org.yaml declares, found by
// role (management, log archive, audit) or by config id, as explicit CDK environments.
import type { Environment } from 'aws-cdk-lib';
import type { Account, OrgModel } from '../model/org-model';

/** The account with a config id; the model's references are already checked, so a miss is a bug. */
export function accountById(model: OrgModel, id: string): Account {
  const account = model.aws.accounts.find((a) => a.id === id);
  if (!account) throw new Error(`no AWS account "${id}" in config/org.yaml (got ${JSON.stringify(id)})`);
  return account;
}

/** The one account with a landing-zone role; workloads are many, so they are not asked for here. */
export function accountByRole(model: OrgModel, role: Exclude<Account['role'], 'workload'>): Account {
  const account = model.aws.accounts.find((a) => a.role === role);
  if (!account) {
    throw new Error(`config/org.yaml declares no AWS account with role "${role}": add one to aws.accounts`);
  }
  return account;
}

/** An explicit environment: synth needs no credentials and never does context lookups. */
export function envOf(account: Account, region: string): Required<Environment> {
  return { account: account.accountId, region };
}

/** Every region the security baseline covers: the home region first, then the others, sorted. */
export function securityRegions(model: OrgModel): string[] {
  const others = (model.aws.regions ?? []).filter((r) => r !== model.aws.homeRegion);
  return [model.aws.homeRegion, ...[...new Set(others)].sort()];
}
