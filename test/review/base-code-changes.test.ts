// Code changes are part of the review: the base is planned with the base commit's own code
// (once, shared through the cache with scenarios-full), the head with the working tree's,
// so a change under stacks/ or lib/ that changes a template shows in the AWS diff, and one
// that changes nothing says so.
import { join } from 'node:path';
import type { OrgModel } from '../../lib/model/org-model';
import { planAgainstBase } from '../../lib/review/plan-against-base';
import type { EngineOutputs, PlanReport } from '../../lib/review/plan-report';
import { TODAY } from '../support/config-case';
import { codeScenarioRepo, type Scenario } from '../support/git-scenario';
import { planSharedBase, SHARED_BASE_CACHE } from '../support/planned-base';

// Git, a child process and (some) synthesis per test: generous on a busy machine.
jest.setTimeout(60_000);

// A repository per test: Node caches a module by its path, so an edited file needs a
// new path. The same files make the same base commit, so the planned base is shared.
let repo: Scenario;
beforeAll(async () => {
  await planSharedBase(codeScenarioRepo(), TODAY);
}, 180_000);
beforeEach(() => {
  repo = codeScenarioRepo();
});

/** The head's engines from the scenario's working tree (a new path, so loaded fresh). */
function workingTreeEngines(cwd: string): (model: OrgModel) => EngineOutputs {
  const engines: { enginesFor: (validation: boolean) => (model: OrgModel) => EngineOutputs } = require(
    join(cwd, 'stacks', 'review-engines'),
  );
  return engines.enginesFor(false);
}

async function plan(s: Scenario): Promise<PlanReport> {
  const { report } = await planAgainstBase({
    cwd: s.cwd,
    configDir: join(s.cwd, 'config'),
    display: 'config',
    ref: 'HEAD',
    today: TODAY,
    accessOnly: false,
    engines: workingTreeEngines(s.cwd),
    base: {
      cacheDir: SHARED_BASE_CACHE,
      runner: () => Promise.reject(new Error('the base was not read from the cache')),
    },
  });
  return report!;
}

const resources = (r: PlanReport) =>
  r.aws!.flatMap((d) => d.resources.map((c) => `${d.stack} ${c.impact} ${c.type} ${c.properties.join(',')}`));

describe('plan --base: code changes', () => {
  test('a role with AdministratorAccess added in stacks/it-stack.ts shows in the AWS diff', async () => {
    repo.editFile(
      'stacks/it-stack.ts',
      "import type { Construct } from 'constructs';",
      "import { AccountPrincipal, ManagedPolicy, Role } from 'aws-cdk-lib/aws-iam';\nimport type { Construct } from 'constructs';",
    );
    repo.editFile(
      'stacks/it-stack.ts',
      '    for (const extend of props.extensions ?? []) extend(this);',
      "    new Role(this, 'VendorAdmin', {\n      assumedBy: new AccountPrincipal('999999999999'),\n      managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')],\n    });\n    for (const extend of props.extensions ?? []) extend(this);",
    );
    const report = await plan(repo);
    expect(report.changedFiles).toEqual(['stacks/it-stack.ts']);
    expect(resources(report)).toEqual(['acme-it create AWS::IAM::Role ']);
    const it = report.aws!.find((d) => d.stack === 'acme-it')!;
    expect(it.permissionsBroadened).toBe(true);
    expect(it.tables.managedPolicies.flat().join(' ')).toContain('AdministratorAccess');
    expect(it.tables.iamStatements.flat().join(' ')).toContain('999999999999');
    expect(report.okta).toEqual([]);
    expect(report.notes).toEqual([
      'the working tree has uncommitted changes, planned as part of the head: stacks/it-stack.ts',
    ]);
  });

  test('AdministratorAccess given to every permission set in lib/aws/permission-sets.ts shows', async () => {
    repo.editFile(
      'lib/aws/permission-sets.ts',
      'managedPolicies: policies.managed.length ? policies.managed : undefined,',
      "managedPolicies: [...policies.managed, 'arn:aws:iam::aws:policy/AdministratorAccess'],",
    );
    const report = await plan(repo);
    const changed = resources(report);
    expect(changed.length).toBeGreaterThan(1);
    expect(new Set(changed.map((c) => c.split(' ').slice(1).join(' ')))).toEqual(
      new Set(['update AWS::SSO::PermissionSet ManagedPolicies']),
    );
    expect(new Set(report.aws!.map((d) => d.stack))).toEqual(new Set(['acme-it', 'acme-security-access']));
    expect(report.aws!.every((d) => d.permissionsBroadened)).toBe(true);
  });

  test('a comment-only code change: "code changed; no resource changed"', async () => {
    repo.editFile(
      'lib/aws/permission-sets.ts',
      'export class PermissionSets extends Construct {',
      '// Sorted by id, so the construct tree does not depend on config order.\nexport class PermissionSets extends Construct {',
    );
    const report = await plan(repo);
    expect(report.aws).toEqual([]);
    expect(report.okta).toEqual([]);
    expect(report.notes).toEqual([
      'the working tree has uncommitted changes, planned as part of the head: lib/aws/permission-sets.ts',
      'code changed; no resource changed',
    ]);
  });
});
