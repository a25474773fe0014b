// The guardrail pack: every rule, run with the severities Security set in guardrails.yaml.
import { type Diagnostic, formatPath, showValue, wholeFileDiagnostic } from '../model/diagnostic';
import type { Sources } from '../model/load-config';
import type { OrgModel } from '../model/org-model';
import { CONFIG_FILES, type ConfigFileKey } from '../model/schema/files';
import type { Finding, Guardrail, GuardrailSeverity } from './guardrail';
import { accessAfterEnd } from './rules/access-after-end';
import { appMfa } from './rules/app-mfa';
import { appOwner } from './rules/app-owner';
import { breakGlass } from './rules/break-glass';
import { contractorGroups } from './rules/contractor-groups';
import { groupRuleOrMembers } from './rules/group-rule-or-members';
import { noDirectAppAssignment } from './rules/no-direct-app-assignment';
import { oidcImplicitGrant } from './rules/oidc-implicit-grant';
import { oktaAdminRoleScope } from './rules/okta-admin-role-scope';
import { privilegedAccessAfterEnd } from './rules/privileged-access-after-end';
import { privilegedElevationBounds } from './rules/privileged-elevation-bounds';
import { privilegedGrants } from './rules/privileged-grants';
import { privilegedMembershipBounds } from './rules/privileged-membership-bounds';
import { privilegedOnSecuritySide } from './rules/privileged-on-security-side';
import { privilegedSessionLength } from './rules/privileged-session-length';
import { vendorReview } from './rules/vendor-review';

export const GUARDRAILS: readonly Guardrail[] = [
  privilegedOnSecuritySide,
  privilegedGrants,
  privilegedMembershipBounds,
  privilegedElevationBounds,
  privilegedSessionLength,
  contractorGroups,
  appMfa,
  oidcImplicitGrant,
  noDirectAppAssignment,
  groupRuleOrMembers,
  appOwner,
  vendorReview,
  accessAfterEnd,
  privilegedAccessAfterEnd,
  breakGlass,
  oktaAdminRoleScope,
];

/** The severity Security set for a rule in guardrails.yaml (`severity:`), else the rule's default. */
export function severityInEffect(model: OrgModel, rule: Guardrail): GuardrailSeverity | 'off' {
  return model.guardrails.severity[rule.id] ?? rule.defaultSeverity;
}

export function runGuardrails(model: OrgModel, pack: readonly Guardrail[] = GUARDRAILS): Finding[] {
  const findings: Finding[] = [];
  for (const rule of pack) {
    const severity = severityInEffect(model, rule);
    if (severity === 'off') continue;
    for (const f of rule.check(model)) findings.push({ ...f, rule: rule.id, severity });
  }
  return findings;
}

export function findingDiagnostic(finding: Finding, sources: Sources): Diagnostic {
  const source = sources[finding.at.file];
  const path = [...finding.at.path, ...(finding.field ?? [])];
  if (!source) return absentFileDiagnostic(finding, path, sources);
  return source.diagnostic({
    severity: finding.severity,
    code: finding.rule,
    path,
    message: finding.message,
    hint: finding.hint,
    value: finding.value,
    atKey: false,
  });
}

/**
 * A finding about a file the config does not have (an optional file, e.g. no
 * privileged.yaml and so no break-glass principal): it points at line 1 of where the file
 * belongs, named like the files that do exist.
 */
function absentFileDiagnostic(finding: Finding, path: (string | number)[], sources: Sources): Diagnostic {
  const present = (Object.keys(sources) as ConfigFileKey[]).find((key) => sources[key]);
  if (!present) throw new Error(`internal: no source for ${finding.at.file}`);
  const shown = sources[present]!.file;
  const prefix = shown.slice(0, shown.length - CONFIG_FILES[present].path.length);
  const value = showValue(finding.value);
  return wholeFileDiagnostic({
    severity: finding.severity,
    code: finding.rule,
    file: `${prefix}${CONFIG_FILES[finding.at.file].path}`,
    path: formatPath(path),
    message: finding.message,
    value,
    hint: finding.hint,
  });
}

/** Unknown rule ids in guardrails.yaml `severity:` are config errors (a typo would silently do nothing). */
export function unknownSeverityKeys(
  model: OrgModel,
  sources: Sources,
  pack: readonly Guardrail[] = GUARDRAILS,
): Diagnostic[] {
  const ids = pack.map((r) => r.id);
  const source = sources.guardrails;
  if (!source) return [];
  return Object.keys(model.guardrails.severity)
    .filter((key) => !ids.includes(key))
    .map((key) =>
      source.diagnostic({
        severity: 'error',
        code: 'unknown-key',
        path: ['severity', key],
        message: `unknown guardrail "${key}"`,
        hint: `guardrails are: ${ids.join(', ')}`,
        atKey: true,
      }),
    );
}
