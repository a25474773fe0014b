// The resource-import mappings `cdk import --resource-mapping FILE` reads: per stack, one file
// for the permission sets (imported first) and one for the assignments (imported once the
// group lookups they reference are deployed; README "Adopt an existing Identity Center"),
// each logical id → the resource's primary identifier properties. What the app declares but
// Identity Center lacks (or the import kept out) is listed as created by the deploy.
import type { AdoptableResource } from './cdk-resources';
import type { AdoptionIds } from './imported-aws';

export type ResourceMapping = Record<string, Record<string, string>>;

export interface StackMappings {
  readonly stack: string;
  readonly permissionSets: ResourceMapping;
  readonly assignments: ResourceMapping;
  /** Declared by the app, not adopted: the deploy creates them. `logicalId (key)`. */
  readonly created: readonly string[];
}

export function resourceMappings(resources: readonly AdoptableResource[], ids: AdoptionIds): StackMappings[] {
  const byStack = new Map<
    string,
    { permissionSets: ResourceMapping; assignments: ResourceMapping; created: string[] }
  >();
  for (const r of resources) {
    const entry = byStack.get(r.stack) ?? { permissionSets: {}, assignments: {}, created: [] };
    byStack.set(r.stack, entry);
    if (r.kind === 'permission set') {
      const arn = ids.permissionSets[r.permissionSet];
      if (arn) entry.permissionSets[r.logicalId] = { InstanceArn: ids.instanceArn, PermissionSetArn: arn };
      else entry.created.push(`${r.logicalId} (permission set ${r.permissionSet})`);
    } else {
      const a = ids.assignments[r.key];
      if (a)
        entry.assignments[r.logicalId] = {
          InstanceArn: ids.instanceArn,
          PermissionSetArn: a.permissionSetArn,
          PrincipalId: a.principalId,
          PrincipalType: 'GROUP',
          TargetId: a.accountId,
          TargetType: 'AWS_ACCOUNT',
        };
      else entry.created.push(`${r.logicalId} (assignment ${r.key})`);
    }
  }
  return [...byStack].sort(([a], [b]) => (a < b ? -1 : 1)).map(([stack, m]) => ({ stack, ...m }));
}
