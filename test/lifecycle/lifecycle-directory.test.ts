import { accessDelta, accessOf } from '../../lib/lifecycle/access-of';
import { findPerson, UnknownPersonError } from '../../lib/lifecycle/find-person';
import { exampleDirectory } from './support/lifecycle-harness';

const directory = exampleDirectory();

describe('lifecycleDirectory (the example org)', () => {
  test('carries the lifecycle settings, with durations as days and team ids as emails', () => {
    expect(directory).toMatchObject({
      org: 'Acme',
      oktaOrgUrl: 'https://acme.okta.com',
      identityStoreId: 'd-93670a1b2c',
      region: 'eu-west-1',
      sender: 'it@acme.example',
      birthright: ['everyone', 'employees'],
      onboarding: { activateBeforeStartDays: 0, notifyManager: true },
      offboarding: {
        gracePeriod: 'P30D',
        graceDays: 30,
        dataTransferTo: 'manager',
        notify: ['security@acme.example'],
      },
    });
  });

  test('a person as the runtime needs them', () => {
    expect(directory.people.find((p) => p.id === 'isabel-santos')).toEqual({
      id: 'isabel-santos',
      name: 'Isabel Santos',
      email: 'isabel.santos@acme.example',
      department: 'sales',
      title: 'Account Executive',
      type: 'employee',
      manager: 'james-carter',
      start: '2022-08-29',
      end: '2026-11-13',
    });
  });

  test('groups keep their Okta name, rule and explicit members, privileged ones included', () => {
    expect(directory.groups.find((g) => g.id === 'oncall')).toEqual({
      id: 'oncall',
      name: 'Production On-call',
      side: 'it',
      privileged: false,
      explicit: ['aisha-karimi', 'hannah-schulz', 'mei-chen', 'ravi-patel'],
    });
    expect(directory.groups.find((g) => g.id === 'engineering')).toMatchObject({
      rule: { departments: ['engineering'] },
      explicit: [],
    });
    expect(directory.groups.some((g) => g.privileged && g.side === 'security')).toBe(true);
  });

  test('is plain JSON (it ships to the Lambdas as a file)', () => {
    expect(JSON.parse(JSON.stringify(directory))).toEqual(directory);
  });
});

describe('findPerson', () => {
  test('by id or email, any case', () => {
    expect(findPerson(directory, 'isabel-santos').email).toBe('isabel.santos@acme.example');
    expect(findPerson(directory, 'Isabel.Santos@acme.example').id).toBe('isabel-santos');
  });

  test('unknown: suggests the nearest id', () => {
    expect(() => findPerson(directory, 'isabel-santso')).toThrow(
      new UnknownPersonError(
        'unknown person "isabel-santso": did you mean "isabel-santos"? use a person id from config/it/people.yaml',
      ),
    );
    expect(() => findPerson(directory, 'zz')).toThrow(
      'unknown person "zz": use a person id from config/it/people.yaml',
    );
  });
});

describe('accessOf and accessDelta (what a mover gains and loses)', () => {
  const isabel = findPerson(directory, 'isabel-santos');

  test('access follows the rules for the attributes given', () => {
    expect(accessOf(directory, isabel.id, isabel)).toEqual({
      groups: ['employees', 'everyone', 'go-to-market'],
      apps: ['bamboohr', 'google-workspace', 'salesforce', 'slack', 'status-page', 'zendesk'],
      aws: [],
    });
  });

  test('Sales → Engineering: gains engineering groups, apps and AWS accounts; loses go-to-market', () => {
    const before = accessOf(directory, isabel.id, isabel);
    const after = accessOf(directory, isabel.id, {
      ...isabel,
      department: 'engineering',
      title: 'Engineering Manager',
    });
    expect(accessDelta(before, after)).toEqual({
      gained: {
        groups: ['engineering', 'engineering-managers'],
        apps: ['aws-identity-center', 'datadog', 'figma', 'github'],
        aws: ['dev/developer', 'prod/read-only', 'staging/developer'],
      },
      lost: { groups: ['go-to-market'], apps: ['salesforce', 'zendesk'], aws: [] },
    });
  });

  test('explicit memberships do not move with the person', () => {
    const emma = findPerson(directory, 'emma-dubois');
    const after = accessOf(directory, emma.id, { ...emma, department: 'sales' });
    expect(after.groups).toContain('data-analysts');
  });
});
