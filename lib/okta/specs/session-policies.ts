// Org-wide global session policies from guardrails.yaml: members of groups holding an Okta
// admin role give MFA at every sign-on and get short sessions (`sessions.adminConsole`);
// everyone else gets the default session length (`sessions.default`), with MFA once per
// session unless `mfa.everySession: false`, and at any sign-in Okta's behaviour detection
// finds unusual or its risk scoring rates high (sign-in-risk.ts). Both end a session
// idle for `sessions.idle` (STIG V-273186: 15 minutes), however long it may live. MFA for
// everyday apps is per app (app-policies.ts), by risk tier.
import { durationSeconds } from '../../model/duration';
import type { OrgModel } from '../../model/org-model';
import type { Lookups } from '../lookups';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import { type ResourceSpec, ref, type SpecObject } from '../spec';
import { groupName } from './groups';
import { behaviourName, behaviourSpecs } from './sign-in-risk';

/** The rules ranked above everyone's own (`session-rule.everyone.<id>`), by their Okta name. */
export const EVERYONE_RISK_RULES = {
  'high-risk': 'org-blueprint: everyone, high risk',
  unusual: 'org-blueprint: everyone, unusual sign-in',
} as const;

const minutes = (duration: string) => Math.max(1, Math.round((durationSeconds(duration) ?? 0) / 60));

interface Rule {
  /** After the policy's own name: `session-rule.<policy>[.<suffix>]`. */
  readonly suffix?: string;
  readonly title: string;
  readonly inputs: SpecObject;
}

function policy(
  id: string,
  priority: number,
  description: string,
  groups: SpecObject[string],
  rules: readonly Rule[],
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
    ...rules.map(
      (rule, i): ResourceSpec => ({
        type: OKTA.signonPolicyRule,
        name: rule.suffix ? oktaName('session-rule', id, rule.suffix) : oktaName('session-rule', id),
        component: 'SessionPolicies',
        inputs: {
          policyId: ref(name),
          name: rule.title,
          priority: i + 1,
          status: 'ACTIVE',
          access: 'ALLOW',
          sessionPersistent: false,
          ...rule.inputs,
        },
        options: {},
      }),
    ),
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
          [
            {
              title: 'org-blueprint: admins',
              inputs: {
                mfaRequired: true,
                mfaPrompt: 'ALWAYS',
                sessionLifetime: minutes(sessions.adminConsole),
                sessionIdle: minutes(sessions.idle),
              },
            },
          ],
        );
  const lifetime = { sessionLifetime: minutes(sessions.default), sessionIdle: minutes(sessions.idle) };
  const risky = { mfaRequired: true, mfaPrompt: 'ALWAYS', ...lifetime };
  const { signInRisk } = model.guardrails;
  const everyone = policy(
    'everyone',
    2,
    `Everyone: ${model.guardrails.mfa.everySession ? 'MFA once per session, ' : ''}${signInRisk.behaviors.length > 0 || signInRisk.highRiskMfa ? 'MFA at a sign-in Okta finds unusual or high-risk, ' : ''}sessions of ${sessions.default}, ended after ${sessions.idle} idle; apps require MFA by risk tier.`,
    [lookups.everyoneGroup()],
    [
      ...(signInRisk.highRiskMfa
        ? [
            {
              suffix: 'high-risk',
              title: EVERYONE_RISK_RULES['high-risk'],
              inputs: { riskLevel: 'HIGH', ...risky },
            },
          ]
        : []),
      ...(signInRisk.behaviors.length > 0
        ? [
            {
              suffix: 'unusual',
              title: EVERYONE_RISK_RULES.unusual,
              inputs: {
                behaviors: [...signInRisk.behaviors].sort().map((b) => ref(behaviourName(b))),
                ...risky,
              },
            },
          ]
        : []),
      {
        title: 'org-blueprint: everyone',
        inputs: {
          ...(model.guardrails.mfa.everySession
            ? { mfaRequired: true, mfaPrompt: 'SESSION' }
            : { mfaRequired: false }),
          ...lifetime,
        },
      },
    ],
  );
  return [...admins, ...behaviourSpecs(model), ...everyone];
}
