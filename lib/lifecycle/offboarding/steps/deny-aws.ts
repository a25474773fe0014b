// 8. Deny further AWS access: the person's IAM Identity Center user leaves every group,
// so no account assignment applies to them any more and the access portal offers nothing.
// Role sessions already issued end within their permission set's session duration.
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
      log.add(await deps.aws.removeMembership(m.membershipId));
    return { outcome: 'changed', before, after: { identityCenterUser: access.userId, groups: [] } };
  },
};
