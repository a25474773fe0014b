// The rule-based groups a person belongs to by their attributes: what Okta group rules
// should give them (onboarding verifies these landed; a mover's move between them).
import { ruleMatches } from '../model/group-rule';
import type { PersonAttributes } from './access-of';
import type { DirectoryGroup, LifecycleDirectory } from './lifecycle-directory';

export function ruleGroupsOf(directory: LifecycleDirectory, attrs: PersonAttributes): DirectoryGroup[] {
  return directory.groups.filter((g) => g.rule !== undefined && ruleMatches(g.rule, attrs));
}
