// A synthetic, valid organisation of a given size, deterministic from a seed and a day:
// the config files as text, ready to write to a folder. Used by tests and benchmarks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addDays } from '../model/calendar-date';
import { Random } from './random';
import { type OrgSize, SIZES, type SizeName } from './sizes';

export interface GenerateOptions {
  readonly size: SizeName | OrgSize;
  readonly seed?: number;
  /** Privileged memberships end 30-60 days after this day, so they are valid on it. */
  readonly today: string;
}

const FIRST = [
  'Ada',
  'Ben',
  'Chen',
  'Dara',
  'Eli',
  'Fatou',
  'Goran',
  'Hana',
  'Ivan',
  'Jia',
  'Kofi',
  'Lena',
  'Mo',
  'Nia',
  'Omar',
  'Pia',
];
const LAST = [
  'Ahn',
  'Berg',
  'Costa',
  'Diaz',
  'Eze',
  'Fox',
  'Gupta',
  'Holm',
  'Ito',
  'Jones',
  'Khan',
  'Lund',
  'Moss',
  'Novak',
  'Ortiz',
  'Park',
];
const TITLES = ['Engineer', 'Senior Engineer', 'Manager', 'Analyst', 'Designer', 'Specialist', 'Director'];
const RISKS = ['low', 'medium', 'high', 'critical'] as const;
const DATA = ['public', 'internal', 'confidential', 'restricted'] as const;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function generateOrg(options: GenerateOptions): Record<string, string> {
  const size: OrgSize = typeof options.size === 'string' ? SIZES[options.size] : options.size;
  const rnd = new Random(options.seed ?? 1);
  const today = options.today;

  const departments = Array.from({ length: size.departments }, (_, i) => `dept-${pad(i, 3)}`);
  const people = Array.from({ length: size.people }, (_, i) => {
    const id = `p-${pad(i, 6)}`;
    return {
      id,
      name: `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`,
      department: departments[i % departments.length],
      title: rnd.pick(TITLES),
      // A tree: everyone's manager comes before them.
      manager:
        i === 0 ? undefined : `p-${pad(rnd.int(Math.max(0, Math.floor(i / 8) - 3), Math.floor(i / 8)), 6)}`,
      type: i % 10 === 9 ? 'contractor' : 'employee',
      start: addDays('2020-01-01', rnd.int(0, 2000)),
    };
  });
  const employees = people.filter((p) => p.type === 'employee').map((p) => p.id);

  const accounts = Array.from({ length: size.accounts }, (_, i) => ({
    id: i === 0 ? 'management' : i === 1 ? 'log-archive' : i === 2 ? 'audit' : `acct-${pad(i, 4)}`,
    accountId: pad(100000000000 + i, 12),
    role: i === 0 ? 'management' : i === 1 ? 'log-archive' : i === 2 ? 'audit' : 'workload',
  }));
  const workloads = accounts.filter((a) => a.role === 'workload').map((a) => a.id);

  const org = [
    'name: Synthetic',
    'domains: [synthetic.example]',
    'teams:',
    '  - { id: it, name: IT, side: it, github: synthetic/it, email: it@synthetic.example }',
    '  - { id: security, name: Security, side: security, github: synthetic/security, email: security@synthetic.example }',
    'functions: { onboarding: it, offboarding: it, monitoring: security }',
    'okta: { orgUrl: "https://synthetic.okta.com" }',
    'aws:',
    '  organizationId: o-synthetic01',
    '  homeRegion: eu-west-1',
    '  identityCenter: { instanceArn: "arn:aws:sso:::instance/ssoins-0000000000000000", identityStoreId: d-0000000000 }',
    '  ous:',
    '    - { id: security, name: Security, ouId: ou-abcd-11111111 }',
    '    - { id: workloads, name: Workloads, ouId: ou-abcd-22222222 }',
    '  accounts:',
    ...accounts.map(
      (a) =>
        `    - { id: ${a.id}, name: "Account ${a.id}", accountId: "${a.accountId}", email: aws-${a.id}@synthetic.example, role: ${a.role}${a.role === 'management' ? '' : `, ou: ${a.role === 'workload' ? 'workloads' : 'security'}`} }`,
    ),
    'alertChannels: [{ id: security-email, type: email, endpoint: security@synthetic.example }]',
    '',
  ].join('\n');

  const peopleYaml = [
    'departments:',
    ...departments.map((d) => `  - { id: ${d}, name: "Department ${d.slice(5)}" }`),
    'people:',
    ...people.map(
      (p) =>
        `  - { id: ${p.id}, name: ${p.name}, email: ${p.id}@synthetic.example, department: ${p.department}, title: ${p.title}${p.manager ? `, manager: ${p.manager}` : ''}, type: ${p.type}, start: "${p.start}" }`,
    ),
    '',
  ].join('\n');

  // Rule-based groups: one per department, then department+title and type groups;
  // the rest are explicitly managed.
  const groupLines: string[] = [
    'groups:',
    '  - { id: everyone, name: Everyone, rule: { types: [employee, contractor] } }',
  ];
  const groupIds = ['everyone'];
  const ruleGroups = Math.min(size.groups - 1, Math.ceil(size.groups / 8));
  for (let i = 0; i < ruleGroups; i++) {
    const id = `rule-${pad(i, 4)}`;
    groupIds.push(id);
    const dept = departments[i % departments.length];
    const rule =
      i < departments.length
        ? `{ departments: [${dept}] }`
        : `{ departments: [${dept}], titles: [${rnd.pick(TITLES)}] }`;
    groupLines.push(`  - { id: ${id}, name: "Rule group ${i}", rule: ${rule} }`);
  }
  for (let i = groupIds.length; i < size.groups; i++) {
    const id = `team-${pad(i, 4)}`;
    groupIds.push(id);
    const members = rnd.sample(people, rnd.int(3, 25)).map((p) => `{ person: ${p.id} }`);
    groupLines.push(`  - { id: ${id}, name: "Team ${i}", members: [${members.join(', ')}] }`);
  }
  groupLines.push('');

  const appLines = ['apps:'];
  for (let i = 0; i < size.apps; i++) {
    const risk = RISKS[i % RISKS.length];
    const kind = i % 5 === 4 ? 'oidc' : i % 7 === 6 ? 'bookmark' : 'saml';
    const sso =
      kind === 'saml'
        ? `{ type: saml, ssoUrl: "https://app-${i}.example.com/saml/acs", audience: "https://app-${i}.example.com" }`
        : kind === 'oidc'
          ? `{ type: oidc, redirectUris: ["https://app-${i}.example.com/callback"] }`
          : `{ type: bookmark, url: "https://app-${i}.example.com" }`;
    const groups = rnd.sample(groupIds, rnd.int(1, 4));
    appLines.push(
      `  - { id: app-${pad(i, 4)}, name: "App ${i}", vendor: "Vendor ${i % 50}", owner: it, risk: ${risk}, data: ${DATA[i % 4]}, lastVendorReview: "${addDays(today, -rnd.int(10, 150))}", mfa: ${risk === 'high' || risk === 'critical'}, groups: [${groups.join(', ')}], sso: ${sso} }`,
    );
  }
  appLines.push('');

  const itSets = Array.from({ length: size.permissionSets }, (_, i) => `ps-${pad(i, 3)}`);
  const access = [
    'permissionSets:',
    ...itSets.map(
      (s, i) =>
        `  - { id: ${s}, sessionDuration: PT8H, managedPolicies: ["arn:aws:iam::aws:policy/${i % 2 ? 'ReadOnlyAccess' : 'job-function/ViewOnlyAccess'}"] }`,
    ),
    'grants:',
    ...Array.from(
      { length: size.grants },
      (_, i) =>
        `  - { group: ${groupIds[(i * 7) % groupIds.length]}, permissionSet: ${itSets[i % itSets.length]}, accounts: [${rnd.sample(workloads, rnd.int(1, 3)).join(', ')}] }`,
    ),
    '',
  ].join('\n');

  const privGroups = Array.from({ length: size.privilegedGroups }, (_, i) => `priv-${pad(i, 3)}`);
  const privileged = [
    'groups:',
    ...privGroups.map((g) => {
      const members = rnd
        .sample(employees, rnd.int(1, 6))
        .map(
          (p) => `{ person: ${p}, until: "${addDays(today, rnd.int(30, 60))}", reason: "Synthetic on-call" }`,
        );
      return `  - { id: ${g}, name: "Privileged ${g}", members: [${members.join(', ')}] }`;
    }),
    'permissionSets:',
    '  - { id: administrator, sessionDuration: PT1H, managedPolicies: ["arn:aws:iam::aws:policy/AdministratorAccess"] }',
    '  - { id: security-audit, sessionDuration: PT1H, managedPolicies: ["arn:aws:iam::aws:policy/SecurityAudit"] }',
    'grants:',
    ...privGroups.map(
      (g, i) =>
        `  - { group: ${g}, permissionSet: ${i % 2 ? 'security-audit' : 'administrator'}, accounts: [${rnd
          .sample(
            accounts.map((a) => a.id),
            rnd.int(1, 4),
          )
          .join(', ')}] }`,
    ),
    `oktaAdminRoles: [{ group: ${privGroups[0]}, role: SUPER_ADMIN }]`,
    'breakGlass: [{ id: break-glass, description: Emergency role, account: management, principal: BreakGlass }]',
    '',
  ].join('\n');

  return {
    'org.yaml': org,
    'it/people.yaml': peopleYaml,
    'it/groups.yaml': groupLines.join('\n'),
    'it/apps.yaml': appLines.join('\n'),
    'it/aws-access.yaml': access,
    'it/lifecycle.yaml': 'birthright: [everyone]\noffboarding: { gracePeriod: P30D, notify: [security] }\n',
    'security/privileged.yaml': privileged,
    'security/logging.yaml':
      'trail: { name: synthetic-org-trail, account: management, archiveAccount: log-archive }\noktaLogStream: { name: synthetic-okta, account: audit, region: eu-west-1 }\n',
    'security/monitoring.yaml':
      'auditAccount: audit\nguardDuty: { enabled: true }\nsecurityHub: { enabled: true, standards: [cis-aws-foundations, aws-foundational-security-best-practices] }\nawsConfig: { enabled: true }\naccessAnalyzer: { enabled: true }\nalerts: { channels: [security-email] }\n',
    'security/guardrails.yaml': `contractors: { forbiddenGroups: [${privGroups.join(', ')}] }\n`,
  };
}

export function writeOrg(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}
