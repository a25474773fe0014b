// Privileged things are reached only through privileged groups, and IT's side never points
// at security's: IT grants and apps cannot use privileged groups or permission sets, Security's
// grants use only Security's permission sets (IT changes its own sets, so a privileged grant of
// one would let IT change privileged access; and Security's stack cannot hold it), no grant
// outside privileged groups reaches the management, log-archive or audit account (any access
// there is privileged, and IT's deploy role cannot assign into them), and privileged
// permission sets and Okta admin roles go only to privileged groups.
import type { Grant, Group, OrgModel } from '../../model/org-model';
import { sensitiveAccounts } from '../../model/sensitive-accounts';
import type { Guardrail, RuleFinding } from '../guardrail';

const SENSITIVE_ACCOUNT_PRIVILEGED =
  'any access to the management, log-archive or audit account is privileged';
const SENSITIVE_ACCOUNT_HINT = {
  it: `${SENSITIVE_ACCOUNT_PRIVILEGED}: grant it from config/security/privileged.yaml to a privileged group (time-bound members)`,
  security: `${SENSITIVE_ACCOUNT_PRIVILEGED}: grant it only to a privileged group (time-bound members)`,
} as const;

export const privilegedGrants: Guardrail = {
  id: 'privileged-grants',
  title:
    'Privileged groups, sets and the management, log-archive and audit accounts are granted only on the security side',
  rationale:
    'IT must not be able to hand out privileged access, and IT stacks never depend on security resources.',
  defaultSeverity: 'error',
  check(model) {
    const findings: RuleFinding[] = [];
    const groups = new Map(model.groups.map((g) => [g.id, g]));
    const sets = new Map(model.permissionSets.map((s) => [s.id, s]));
    findings.push(...sensitiveAccountGrants(model, groups));
    for (const grant of model.grants) {
      const group = groups.get(grant.group)!;
      const set = sets.get(grant.permissionSet)!;
      if (grant.side === 'it' && group.side === 'security') {
        findings.push({
          at: grant.at,
          field: ['group'],
          message: `IT-side grant uses privileged group "${group.id}"`,
          hint: 'privileged grants live in config/security/privileged.yaml (grants:); move this grant there',
          value: group.id,
        });
      }
      if (grant.side === 'it' && set.side === 'security') {
        findings.push({
          at: grant.at,
          field: ['permissionSet'],
          message: `IT-side grant uses privileged permission set "${set.id}"`,
          hint: 'privileged grants live in config/security/privileged.yaml (grants:); move this grant there',
          value: set.id,
        });
      }
      if (grant.side === 'security' && set.side === 'it') {
        findings.push({
          at: grant.at,
          field: ['permissionSet'],
          message: `privileged grant uses IT's permission set "${set.id}"`,
          hint: `IT can change its own permission sets: declare the set Security grants in config/security/privileged.yaml (permissionSets:), under its own id, e.g. "${set.id}-privileged"`,
          value: set.id,
        });
      }
      if (grant.side === 'security' && set.privileged && !group.privileged) {
        findings.push({
          at: grant.at,
          field: ['group'],
          message: `privileged permission set "${set.id}" is granted to everyday group "${group.id}"`,
          hint: 'grant privileged permission sets only to privileged groups, whose memberships are time-bound',
          value: group.id,
        });
      }
    }
    for (const app of model.apps) {
      app.groups.forEach((g) => {
        if (groups.get(g)?.side !== 'security') return;
        findings.push({
          at: app.at,
          field: ['groups', app.groups.indexOf(g)],
          message: `IT app "${app.id}" is assigned to privileged group "${g}"`,
          hint: 'IT config cannot depend on security-owned groups; assign an everyday group instead',
          value: g,
        });
      });
    }
    model.oktaAdminRoles.forEach((role) => {
      if (groups.get(role.group)?.privileged) return;
      findings.push({
        at: role.at,
        field: ['group'],
        message: `Okta admin role ${role.role} is assigned to everyday group "${role.group}"`,
        hint: 'assign admin roles only to groups declared in config/security/privileged.yaml',
        value: role.group,
      });
    });
    return findings;
  },
};

/**
 * Grants into the management, log-archive or audit account from IT's side, or to an everyday
 * group from Security's: one finding per such account, at its place in the grant's list.
 */
function sensitiveAccountGrants(model: OrgModel, groups: ReadonlyMap<string, Group>): RuleFinding[] {
  const sensitive = sensitiveAccounts(model);
  const findings: RuleFinding[] = [];
  const outside = (grant: Grant) => grant.side === 'it' || !groups.get(grant.group)!.privileged;
  for (const grant of model.grants.filter(outside)) {
    grant.accounts.forEach((account, i) => {
      const role = sensitive.get(account);
      if (!role) return;
      const where = `"${grant.permissionSet}" in the ${role} account "${account}"`;
      findings.push({
        at: grant.at,
        field: ['accounts', i],
        message:
          grant.side === 'it'
            ? `IT-side grant gives ${where}`
            : `grant gives ${where} to everyday group "${grant.group}"`,
        hint: SENSITIVE_ACCOUNT_HINT[grant.side],
        value: account,
      });
    });
  }
  return findings;
}
