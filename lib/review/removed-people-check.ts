// The one check that compares base and head: people removed from config while their Okta
// account is still live (see lib/policy/removed-people), as diagnostics at people.yaml.
import { type Diagnostic, showValue, wholeFileDiagnostic } from '../model/diagnostic';
import type { OrgModel } from '../model/org-model';
import type { CheckedOrg } from '../policy/check-org';
import { findingDiagnostic } from '../policy/pack';
import { checkRemovedPeople } from '../policy/removed-people';

export function removedPeopleCheck(base: OrgModel, head: CheckedOrg): Diagnostic[] {
  if (!head.model) return [];
  return checkRemovedPeople(base, head.model).map((finding) =>
    head.sources.people
      ? findingDiagnostic(finding, head.sources)
      : wholeFileDiagnostic({
          severity: 'error',
          code: finding.rule,
          file: 'config/it/people.yaml',
          path: 'people',
          message: finding.message,
          value: showValue(finding.value),
          hint: finding.hint,
        }),
  );
}
