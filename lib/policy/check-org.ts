// Loads a config folder and runs the guardrails over it: the full answer to "is this
// config valid?", used by `blueprint validate` and `blueprint plan`.
import { type Diagnostic, hasErrors, sortDiagnostics } from '../model/diagnostic';
import { type LoadedOrg, type LoadOptions, loadOrg } from '../model/load-org';
import type { Finding } from './guardrail';
import { findingDiagnostic, runGuardrails, unknownSeverityKeys } from './pack';

export interface CheckedOrg extends LoadedOrg {
  readonly findings: readonly Finding[];
  readonly ok: boolean;
}

export function checkOrg(dir: string, options: LoadOptions): CheckedOrg {
  const loaded = loadOrg(dir, options);
  if (!loaded.model) return { ...loaded, findings: [], ok: false };
  const findings = runGuardrails(loaded.model);
  const diagnostics: Diagnostic[] = sortDiagnostics([
    ...loaded.diagnostics,
    ...unknownSeverityKeys(loaded.model, loaded.sources),
    ...findings.map((f) => findingDiagnostic(f, loaded.sources)),
  ]);
  return { ...loaded, findings, diagnostics, ok: !hasErrors(diagnostics) };
}
