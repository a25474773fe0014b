import { CREATED_STATUS, splitName, userProfile } from '../../../lib/okta/specs/user-profile';
import { userSpecs } from '../../../lib/okta/specs/users';
import { person } from '../support/example';

describe('splitName: Okta needs a first and a last name', () => {
  test.each([
    ['Dana Whitfield', 'Dana', 'Whitfield'],
    ['Anna van der Berg', 'Anna', 'van der Berg'],
    ['  Lucía   Fernández ', 'Lucía', 'Fernández'],
    ['Madonna', 'Madonna', 'Madonna'],
    ['李 小龙', '李', '小龙'],
  ])('%j → %j / %j', (name, firstName, lastName) => {
    expect(splitName(name)).toEqual({ firstName, lastName });
  });
});

describe('userProfile', () => {
  test('maps the person to Okta profile attributes, manager by config id', () => {
    const manager = person('grace-hopper', { name: 'Grace Hopper' });
    expect(userProfile(person('ada', { manager: 'grace-hopper', type: 'contractor' }), manager)).toEqual({
      firstName: 'Ada',
      lastName: 'Lovelace',
      displayName: 'Ada Lovelace',
      login: 'ada@example.com',
      email: 'ada@example.com',
      department: 'Engineering',
      title: 'Engineer',
      userType: 'contractor',
      managerId: 'grace-hopper',
      manager: 'Grace Hopper',
      status: 'STAGED',
    });
  });

  test('no manager, no manager attributes', () => {
    expect(userProfile(person('ada'), undefined)).not.toHaveProperty('managerId');
  });

  test.each(['staged', 'active', 'suspended', 'deprovisioned'] as const)(
    'a %s person is created STAGED: the lifecycle, not the config, moves the status on',
    (status) => {
      expect(CREATED_STATUS).toBe('STAGED');
      expect(userProfile(person('ada', { status }), undefined).status).toBe('STAGED');
    },
  );
});

describe('userSpecs', () => {
  test('one protected, retained-on-delete user per person, named by id, ignoring status changes', () => {
    const [spec] = userSpecs([person('ada')]);
    expect(spec).toMatchObject({
      type: 'okta:user/user:User',
      name: 'user.ada',
      component: 'Users',
      options: { protect: true, retainOnDelete: true, ignoreChanges: ['status'] },
    });
  });

  test('resolves a manager who is not among the people declared (another shard)', () => {
    const boss = person('boss', { name: 'Big Boss' });
    const [spec] = userSpecs([person('ada', { manager: 'boss' })], [boss, person('ada')]);
    expect(spec.inputs).toMatchObject({ managerId: 'boss', manager: 'Big Boss' });
  });
});
