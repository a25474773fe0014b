import { identitiesProtected, protectedKind } from '../../policy-pack/rules/identities-protected';
import { violations } from './support';

describe('okta-identities-protected: users, groups and apps must be protected', () => {
  test.each([
    ['okta:user/user:User', 'user'],
    ['okta:group/group:Group', 'group'],
    ['okta:app/saml:Saml', 'app'],
    ['okta:app/oAuth:OAuth', 'app'],
    ['okta:app/bookmark:Bookmark', 'app'],
    ['okta:app/swa:Swa', 'app'],
  ])('an unprotected %s fails', (type, kind) => {
    expect(violations(identitiesProtected, { type, name: 'x', stack: 'it' })).toEqual([
      `${kind} "x" (${type}) is not protected: declare it with protect: true so a removal cannot delete it`,
    ]);
  });

  test.each(['okta:user/user:User', 'okta:group/group:Group', 'okta:app/saml:Saml'])(
    'a protected %s passes',
    (type) => {
      expect(violations(identitiesProtected, { type, name: 'x', stack: 'it', protect: true })).toEqual([]);
    },
  );

  test.each([
    'okta:app/groupAssignment:GroupAssignment',
    'okta:app/user:User',
    'okta:group/rule:Rule',
    'okta:index/groupMemberships:GroupMemberships',
  ])('%s needs no protection', (type) => {
    expect(protectedKind(type)).toBeUndefined();
    expect(violations(identitiesProtected, { type, name: 'x', stack: 'it' })).toEqual([]);
  });

  test('is mandatory', () => {
    expect(identitiesProtected.enforcementLevel).toBe('mandatory');
  });
});
