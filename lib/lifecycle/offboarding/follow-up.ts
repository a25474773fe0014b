// After an offboarding that changed something, the config must catch up with Okta (or
// the next deploy would hand the access back): the change to make in a pull request.
import type { DirectoryPerson, LifecycleDirectory } from '../lifecycle-directory';
import type { OffboardingCase } from './offboarding-case';

export function followUpConfigChange(
  directory: LifecycleDirectory,
  person: DirectoryPerson | undefined,
  kase: OffboardingCase,
): string[] {
  if (!person)
    return [
      `${kase.login} is not in config/it/people.yaml: nothing to change in the config (the user was made by hand in Okta).`,
    ];
  const changes: string[] = [];
  if (person.end === undefined || person.end > kase.lastDay)
    changes.push(`config/it/people.yaml: set end: "${kase.lastDay}" for ${person.id}`);
  for (const group of directory.groups.filter((g) => g.explicit.includes(person.id)))
    changes.push(
      `${group.side === 'security' ? 'config/security/privileged.yaml' : 'config/it/groups.yaml'}: remove ${person.id} from the members of ${group.id}`,
    );
  for (const app of directory.apps.filter((a) => a.people.includes(person.id)))
    changes.push(`config/it/apps.yaml: remove ${person.id} from the people of ${app.id}`);
  if (changes.length === 0) return [`The config already matches: ${person.id}'s end date is ${person.end}.`];
  return [
    'Follow-up: make the config match what was done (open a pull request):',
    ...changes.map((c) => `  - ${c}`),
  ];
}
