// The one check that compares base and head: people removed from config while their Okta
// account is still live (see lib/policy/removed-people), as diagnostics where the head's
// people list is (line 1 of where people.yaml belongs, should the head have none).
import type { Diagnostic } from '../model/diagnostic';
import type { OrgModel } from '../model/org-model';
import type { CheckedOrg } from '../policy/check-org';
import { findingDiagnostic } from '../policy/pack';
import { checkRemovedPeople } from '../policy/removed-people';

export function removedPeopleCheck(base: OrgModel, head: CheckedOrg): Diagnostic[] {
  if (!head.model) return [];
  return checkRemovedPeople(base, head.model).map((finding) => findingDiagnostic(finding, head.sources));
}
