// Every valid config plans: the smallest one (org.yaml, logging and monitoring; no people,
// groups, apps or permission sets) goes through `blueprint plan` (every plan step: ownership,
// Okta desired state, CDK with cdk-nag) without a stack trace; `cdk synth` (deploySynth, with
// CloudFormation validation) passes on it too, and stops a template CloudFormation rejects.
// A stack with nothing to hold (Security's privileged access, with no privileged set) is left
// out; every stack that is planned holds at least one resource (CloudFormation's F0001).

import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CfnResource } from 'aws-cdk-lib';
import { runPlan } from '../../lib/cli/commands/plan';
import { main } from '../../lib/cli/main';
import { PlanStepFailure } from '../../lib/plan/plan-step';
import { checkOrg } from '../../lib/policy/check-org';
import { deploySynth } from '../../stacks/deploy-synth';
import { VALIDATION_REPORT_FILE, validationFindings } from '../../stacks/validation-report';
import { captureIo, FIXTURES, TODAY } from '../support/config-case';

describe('the smallest valid config', () => {
  test('plans through the CLI: every stack synthesizes and passes cdk-nag; no empty privileged-access stack', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'blueprint-smallest-'));
    cpSync(join(FIXTURES, 'smallest-org'), join(cwd, 'config'), { recursive: true });
    const io = captureIo(cwd);
    expect(await main(['plan', '--config', 'config', '--out', 'plan'], io)).toBe(0);
    expect(io.stderr()).toBe('');
    const out = io.stdout();
    expect(out).toContain('Smallco: plan for 2026-11-23 (0 errors, 1 warning)\n');
    expect(out).toContain(
      'Okta desired state (Pulumi stacks)\n' +
        '  it       0 resources, 1 lookup: none\n' +
        '  security 18 resources, 6 lookups: 2 AppSignonPolicyRule, 4 Behaviour, 1 Mfa, 1 Password, 1 PolicyPasswordDefault, 1 RuleMfa, 1 RulePassword, 3 RuleSignon, 1 SecurityNotificationEmails, 1 Signon, 1 ThreatInsightSettings, 1 Zone\n',
    );
    expect(out).toContain(
      '6 stacks synthesized; cdk-nag (AWS Solutions, NIST 800-53 rev 5) passed; CloudFormation validation runs in `cdk synth`',
    );
    expect(out).not.toContain('smallco-security-access');
    const templates = readdirSync(join(cwd, 'plan', 'cdk.out')).filter((f) => f.endsWith('.template.json'));
    const resourceCounts = templates.map((f) => {
      const template = JSON.parse(readFileSync(join(cwd, 'plan', 'cdk.out', f), 'utf8'));
      return [f, Object.keys(template.Resources ?? {}).length > 0];
    });
    expect(resourceCounts).toEqual([
      ['smallco-it.template.json', true],
      ['smallco-security-deploy-roles.template.json', true],
      ['smallco-security-detection-us-east-1.template.json', true],
      ['smallco-security-log-archive.template.json', true],
      ['smallco-security-org-trail.template.json', true],
      ['smallco-security-organization.template.json', true],
    ]);
  });
});

describe('a plan step that fails validation', () => {
  test('is a clear error listing the findings, exit 1, no stack trace', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'blueprint-smallest-'));
    cpSync(join(FIXTURES, 'smallest-org'), join(cwd, 'config'), { recursive: true });
    const io = captureIo(cwd);
    const failing = {
      name: 'cdk',
      run: () => {
        throw new PlanStepFailure('AWS (CDK) validation', [
          'ERROR F0001 Resources section must exist and be non-empty: smallco-security-access (CloudFormation Validate)',
        ]);
      },
    };
    expect(await runPlan({ config: 'config', out: 'plan' }, io, [failing])).toBe(1);
    expect(io.stdout()).toContain(
      '\n✗ AWS (CDK) validation: 1 finding; the org cannot be deployed as planned:\n' +
        '  ERROR F0001 Resources section must exist and be non-empty: smallco-security-access (CloudFormation Validate)\n',
    );
  });

  test("reads aws-cdk-lib's validation report: one sorted line per violation and construct", () => {
    const outdir = mkdtempSync(join(tmpdir(), 'blueprint-report-'));
    writeFileSync(
      join(outdir, VALIDATION_REPORT_FILE),
      JSON.stringify({
        pluginReports: [
          {
            pluginName: 'cdk-nag',
            violations: [
              {
                ruleName: 'AwsSolutions-IAM5',
                description: 'The IAM entity contains wildcard permissions. ',
                severity: 'error',
                violatingConstructs: [{ constructPath: 'acme-it/B' }, { constructPath: 'acme-it/A' }],
              },
            ],
          },
        ],
      }),
    );
    expect(validationFindings(outdir)).toEqual([
      'ERROR AwsSolutions-IAM5 The IAM entity contains wildcard permissions.: acme-it/A (cdk-nag)',
      'ERROR AwsSolutions-IAM5 The IAM entity contains wildcard permissions.: acme-it/B (cdk-nag)',
    ]);
    expect(validationFindings(mkdtempSync(join(tmpdir(), 'blueprint-none-')))).toBeUndefined();
  });
});

describe('deploySynth (`cdk synth`, which pr.yml and deploy.yml run before a plan or a deploy)', () => {
  test('stops a template CloudFormation rejects, which `blueprint plan` (cdk-nag only) lets through', () => {
    const model = checkOrg(join(FIXTURES, 'smallest-org'), { today: TODAY }).model!;
    const outdir = mkdtempSync(join(tmpdir(), 'blueprint-deploy-synth-'));
    const broken = (stack: import('aws-cdk-lib').Stack) =>
      new CfnResource(stack, 'Broken', {
        type: 'AWS::SSM::Parameter',
        properties: { Type: 'String', Valu: 'x' },
      });
    let failure: unknown;
    try {
      deploySynth(model, { outdir, itExtensions: [broken] });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(PlanStepFailure);
    expect((failure as PlanStepFailure).findings).toContain(
      "ERROR F3003 Properties: 'Value' is a required property: smallco-it/Broken (CloudFormation Validate)",
    );
  });
});
