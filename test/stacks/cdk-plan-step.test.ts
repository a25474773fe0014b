import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlanSection } from '../../lib/plan/plan-step';
import { cdkPlanStepWith } from '../../stacks/cdk-plan-step';
import { exampleModel } from '../aws/support/synth-app';

let outDir: string;
let section: PlanSection;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'blueprint-plan-'));
  // A template of a stack that no longer exists must not survive the next plan.
  const stale = join(outDir, 'cdk.out');
  mkdirSync(stale, { recursive: true });
  writeFileSync(join(stale, 'acme-removed.template.json'), '{}');
  // CloudFormation validation is slow under jest; test/aws/cdk-app.test.ts runs it through bin/cdk.ts.
  section = cdkPlanStepWith({ validation: false }).run({
    model: exampleModel(),
    sources: {} as never,
    outDir,
    outDisplay: 'plan',
  }) as PlanSection;
});

describe('cdkPlanStep', () => {
  test('synthesizes every stack with cdk-nag, and says which checks ran', () => {
    expect(section.title).toBe('AWS (CDK)');
    expect(section.lines[0]).toBe(
      '9 stacks synthesized; cdk-nag (AWS Solutions, NIST 800-53 rev 5) passed; CloudFormation validation runs in `cdk synth`',
    );
    expect(section.lines).toContain(
      '  acme-it                            111111111111/eu-west-1  68 resources, 88 KB',
    );
  });

  test('writes one template per stack under <out>/cdk.out, and nothing stale', () => {
    expect(section.files).toHaveLength(9);
    expect(section.files[0]).toBe('plan/cdk.out/acme-it.template.json');
    const written = readdirSync(join(outDir, 'cdk.out')).filter((f) => f.endsWith('.template.json'));
    expect(written.sort()).toEqual(section.files.map((f) => f.replace('plan/cdk.out/', '')).sort());
    expect(existsSync(join(outDir, 'cdk.out', 'acme-removed.template.json'))).toBe(false);
  });
});
