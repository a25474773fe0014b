import {
  accessLogsBucketName,
  logArchiveBucketName,
  oktaPartnerEventSourceName,
  orgSlug,
  orgTrailArn,
  stackName,
} from '../../lib/aws/org-naming';
import { exampleModel } from './support/synth-app';

describe('org naming', () => {
  const model = exampleModel();

  test('slugs the org name, starting with a letter', () => {
    expect(orgSlug({ name: 'Acme Corp & Co.' })).toBe('acme-corp-co');
    expect(orgSlug({ name: '42 Labs' })).toBe('org-42-labs');
  });

  test('names stacks <org>-<side>[-<purpose>]', () => {
    expect(stackName(model, 'it')).toBe('acme-it');
    expect(stackName(model, 'security', 'org-trail')).toBe('acme-security-org-trail');
  });

  test('derives globally unique bucket names within S3 limits from the organization and account', () => {
    const longest = { ...model, aws: { ...model.aws, organizationId: `o-${'a'.repeat(32)}` } };
    for (const name of [
      logArchiveBucketName(longest, '222222222222'),
      accessLogsBucketName(longest, '222222222222'),
    ]) {
      expect(name).toMatch(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/);
    }
    expect(logArchiveBucketName(model, '222222222222')).toBe('o-a1b2c3d4e5-logs-222222222222');
  });

  test('knows the trail ARN and the Okta partner event source before they exist', () => {
    expect(orgTrailArn(model, '111111111111')).toBe(
      'arn:aws:cloudtrail:eu-west-1:111111111111:trail/acme-org-trail',
    );
    expect(oktaPartnerEventSourceName(model)).toBe('aws.partner/okta.com/acme/acme_okta_system_log');
    expect(
      oktaPartnerEventSourceName({ ...model, logging: { ...model.logging, oktaLogStream: undefined } }),
    ).toBeUndefined();
  });
});
