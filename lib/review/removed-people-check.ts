// The one check that compares base and head: people removed from config while their Okta
// account is still live (see lib/okta/removed-people), as diagnostics at people.yaml.
import type { Diagnostic } from '../model/diagnostic';
import type { OrgModel } from '../model/org-model';
import { checkRemovedPeople } from '../okta/removed-people';
import type { CheckedOrg } from '../policy/check-org';
import { findingDiagnostic } from '../policy/pack';

export function removedPeopleCheck(base: OrgModel, head: CheckedOrg): Diagnostic[] {
  if (!head.model) return [];
  return checkRemovedPeople(base, head.model).map((finding) =>
    head.sources.people
      ? findingDiagnostic(finding, head.sources)
      : {
          severity: 'error',
          code: finding.rule,
          file: 'config/it/people.yaml',
          line: 1,
          col: 1,
          path: 'people',
          message: finding.message,
          value: JSON.stringify(finding.value),
          hint: finding.hint,
        },
  );
}
