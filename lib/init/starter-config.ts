// The files of a starter config for a new organisation: the smallest config that
// validates and still shows every part of the contract (with placeholders to replace).
// Each file is data written with yaml's Document API (so any name or domain is quoted as
// YAML needs), laid out for people: a header saying who owns it, blank lines between
// sections, short entries on one line, and commented-out examples to copy (written the
// same way, then commented out, so an uncommented example is valid YAML too).

import { awsAccountId, domain as domainSchema, id as idSchema } from '../model/schema/common';
import { entries, renderYaml, type YamlFile } from './yaml-layout';

/** An option the starter config cannot be made from; the CLI reports it as a usage error (exit 2). */
export class StarterOptionError extends Error {}

export interface StarterOptions {
  readonly name: string;
  readonly domain: string;
  /** Team ids; "security" (or any id containing it) is the security side, the rest IT. */
  readonly teams: readonly string[];
  /** Extra (workload) accounts; management, log-archive and audit always exist. */
  readonly accounts: readonly { readonly id: string; readonly accountId: string }[];
}

const BASELINE_ACCOUNTS = [
  { id: 'management', accountId: '000000000001', role: 'management' },
  { id: 'log-archive', accountId: '000000000002', role: 'log-archive' },
  { id: 'audit', accountId: '000000000003', role: 'audit' },
] as const;

function check(options: StarterOptions) {
  if (!domainSchema.safeParse(options.domain).success)
    throw new StarterOptionError(
      `--domain must be a lowercase DNS domain like globex.com, got "${options.domain}"`,
    );
  for (const team of options.teams) {
    if (!idSchema.safeParse(team).success)
      throw new StarterOptionError(`team ids are lowercase slugs like "it" or "data-eng", got "${team}"`);
  }
  const sides = options.teams.map(sideOf);
  if (!sides.includes('it') || !sides.includes('security')) {
    throw new StarterOptionError(
      '--teams needs at least one IT team and one security team, e.g. --teams it,security',
    );
  }
  for (const a of options.accounts) {
    if (!idSchema.safeParse(a.id).success)
      throw new StarterOptionError(`account ids are lowercase slugs like "prod", got "${a.id}"`);
    if (!awsAccountId.safeParse(a.accountId).success)
      throw new StarterOptionError(`AWS account ids are 12 digits, got "${a.accountId}" for ${a.id}`);
  }
}

const sideOf = (team: string) => (team.includes('security') ? 'security' : 'it');
const titleCase = (s: string) =>
  s
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');

export function starterConfig(options: StarterOptions): Record<string, string> {
  check(options);
  const slug = options.domain.split('.')[0].replace(/[^a-z0-9-]/g, '');
  const itTeam = options.teams.find((t) => sideOf(t) === 'it')!;
  const securityTeam = options.teams.find((t) => sideOf(t) === 'security')!;
  const byId = new Map<string, { id: string; accountId: string; role: string }>(
    BASELINE_ACCOUNTS.map((a) => [a.id, { ...a }]),
  );
  for (const a of options.accounts) byId.set(a.id, { ...a, role: byId.get(a.id)?.role ?? 'workload' });
  const accounts = [...byId.values()];
  const workloads = accounts.filter((a) => a.role === 'workload').map((a) => a.id);

  const ous = [
    { id: 'security', name: 'Security' },
    { id: 'workloads', name: 'Workloads' },
  ];
  const org: YamlFile = {
    header: 'Security-owned. The organisation, its teams and who owns which function.',
    data: {
      name: options.name,
      domains: [options.domain],
      teams: options.teams.map((t) => ({
        id: t,
        name: titleCase(t),
        side: sideOf(t),
        github: `${slug}/${t}`,
        email: `${t}@${options.domain}`,
      })),
      functions: {
        onboarding: itTeam,
        offboarding: itTeam,
        'access-management': itTeam,
        'vendor-management': itTeam,
        'change-management': securityTeam,
        monitoring: securityTeam,
        'incident-management': securityTeam,
        'risk-management': securityTeam,
      },
      okta: { orgUrl: `https://${slug}.okta.com` },
      aws: {
        organizationId: 'o-0000000000',
        homeRegion: 'us-east-1',
        identityCenter: {
          instanceArn: 'arn:aws:sso:::instance/ssoins-0000000000000000',
          identityStoreId: 'd-0000000000',
        },
        ous,
        accounts: accounts.map((a) => ({
          id: a.id,
          name: `${options.name} ${titleCase(a.id)}`,
          accountId: a.accountId,
          email: `aws-${a.id}@${options.domain}`,
          ...(a.role === 'management' ? {} : { ou: a.role === 'workload' ? 'workloads' : 'security' }),
          role: a.role,
        })),
      },
      alertChannels: [{ id: 'security-email', type: 'email', endpoint: `${securityTeam}@${options.domain}` }],
    },
    sections: ['teams', 'functions', 'okta', 'aws', 'alertChannels'],
    oneLine: [['domains'], ...entries(['aws', 'ous'], ous), ['alertChannels', 0]],
    notesAbove: [
      [
        ['aws', 'organizationId'],
        'Placeholders: replace with your AWS Organization, Identity Center and account ids.',
      ],
    ],
    notesAfter: [[['okta', 'orgUrl'], 'replace with your Okta org URL']],
  };

  const people: YamlFile = {
    header: 'IT-owned. Departments and people; every person gets an Okta user.',
    data: { departments: [{ id: 'general', name: 'General' }], people: [] },
    sections: ['people'],
    oneLine: [['departments', 0]],
    example: {
      entry: {
        id: 'jane-doe',
        name: 'Jane Doe',
        email: `jane.doe@${options.domain}`,
        department: 'general',
        title: 'Software Engineer',
        type: 'employee',
        start: '2027-01-04',
      },
      notesAfter: [[['type'], 'or contractor']],
      quoted: [['start']],
    },
  };

  const groups: YamlFile = {
    header: 'IT-owned. Everyday groups: rule-based or explicit, never both.',
    data: { groups: [{ id: 'everyone', name: 'Everyone', rule: { types: ['employee', 'contractor'] } }] },
    oneLine: [['groups', 0, 'rule']],
  };

  const apps: YamlFile = {
    header: 'IT-owned. SSO apps (saml, oidc or bookmark) and the groups that get them.',
    data: { apps: [] },
    example: {
      entry: {
        id: 'slack',
        name: 'Slack',
        vendor: 'Slack',
        owner: itTeam,
        risk: 'medium',
        data: 'confidential',
        groups: ['everyone'],
        sso: { type: 'saml', ssoUrl: `https://${slug}.slack.com/sso/saml`, audience: 'https://slack.com' },
      },
      oneLine: [['groups'], ['sso']],
      notesAfter: [
        [['risk'], 'low | medium | high | critical'],
        [['data'], 'public | internal | confidential | restricted'],
      ],
    },
  };

  const grants = workloads.length
    ? [{ group: 'everyone', permissionSet: 'read-only', accounts: workloads }]
    : [];
  const awsAccess: YamlFile = {
    header: 'IT-owned. Everyday AWS access: permission sets and group grants.',
    data: {
      permissionSets: [
        {
          id: 'read-only',
          description: 'Read-only access.',
          sessionDuration: 'PT8H',
          managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        },
      ],
      grants,
    },
    oneLine: [['permissionSets', 0, 'managedPolicies'], ...entries(['grants'], grants)],
  };

  const lifecycle: YamlFile = {
    header: 'IT-owned. Joiner/mover/leaver timings.',
    data: {
      birthright: ['everyone'],
      onboarding: { activateBeforeStart: 'P0D', notifyManager: true },
      offboarding: { gracePeriod: 'P30D', dataTransferTo: 'manager', notify: [securityTeam] },
    },
    oneLine: [['birthright'], ['offboarding', 'notify']],
  };

  const privileged: YamlFile = {
    header: 'Security-owned. Privileged access; every membership needs until and reason.',
    data: {
      groups: [{ id: 'aws-admins', name: 'AWS Administrators', members: [] }],
      permissionSets: [
        {
          id: 'administrator',
          description: 'Full administrator access.',
          sessionDuration: 'PT1H',
          managedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
        },
      ],
      grants: [{ group: 'aws-admins', permissionSet: 'administrator', accounts: accounts.map((a) => a.id) }],
      oktaAdminRoles: [],
      breakGlass: [
        {
          id: 'break-glass',
          description: 'Break-glass administrator role in the management account.',
          account: 'management',
          principal: 'BreakGlassAdministrator',
        },
      ],
    },
    oneLine: [
      ['permissionSets', 0, 'managedPolicies'],
      ['grants', 0],
    ],
    notesAbove: [
      [['breakGlass'], 'An emergency IAM role, its credentials kept offline; any use of it raises an alarm.'],
    ],
  };

  const logging: YamlFile = {
    header: 'Security-owned. Organization trail and log archive.',
    data: {
      trail: {
        name: `${slug}-org-trail`,
        account: 'management',
        archiveAccount: 'log-archive',
        retention: 'P7Y',
        objectLock: { mode: 'COMPLIANCE', retention: 'P1Y' },
      },
    },
    oneLine: [['trail', 'objectLock']],
  };

  const monitoring: YamlFile = {
    header: 'Security-owned. Threat detection and alerts.',
    data: {
      auditAccount: 'audit',
      guardDuty: { enabled: true },
      securityHub: {
        enabled: true,
        standards: ['cis-aws-foundations', 'aws-foundational-security-best-practices'],
      },
      awsConfig: { enabled: true },
      accessAnalyzer: { enabled: true },
      alerts: { channels: ['security-email'] },
    },
    oneLine: [['guardDuty'], ['securityHub'], ['awsConfig'], ['accessAnalyzer'], ['alerts', 'channels']],
  };

  const guardrails: YamlFile = {
    header: 'Security-owned. Risk tolerances (defaults shown; see README for every setting).',
    data: {
      privilegedAccess: { maxMembership: 'P90D', maxSessionDuration: 'PT1H' },
      mfa: { requiredFromRisk: 'high' },
      contractors: { forbiddenGroups: ['aws-admins'] },
    },
    oneLine: [['contractors', 'forbiddenGroups']],
  };

  const files: Record<string, YamlFile> = {
    'org.yaml': org,
    'it/people.yaml': people,
    'it/groups.yaml': groups,
    'it/apps.yaml': apps,
    'it/aws-access.yaml': awsAccess,
    'it/lifecycle.yaml': lifecycle,
    'security/privileged.yaml': privileged,
    'security/logging.yaml': logging,
    'security/monitoring.yaml': monitoring,
    'security/guardrails.yaml': guardrails,
  };
  return Object.fromEntries(Object.entries(files).map(([path, file]) => [path, renderYaml(file)]));
}
