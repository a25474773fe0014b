import { ruleLines } from '../rule-case';

describe('no-direct-app-assignment: apps are assigned to groups, not directly to people', () => {
  test('compliant: every app is assigned through groups', () => {
    expect(ruleLines('no-direct-app-assignment')).toEqual([]);
  });

  test('non-compliant: an app lists people, one finding per person', () => {
    expect(ruleLines('no-direct-app-assignment', 'app-assigned-to-person')).toEqual([
      'config/it/apps.yaml:10:14: error: apps[0].people[0]: app "wiki" is assigned directly to "gavin-belson" (got "gavin-belson")',
      '    fix: put the person in a group (config/it/groups.yaml) and list the group under groups: instead',
      'config/it/apps.yaml:10:28: error: apps[0].people[1]: app "wiki" is assigned directly to "jared-dunn" (got "jared-dunn")',
      '    fix: put the person in a group (config/it/groups.yaml) and list the group under groups: instead',
    ]);
  });
});
