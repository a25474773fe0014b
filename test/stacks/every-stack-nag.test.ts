// cdk-nag over every stack of the example org: zero unacknowledged findings, and every
// acknowledgement carries a specific reason.
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { nagFindings } from '../../lib/aws/nag-packs';
import { exampleModel, type SynthesizedApp, synthApp } from '../aws/support/synth-app';

let app: SynthesizedApp;

beforeAll(() => {
  app = synthApp(exampleModel());
});

describe('cdk-nag: AWS Solutions and NIST 800-53 rev 5', () => {
  test('finds nothing unacknowledged in any stack', () => {
    expect(nagFindings(app.app)).toEqual([]);
  });

  test('does find what it should (an unlogged, unencrypted-by-KMS bucket)', () => {
    const scratch = new App({ builtinCloudFormationValidation: false });
    new s3.Bucket(new Stack(scratch, 'Scratch'), 'Bucket');
    expect(nagFindings(scratch).map((f) => f.rule)).toEqual(
      expect.arrayContaining([
        'AwsSolutions-S1',
        'AwsSolutions-S10',
        'NIST.800.53.R5-S3BucketLoggingEnabled',
      ]),
    );
  });

  test('every acknowledgement names a rule of the two packs and gives a specific reason', () => {
    const acks: { id: string; reason: string; path: string }[] = [];
    for (const c of app.app.node.findAll()) {
      for (const entry of c.node.metadata) {
        if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
        for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
          acks.push({ id: id.replace(/^annotation::/i, ''), reason, path: c.node.path });
        }
      }
    }
    expect(acks.length).toBeGreaterThan(10);
    for (const a of acks) {
      expect(a.id).toMatch(/^(AwsSolutions|NIST\.800\.53\.R5)-[A-Za-z0-9]+(\[.+\])?$/);
      expect(a.reason.length).toBeGreaterThanOrEqual(40);
    }
    // Acknowledgements sit on the construct they concern, never on a whole stack.
    expect(acks.filter((a) => !a.path.includes('/'))).toEqual([]);
  });
});
