import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { CDK_FEATURE_FLAGS } from '../../lib/aws/cdk-feature-flags';
import { ChangedStacksValidation } from '../../lib/aws/changed-stacks-validation';
import { synthesizeOrExplain } from '../../stacks/validation-report';

/**
 * Two stacks: `good` holds a topic; `empty` holds nothing, which CloudFormation rejects (F0001).
 * No `unchanged`: synthesized without validation.
 */
function synth(unchanged?: Record<string, unknown>) {
  const outdir = mkdtempSync(join(tmpdir(), 'changed-stacks-'));
  const app = new App({ outdir, builtinCloudFormationValidation: false, context: { ...CDK_FEATURE_FLAGS } });
  new Topic(new Stack(app, 'good', { stackName: 'acme-good' }), 'Topic');
  new Stack(app, 'empty', { stackName: 'acme-empty' });
  if (unchanged) Validations.of(app).addPlugins(new ChangedStacksValidation(unchanged));
  return synthesizeOrExplain(outdir, () => app.synth());
}

const EMPTY_STACK_FINDING =
  'ERROR F0001 Resources section must exist and be non-empty: empty (CloudFormation Validate)';

describe('ChangedStacksValidation', () => {
  test('a stack with no base template is validated, with the built-in validation finding', () => {
    expect(() => synth({})).toThrow(
      expect.objectContaining({ step: 'AWS (CDK) validation', findings: [EMPTY_STACK_FINDING] }),
    );
  });

  test('a stack whose template equals the base one (by stack name) is not validated again', () => {
    const templates = Object.fromEntries(synth().stacks.map((s) => [s.stackName, s.template]));
    expect(Object.keys(templates).sort()).toEqual(['acme-empty', 'acme-good']);
    expect(synth(templates).stacks).toHaveLength(2);
  });

  test('a stack whose template differs from the base one is validated', () => {
    const templates = { 'acme-empty': { Resources: { Old: { Type: 'AWS::SNS::Topic' } } } };
    expect(() => synth(templates)).toThrow(expect.objectContaining({ findings: [EMPTY_STACK_FINDING] }));
  });
});
