// Every valid config plans: the smallest one (org.yaml, logging and monitoring; no people,
// groups, apps or permission sets) synthesizes with CloudFormation validation and cdk-nag on.
// A stack with nothing to hold (Security's privileged access, with no privileged set) is left out.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPlan } from '../../lib/cli/commands/plan';
import { PlanStepFailure } from '../../lib/plan/plan-step';
import { cdkPlanStep } from '../../stacks/cdk-plan-step';
import { VALIDATION_REPORT_FILE, validationFindings } from '../../stacks/validation-report';
import { captureIo, FIXTURES } from '../support/config-case';

describe('the smallest valid config', () => {
  test('plans: every stack synthesizes and validates; no empty privileged-access stack', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'blueprint-smallest-'));
    cpSync(join(FIXTURES, 'smallest-org'), join(cwd, 'config'), { recursive: true });
    const io = captureIo(cwd);
    expect(await runPlan({ config: 'config', out: 'plan' }, io, [cdkPlanStep])).toBe(0);
    const out = io.stdout();
    expect(out).toContain(
      '6 stacks synthesized; CloudFormation validation and cdk-nag (AWS Solutions, NIST 800-53 rev 5) passed',
    );
    expect(out).not.toContain('smallco-security-access');
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
