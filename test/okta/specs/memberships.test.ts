import { ref } from '../../../lib/okta/spec';
import { membershipSpecs } from '../../../lib/okta/specs/memberships';
import { group, person } from '../support/example';

const people = new Map(
  [
    person('ada'),
    person('bob'),
    person('cy', { status: 'deprovisioned' }),
    person('di', { status: 'suspended' }),
  ].map((p) => [p.id, p]),
);
const members = (...ids: string[]) => ids.map((id) => ({ person: id, via: 'explicit' as const }));
const options = {
  component: 'Memberships',
  groupId: (id: string) => ref(`group.${id}`),
  userId: (id: string) => ref(`user.${id}`),
  includes: () => true,
  trackAllUsers: true,
};

describe('membershipSpecs', () => {
  test('one resource per explicit group listing its users', () => {
    expect(membershipSpecs([group('oncall', { members: members('ada', 'bob') })], people, options)).toEqual([
      {
        type: 'okta:index/groupMemberships:GroupMemberships',
        name: 'group-members.oncall',
        component: 'Memberships',
        inputs: {
          groupId: { $ref: 'group.oncall', property: 'id' },
          users: [
            { $ref: 'user.ada', property: 'id' },
            { $ref: 'user.bob', property: 'id' },
          ],
          trackAllUsers: true,
        },
        options: {},
      },
    ]);
  });

  test('rule-based groups have none: Okta fills them', () => {
    const g = group('eng', { kind: 'rule', rule: { departments: ['engineering'] }, members: members('ada') });
    expect(membershipSpecs([g], people, options)).toEqual([]);
  });

  test('anyone past their end date is left out, in the grace period (suspended) or after it', () => {
    const [spec] = membershipSpecs([group('g', { members: members('ada', 'cy', 'di') })], people, options);
    expect(spec.inputs.users).toEqual([ref('user.ada')]);
  });

  test('people not yet started (staged) keep their memberships', () => {
    const withStaged = new Map([...people, ['ed', person('ed', { status: 'staged' })]]);
    const [spec] = membershipSpecs([group('g', { members: members('ed') })], withStaged, options);
    expect(spec.inputs.users).toEqual([ref('user.ed')]);
  });

  test('a group with nobody left gets no resource (so its old members are removed)', () => {
    expect(membershipSpecs([group('g', { members: members('cy', 'di') })], people, options)).toEqual([]);
    expect(membershipSpecs([group('g')], people, options)).toEqual([]);
  });

  test("with Okta's inactive users given, the list is filtered at deploy time against them", () => {
    const inactive = { $lookup: 'users.inactive', property: 'users' };
    const [spec] = membershipSpecs([group('g', { members: members('ada', 'bob') })], people, {
      ...options,
      inactiveUsers: inactive,
    });
    expect(spec.inputs.users).toEqual({ $activeUsers: [ref('user.ada'), ref('user.bob')], inactive });
  });

  test('only the people this stack manages', () => {
    const [spec] = membershipSpecs([group('g', { members: members('ada', 'bob') })], people, {
      ...options,
      includes: (id) => id === 'bob',
      trackAllUsers: false,
    });
    expect(spec.inputs).toMatchObject({ users: [ref('user.bob')], trackAllUsers: false });
  });
});
