// CloudFormation changes per stack between the base and head templates, with the IAM,
// Identity Center (SSO) and security-group tables `cdk diff` shows, and broadening flagged.
import { Writable } from 'node:stream';
import { isDeepStrictEqual, stripVTControlCharacters } from 'node:util';
import type { TemplateDiff } from '@aws-cdk/cloudformation-diff';
import type { Template } from './cfn-template';
import { logicalNames, readableCfn } from './readable-cfn';

export type { Template } from './cfn-template';

export interface ResourceChangeSummary {
  readonly logicalId: string;
  readonly type: string;
  readonly impact: 'create' | 'update' | 'replace' | 'may-replace' | 'destroy' | 'orphan' | 'import';
  readonly properties: readonly string[];
}

export interface AwsStackDiff {
  readonly stack: string;
  readonly resources: readonly ResourceChangeSummary[];
  /**
   * Rows of `cdk diff`'s security tables (first row is the header); empty when unchanged.
   * References are shown as resource names and account ids as account config ids.
   */
  readonly tables: {
    readonly iamStatements: readonly (readonly string[])[];
    readonly managedPolicies: readonly (readonly string[])[];
    readonly ssoPermissionSets: readonly (readonly string[])[];
    readonly ssoAssignments: readonly (readonly string[])[];
    readonly securityGroups: readonly (readonly string[])[];
  };
  readonly permissionsBroadened: boolean;
  /** `cdk diff`'s text rendering, without colours. */
  readonly text: string;
}

// Loaded on the first diff, not with the module: the access-only plan builds its report
// without it, and loading it (with the CloudFormation service spec) costs a few hundred ms.
const cfnDiff = (): typeof import('@aws-cdk/cloudformation-diff') => require('@aws-cdk/cloudformation-diff');

let impacts: Record<string, ResourceChangeSummary['impact'] | undefined> | undefined;
const impactOf = (impact: string): ResourceChangeSummary['impact'] | undefined => {
  const { ResourceImpact } = cfnDiff();
  impacts ??= {
    [ResourceImpact.WILL_CREATE]: 'create',
    [ResourceImpact.WILL_UPDATE]: 'update',
    [ResourceImpact.WILL_REPLACE]: 'replace',
    [ResourceImpact.MAY_REPLACE]: 'may-replace',
    [ResourceImpact.WILL_DESTROY]: 'destroy',
    [ResourceImpact.WILL_ORPHAN]: 'orphan',
    [ResourceImpact.WILL_IMPORT]: 'import',
  };
  return impacts[impact];
};

function render(diff: TemplateDiff): string {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  cfnDiff().formatDifferences(stream, diff);
  return stripVTControlCharacters(text).trimEnd();
}

export function diffStack(
  stack: string,
  base: Template | undefined,
  head: Template | undefined,
  accountNames: ReadonlyMap<string, string> = new Map(),
): AwsStackDiff | undefined {
  // The same template on both sides has nothing to show: no need to diff it (or to load the
  // CloudFormation resource database the diff reads).
  if (base !== undefined && head !== undefined && isDeepStrictEqual(base, head)) return undefined;
  const diff = cfnDiff().fullDiff(base ?? {}, head ?? {});
  if (diff.isEmpty) return undefined;
  const names = { logical: logicalNames(head, base), accounts: accountNames };
  const table = (rows: string[][]) =>
    rows.length > 1
      ? rows.map((r) => r.map((cell) => readableCfn(stripVTControlCharacters(cell), names)))
      : [];
  const resources: ResourceChangeSummary[] = [];
  diff.resources.forEachDifference((logicalId, change) => {
    const impact = impactOf(change.changeImpact);
    if (!impact) return;
    const properties = Object.keys(change.propertyUpdates ?? {}).sort();
    resources.push({ logicalId, type: change.resourceType ?? 'unknown', impact, properties });
  });
  resources.sort((a, b) => a.logicalId.localeCompare(b.logicalId));
  return {
    stack,
    resources,
    tables: {
      iamStatements: table(diff.iamChanges.summarizeStatements()),
      managedPolicies: table(diff.iamChanges.summarizeManagedPolicies()),
      ssoPermissionSets: table(diff.iamChanges.summarizeSsoPermissionSets()),
      ssoAssignments: table(diff.iamChanges.summarizeSsoAssignments()),
      securityGroups: table(diff.securityGroupChanges.summarize()),
    },
    permissionsBroadened: diff.permissionsBroadened,
    text: readableCfn(render(diff), names),
  };
}

/**
 * Every stack present in either side, in name order; stacks without changes are left out.
 * `accountNames` (12-digit id → config id) makes account ids in the tables readable.
 */
export function awsDiff(
  base: Record<string, Template>,
  head: Record<string, Template>,
  accountNames: ReadonlyMap<string, string> = new Map(),
): AwsStackDiff[] {
  const names = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  return names
    .map((n) => diffStack(n, base[n], head[n], accountNames))
    .filter((d): d is AwsStackDiff => d !== undefined);
}

/** Resources CloudFormation would delete (retained resources are orphaned, not deleted). */
export const awsDeletions = (diffs: readonly AwsStackDiff[]) =>
  diffs.reduce((n, d) => n + d.resources.filter((r) => r.impact === 'destroy').length, 0);
