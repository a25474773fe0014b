import { userStatusOwnedByLifecycle } from '../../policy-pack/rules/user-status-owned-by-lifecycle';
import { violations } from './support';

const USER = 'okta:user/user:User';

describe('okta-user-status-owned-by-lifecycle: a deploy never sets a user’s status', () => {
  test.each([[[]], [['profile']]])('a user ignoring %j fails', (ignoreChanges) => {
    expect(
      violations(userStatusOwnedByLifecycle, { type: USER, name: 'user.ada', stack: 'it', ignoreChanges }),
    ).toEqual([
      'user "user.ada" does not ignore status changes: declare it with ignoreChanges: ["status"] so a deploy cannot re-activate someone the lifecycle suspended',
    ]);
  });

  test('a user ignoring status passes; other resources need nothing', () => {
    expect(
      violations(userStatusOwnedByLifecycle, {
        type: USER,
        name: 'user.ada',
        stack: 'it',
        ignoreChanges: ['status'],
      }),
    ).toEqual([]);
    expect(
      violations(userStatusOwnedByLifecycle, { type: 'okta:group/group:Group', name: 'g', stack: 'it' }),
    ).toEqual([]);
  });
});
