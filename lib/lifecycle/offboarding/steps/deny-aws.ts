// 8. Deny further AWS access: the person's IAM Identity Center user leaves every group,
// so no account assignment applies to them any more and the access portal offers nothing.
// Role sessions already issued end within their permission set's session duration.
import { makeChange } from '../make-change';
import type { OffboardingStep } from '../offboarding-step';

export const denyAwsStep: OffboardingStep = {
  name: 'deny-aws',
  summary:
    "remove the user's IAM Identity Center group memberships (every account assignment goes with them)",
  plan: (directory, person) => [
    `identitystore:GetUserId ${directory.identityStoreId} userName=${person.email}`,
    'identitystore:ListGroupMembershipsForMember',
    'identitystore:DeleteGroupMembership (per membership)',
  ],
  async run({ deps, kase, log }) {
    const access = await deps.aws.findAccess(kase.login);
    const groups = access.memberships.map((m) => m.groupId).sort();
    const before = { identityCenterUser: access.userId ?? null, groups };
    if (access.userId === undefined)
      return { outcome: 'unchanged', before, after: before, note: 'no IAM Identity Center user' };
    if (groups.length === 0) return { outcome: 'unchanged', before, after: before };
    for (const m of [...access.memberships].sort((a, b) => a.membershipId.localeCompare(b.membershipId)))
      await makeChange(deps, log, {
        describe: `remove ${kase.login}'s IAM Identity Center membership ${m.membershipId}`,
        isDone: async () =>
          !(await deps.aws.findAccess(kase.login)).memberships.some((x) => x.membershipId === m.membershipId),
        send: () => deps.aws.removeMembership(m.membershipId),
        // The AWS SDK has retried what it can; whatever failed is checked against the Identity Store.
        ambiguous: () => true,
      });
    return { outcome: 'changed', before, after: { identityCenterUser: access.userId, groups: [] } };
  },
};
