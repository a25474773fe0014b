// The guardrail pack: every rule, run with the severities Security set in guardrails.yaml.
import type { Diagnostic } from '../model/diagnostic';
import type { Sources } from '../model/load-config';
import type { OrgModel } from '../model/org-model';
import type { Finding, Guardrail } from './guardrail';
import { appMfa } from './rules/app-mfa';
import { contractorGroups } from './rules/contractor-groups';
import { privilegedGrants } from './rules/privileged-grants';
import { privilegedMembershipBounds } from './rules/privileged-membership-bounds';
import { privilegedOnSecuritySide } from './rules/privileged-on-security-side';
import { privilegedSessionLength } from './rules/privileged-session-length';

export const GUARDRAILS: readonly Guardrail[] = [
  privilegedOnSecuritySide,
  privilegedGrants,
  privilegedMembershipBounds,
  privilegedSessionLength,
  contractorGroups,
  appMfa,
];

export function runGuardrails(model: OrgModel, pack: readonly Guardrail[] = GUARDRAILS): Finding[] {
  const findings: Finding[] = [];
  for (const rule of pack) {
    const severity = model.guardrails.severity[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const f of rule.check(model)) findings.push({ ...f, rule: rule.id, severity });
  }
  return findings;
}

export function findingDiagnostic(finding: Finding, sources: Sources): Diagnostic {
  const source = sources[finding.at.file];
  if (!source) throw new Error(`internal: no source for ${finding.at.file}`);
  const path = [...finding.at.path, ...(finding.field ?? [])];
  return source.diagnostic(finding.severity, finding.rule, path, finding.message, finding.hint, {
    value: finding.value,
    atKey: false,
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
      source.diagnostic(
        'error',
        'unknown-key',
        ['severity', key],
        `unknown guardrail "${key}"`,
        `guardrails are: ${ids.join(', ')}`,
        {
          atKey: true,
        },
      ),
    );
}
