// The Identity Center resources a synthesized blueprint app declares, with the logical ids CDK
// gives them: each AWS::SSO::PermissionSet (construct id = the set's config id) and each
// AWS::SSO::Assignment (construct path …/<group>/<permission set>/<account>, config ids; see
// lib/aws/account-assignments.ts). Read off the construct tree, so the ids are CDK's own.
import { Stack } from 'aws-cdk-lib';
import { CfnAssignment, CfnPermissionSet } from 'aws-cdk-lib/aws-sso';
import type { IConstruct } from 'constructs';

export type AdoptableResource =
  | {
      readonly stack: string;
      readonly logicalId: string;
      readonly kind: 'permission set';
      readonly permissionSet: string;
    }
  | {
      readonly stack: string;
      readonly logicalId: string;
      readonly kind: 'assignment';
      /** `group/permissionSet/account`, config ids. */
      readonly key: string;
    };

export function adoptableResources(app: IConstruct): AdoptableResource[] {
  const found: AdoptableResource[] = [];
  for (const c of app.node.findAll()) {
    if (!(c instanceof CfnPermissionSet) && !(c instanceof CfnAssignment)) continue;
    const stack = Stack.of(c);
    const logicalId = stack.resolve(c.logicalId) as string;
    if (c instanceof CfnPermissionSet)
      found.push({ stack: stack.stackName, logicalId, kind: 'permission set', permissionSet: c.node.id });
    else {
      const set = c.node.scope!;
      const group = set.node.scope!;
      found.push({
        stack: stack.stackName,
        logicalId,
        kind: 'assignment',
        key: `${group.node.id}/${set.node.id}/${c.node.id}`,
      });
    }
  }
  return found.sort((a, b) =>
    a.stack === b.stack ? (a.logicalId < b.logicalId ? -1 : 1) : a.stack < b.stack ? -1 : 1,
  );
}
