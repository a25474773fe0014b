// Pull-request scenarios that need both engines' output (CDK templates and Okta specs):
// permission broadening, deleting a group, renaming a display name. The base is planned
// once with its own code (shared with other test files through the cache); each scenario
// synthesizes only the head.
import { join } from 'node:path';
import { planAgainstBase } from '../../lib/review/plan-against-base';
import type { PlanReport } from '../../lib/review/plan-report';
import { removedPeopleCheck } from '../../lib/review/removed-people-check';
import { renderPlanMarkdown } from '../../lib/review/render-plan-markdown';
import { enginesFor } from '../../stacks/review-engines';
import { TODAY } from '../support/config-case';
import { codeScenarioRepo, type Scenario } from '../support/git-scenario';
import { planSharedBase, SHARED_BASE_CACHE } from '../support/planned-base';

// Git, a child process and (some) synthesis per test: generous on a busy machine.
jest.setTimeout(60_000);

let repo: Scenario;
beforeAll(async () => {
  repo = codeScenarioRepo();
  await planSharedBase(repo, TODAY);
}, 180_000);

/** The shared repository, back at its base commit. */
function scenarioRepo(): Scenario {
  repo.reset();
  return repo;
}

async function fullPlan(s: Scenario): Promise<PlanReport> {
  const { report } = await planAgainstBase({
    cwd: s.cwd,
    configDir: join(s.cwd, 'config'),
    display: 'config',
    ref: 'HEAD',
    today: TODAY,
    accessOnly: false,
    // CloudFormation validation is covered by the stack tests; it only slows these down.
    engines: enginesFor(false),
    // Planned in beforeAll: a second planning of the base would be a cache miss.
    base: {
      // Always the base's own code (from the shared cache), though only config changes here.
      inProcessWhenOnlyConfigChanged: false,
      cacheDir: SHARED_BASE_CACHE,
      runner: () => Promise.reject(new Error('the base was not read from the cache')),
    },
    crossChecks: removedPeopleCheck,
  });
  return report!;
}

describe('plan --base: full scenarios', () => {
  test('widen a permission set: the AWS diff flags broadening in the Identity Center tables', async () => {
    const s = scenarioRepo();
    s.edit(
      'it/aws-access.yaml',
      'Action: [cloudformation:*, lambda:*,',
      'Action: [cloudformation:*, lambda:*, ec2:*,',
    );
    const report = await fullPlan(s);
    expect(report.blockers).toEqual([]);
    expect(report.access.people).toEqual([]);
    const changed = report.aws!.flatMap((d) => d.resources.map((r) => ({ stack: d.stack, ...r })));
    expect(changed).toEqual([
      expect.objectContaining({
        type: 'AWS::SSO::PermissionSet',
        impact: 'update',
        properties: ['InlinePolicy'],
      }),
    ]);
    expect(report.aws!.some((d) => d.permissionsBroadened)).toBe(true);
    expect(report.okta).toEqual([]);
    expect(renderPlanMarkdown(report)).toContain('⚠ permissions broadened');
    // Broadened permissions always need Security, even on IT's side.
    expect(report.approvals.map((a) => a.team)).toEqual(['it', 'security']);
    expect(report.approvals.find((a) => a.team === 'security')!.reasons).toContain(
      'AWS: permissions broadened in acme-it (cdk diff)',
    );
  });

  test('recreate a group under a new id: the Okta removal is called out as a recreation', async () => {
    const s = scenarioRepo();
    s.edit(
      'it/groups.yaml',
      '  - id: oncall\n    name: Production On-call\n    owner: engineering\n',
      '  - id: oncall-retired\n    name: Production On-call\n    owner: engineering\n',
    );
    s.edit('it/apps.yaml', 'groups: [oncall]', 'groups: [oncall-retired]');
    const report = await fullPlan(s);
    // Renaming the id recreates the group: Okta shows the old one removed and a new one added.
    const okta = report.okta!.flatMap((d) => d.changes);
    expect(okta.filter((c) => c.change === 'removed' && c.name.includes('oncall'))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'group.oncall',
          deprovisions:
            'recreated as group.oncall-retired: members lose access until the new resource is in place',
        }),
      ]),
    );
  });

  test('delete a group: its members lose access, and the Okta deletion is called out', async () => {
    const s = scenarioRepo();
    s.edit(
      'it/groups.yaml',
      '  - id: oncall\n    name: Production On-call\n    owner: engineering\n    members:\n      - { person: ravi-patel }\n      - { person: aisha-karimi }\n      - { person: mei-chen }\n      - { person: hannah-schulz, until: "2027-01-31", reason: "Covering the holiday rota" }\n',
      '',
    );
    s.edit('it/apps.yaml', 'groups: [oncall]', 'groups: [engineering-managers]');
    const report = await fullPlan(s);
    const hannah = report.access.people.find((p) => p.person === 'hannah-schulz')!;
    expect(hannah.loses.map((c) => `${c.kind}:${c.target}:${c.reason}`)).toEqual([
      'group:oncall:group removed',
      'app:admin-console:via group oncall',
    ]);
    expect(report.okta!.flatMap((d) => d.changes).find((c) => c.name === 'group.oncall')).toMatchObject({
      change: 'removed',
      deprovisions: 'deleting it removes the access it grants',
    });
    expect(report.items).toContainEqual({
      kind: 'group',
      id: 'oncall',
      change: 'removed',
      side: 'it',
      owner: 'engineering',
      privileged: false,
    });
  });

  test('rename a display name: resources are updated in place, nothing replaced or removed', async () => {
    const s = scenarioRepo();
    s.edit('it/groups.yaml', 'name: Go-to-Market', 'name: Revenue Team');
    s.edit(
      'it/aws-access.yaml',
      'description: Query the analytics lake.',
      'description: Query the analytics lake and dashboards.',
    );
    const report = await fullPlan(s);
    expect(report.access.people).toEqual([]);
    expect(
      report.okta!.flatMap((d) => d.changes).map((c) => `${c.change} ${c.name} ${c.inputs.join(',')}`),
    ).toEqual(['changed group.go-to-market name']);
    const aws = report.aws!.flatMap((d) => d.resources);
    expect(aws.map((r) => r.impact)).not.toContain('replace');
    expect(aws.map((r) => r.impact)).not.toContain('destroy');
    expect(report.blastRadius.resourcesDeleted).toBe(0);
  });

  test('remove an active person: an error telling the user to set an end date', async () => {
    const s = scenarioRepo();
    s.edit(
      'it/people.yaml',
      '  - id: victor-huang\n    name: Victor Huang\n    email: victor.huang@acme.example\n    department: operations\n    title: Accountant\n    manager: laura-jensen\n    type: employee\n    start: "2023-01-09"\n',
      '',
    );
    s.edit('it/groups.yaml', '      - { person: victor-huang }\n', '');
    const report = await fullPlan(s);
    expect(report.blockers).toEqual([
      expect.stringContaining(
        'person "victor-huang" was removed from people.yaml while still active in Okta',
      ),
    ]);
    expect(report.diagnostics.find((d) => d.code === 'removed-active-person')!.hint).toBe(
      'keep them and set "end" to their last day: they are suspended after it and deprovisioned 30 days later; remove them after that',
    );
  });
});
