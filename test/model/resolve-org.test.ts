// The example org resolved on a pinned day: statuses, members, expiry, access, immutability.
import { resolve } from 'node:path';
import { loadOrg } from '../../lib/model/load-org';
import type { OrgModel } from '../../lib/model/org-model';
import { partitionByOwner } from '../../lib/model/partition';

const CONFIG = resolve(__dirname, '..', '..', 'config');
let model: OrgModel;
let diagnostics: ReturnType<typeof loadOrg>['diagnostics'];

beforeAll(() => {
  const loaded = loadOrg(CONFIG, { today: '2026-11-23', display: 'config' });
  model = loaded.model!;
  diagnostics = loaded.diagnostics;
});

describe('resolveOrg on the example org "Acme"', () => {
  test('is a believable company', () => {
    expect(model.people).toHaveLength(40);
    expect(model.departments).toHaveLength(6);
    expect(model.people.filter((p) => p.type === 'contractor')).toHaveLength(4);
    expect(model.groups).toHaveLength(17);
    expect(model.apps.map((a) => a.sso.type).sort()).toEqual(
      expect.arrayContaining(['saml', 'oidc', 'bookmark']),
    );
    expect(model.aws.accounts).toHaveLength(6);
  });

  test('statuses follow start and end dates', () => {
    const status = Object.fromEntries(model.people.map((p) => [p.id, p.status]));
    expect(status['isabel-santos']).toBe('suspended');
    expect(status['noah-williams']).toBe('staged');
    expect(Object.values(status).filter((s) => s === 'active')).toHaveLength(38);
  });

  test('rule-based groups are computed from attributes', () => {
    const managers = model.groups.find((g) => g.id === 'engineering-managers')!;
    expect(managers.members.map((m) => m.person)).toEqual([
      'marcus-oyelaran',
      'priya-raman',
      'tomas-lindqvist',
    ]);
    expect(managers.members.every((m) => m.via === 'rule')).toBe(true);
    const itSecurity = model.groups.find((g) => g.id === 'it-security')!;
    expect(itSecurity.members).toHaveLength(5);
  });

  test('an expired membership is dropped from the desired state and reported as a warning', () => {
    const analysts = model.groups.find((g) => g.id === 'data-analysts')!;
    expect(analysts.members.map((m) => m.person)).toEqual(['emma-dubois', 'jakub-nowak']);
    expect(analysts.expired.map((m) => m.person)).toEqual(['felix-wagner']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'expired-membership', line: 55, col: 40 }),
    ]);
    expect(model.access['felix-wagner'].groups.map((g) => g.group)).not.toContain('data-analysts');
  });

  test('privileged items are the security side', () => {
    const { it, security } = partitionByOwner(model);
    expect(security.groups.map((g) => g.id)).toEqual([
      'aws-admins',
      'billing-admins',
      'okta-admins',
      'okta-helpdesk',
      'security-auditors',
    ]);
    expect(security.groups.every((g) => g.privileged)).toBe(true);
    expect(it.groups.some((g) => g.privileged)).toBe(false);
    expect(it.permissionSets.map((s) => s.id)).toEqual(['data-analyst', 'developer', 'read-only']);
    expect(security.permissionSets.map((s) => s.id)).toEqual(['administrator', 'billing', 'security-audit']);
    expect(security.permissionSets.every((s) => s.privileged)).toBe(true);
    expect(it.people).toHaveLength(40);
    expect(security.people).toHaveLength(0);
  });

  test('access says what each person reaches and through which group', () => {
    const ravi = model.access['ravi-patel'];
    expect(ravi.groups).toContainEqual({ group: 'aws-admins', via: 'explicit', until: '2027-01-31' });
    expect(ravi.apps).toContainEqual({ app: 'admin-console', via: 'oncall' });
    expect(ravi.aws).toContainEqual({ account: 'prod', permissionSet: 'administrator', via: 'aws-admins' });
    expect(ravi.aws).toContainEqual({ account: 'dev', permissionSet: 'developer', via: 'engineering' });
    expect(model.access['ethan-clarke'].aws).toEqual([
      { account: 'management', permissionSet: 'billing', via: 'billing-admins' },
    ]);
    expect(model.access['victor-huang'].aws).toEqual([]);
  });

  test('apps demanded MFA by the guardrails are marked', () => {
    expect(model.apps.filter((a) => a.mfaRequired).map((a) => a.id)).toEqual([
      'admin-console',
      'aws-identity-center',
      'bamboohr',
      'github',
      'google-workspace',
      'netsuite',
      'salesforce',
    ]);
  });

  test('is immutable and deterministic', () => {
    expect(Object.isFrozen(model.people[0])).toBe(true);
    expect(() => (model.people as unknown as unknown[]).push({})).toThrow();
    const again = loadOrg(CONFIG, { today: '2026-11-23', display: 'config' }).model;
    expect(JSON.stringify(again)).toBe(JSON.stringify(model));
  });
});
