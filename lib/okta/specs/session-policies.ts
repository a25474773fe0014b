// Org-wide global session policies from guardrails.yaml: members of groups holding an Okta
// admin role give MFA at every sign-on and get short sessions (`sessions.adminConsole`);
// everyone else gets the default session length (`sessions.default`), with MFA once per
// session unless `mfa.everySession: false`. Both end a session
// idle for `sessions.idle` (STIG V-273186: 15 minutes), however long it may live. MFA for
// everyday apps is per app (app-policies.ts), by risk tier.
import { durationSeconds } from '../../model/duration';
import type { OrgModel } from '../../model/org-model';
import type { Lookups } from '../lookups';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import { type ResourceSpec, ref, type SpecObject } from '../spec';
import { groupName } from './groups';

const minutes = (duration: string) => Math.max(1, Math.round((durationSeconds(duration) ?? 0) / 60));

function policy(
  id: string,
  priority: number,
  description: string,
  groups: SpecObject[string],
  rule: SpecObject,
): ResourceSpec[] {
  const name = oktaName('session-policy', id);
  return [
    {
      type: OKTA.signonPolicy,
      name,
      component: 'SessionPolicies',
      inputs: {
        name: `org-blueprint: ${id}`,
        description,
        priority,
        status: 'ACTIVE',
        groupsIncluded: groups,
      },
      options: {},
    },
    {
      type: OKTA.signonPolicyRule,
      name: oktaName('session-rule', id),
      component: 'SessionPolicies',
      inputs: {
        policyId: ref(name),
        name: `org-blueprint: ${id}`,
        priority: 1,
        status: 'ACTIVE',
        access: 'ALLOW',
        sessionPersistent: false,
        ...rule,
      },
      options: {},
    },
  ];
}

export function sessionPolicySpecs(
  model: Pick<OrgModel, 'guardrails' | 'oktaAdminRoles'>,
  lookups: Lookups,
): ResourceSpec[] {
  const { sessions } = model.guardrails;
  const adminGroups = [...new Set(model.oktaAdminRoles.map((r) => r.group))].sort();
  const admins =
    adminGroups.length === 0
      ? []
      : policy(
          'admins',
          1,
          `Okta administrators: MFA at every sign-on, sessions of ${sessions.adminConsole}, ended after ${sessions.idle} idle.`,
          adminGroups.map((g) => ref(groupName(g))),
          {
            mfaRequired: true,
            mfaPrompt: 'ALWAYS',
            sessionLifetime: minutes(sessions.adminConsole),
            sessionIdle: minutes(sessions.idle),
          },
        );
  const everyone = policy(
    'everyone',
    2,
    `Everyone: ${model.guardrails.mfa.everySession ? 'MFA once per session, ' : ''}sessions of ${sessions.default}, ended after ${sessions.idle} idle; apps require MFA by risk tier.`,
    [lookups.everyoneGroup()],
    {
      ...(model.guardrails.mfa.everySession
        ? { mfaRequired: true, mfaPrompt: 'SESSION' }
        : { mfaRequired: false }),
      sessionLifetime: minutes(sessions.default),
      sessionIdle: minutes(sessions.idle),
    },
  );
  return [...admins, ...everyone];
}
