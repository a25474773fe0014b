import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { ThreatDetection } from '../../lib/aws/threat-detection';
import type { OrgModel } from '../../lib/model/org-model';
import { threatDetectionProps } from '../../stacks/detection-stack';
import { exampleModel, type SynthesizedApp, sdkCalls, synthApp } from '../aws/support/synth-app';

let model: OrgModel;
let app: SynthesizedApp;

beforeAll(() => {
  model = exampleModel();
  app = synthApp(model);
});

const home = () => app.template('acme-security-detection-eu-west-1');
const other = () => app.template('acme-security-detection-us-east-1');

describe('ThreatDetection: GuardDuty', () => {
  test('runs a detector with S3 protection in every configured region', () => {
    for (const t of [home(), other()]) {
      t.hasResourceProperties('AWS::GuardDuty::Detector', {
        Enable: true,
        Features: [{ Name: 'S3_DATA_EVENTS', Status: 'ENABLED' }],
      });
    }
  });

  test('auto-enables GuardDuty and S3 protection for every account of the organization', () => {
    const autoEnable = sdkCalls(home()).find((c) => c.action === 'updateOrganizationConfiguration');
    expect(autoEnable).toMatchObject({
      service: 'GuardDuty',
      action: 'updateOrganizationConfiguration',
      parameters: {
        AutoEnableOrganizationMembers: 'ALL',
        Features: [{ Name: 'S3_DATA_EVENTS', AutoEnable: 'ALL' }],
      },
    });
    expect(autoEnable?.parameters.DetectorId).toMatch(
      /^<Ref:\{'Ref':'ThreatDetectionGuardDuty[0-9A-F]{8}'\}>$/,
    );
  });
});

describe('ThreatDetection: Security Hub (home region)', () => {
  test('enables Security Hub without default standards, with consolidated control findings', () => {
    home().hasResourceProperties('AWS::SecurityHub::Hub', {
      EnableDefaultStandards: false,
      AutoEnableControls: true,
      ControlFindingGenerator: 'SECURITY_CONTROL',
    });
    other().resourceCountIs('AWS::SecurityHub::Hub', 0);
  });

  test('applies CIS AWS Foundations and AWS Foundational Security Best Practices to every OU centrally', () => {
    home().hasResourceProperties('AWS::SecurityHub::OrganizationConfiguration', {
      AutoEnable: false,
      AutoEnableStandards: 'NONE',
      ConfigurationType: 'CENTRAL',
    });
    home().hasResourceProperties('AWS::SecurityHub::ConfigurationPolicy', {
      ConfigurationPolicy: {
        SecurityHub: {
          ServiceEnabled: true,
          EnabledStandardIdentifiers: [
            'arn:aws:securityhub:eu-west-1::standards/cis-aws-foundations-benchmark/v/3.0.0',
            'arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0',
          ],
        },
      },
    });
    const targets = Object.values(home().findResources('AWS::SecurityHub::PolicyAssociation')).map(
      (r) => r.Properties,
    );
    expect(targets.map((t) => t.TargetId).sort()).toEqual([
      'ou-a1b2-11111111',
      'ou-a1b2-22222222',
      'ou-a1b2-33333333',
    ]);
    for (const t of targets) expect(t.TargetType).toBe('ORGANIZATIONAL_UNIT');
  });

  test('aggregates the findings of the other regions into the home region', () => {
    home().hasResourceProperties('AWS::SecurityHub::FindingAggregator', {
      RegionLinkingMode: 'SPECIFIED_REGIONS',
      Regions: ['us-east-1'],
    });
  });

  test('links every region when config names only the home region', () => {
    const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Single', {
      env: { account: '333333333333', region: 'eu-west-1' },
    });
    new ThreatDetection(stack, 'ThreatDetection', threatDetectionProps(model, ['eu-west-1']));
    Template.fromStack(stack).hasResourceProperties('AWS::SecurityHub::FindingAggregator', {
      RegionLinkingMode: 'ALL_REGIONS',
      Regions: Match.absent(),
    });
  });
});

describe('ThreatDetection: AWS Config and Access Analyzer', () => {
  test('aggregates AWS Config of the whole organization in the home region', () => {
    home().hasResourceProperties('AWS::Config::ConfigurationAggregator', {
      ConfigurationAggregatorName: 'acme-organization',
      OrganizationAggregationSource: {
        AllAwsRegions: false,
        AwsRegions: ['eu-west-1', 'us-east-1'],
        RoleArn: Match.anyValue(),
      },
    });
    other().resourceCountIs('AWS::Config::ConfigurationAggregator', 0);
  });

  test('runs an organization IAM Access Analyzer in every region', () => {
    for (const t of [home(), other()]) {
      t.hasResourceProperties('AWS::AccessAnalyzer::Analyzer', {
        AnalyzerName: 'acme-organization',
        Type: 'ORGANIZATION',
      });
    }
  });
});

describe('FindingAlerts', () => {
  test('pages on GuardDuty findings at or above the configured severity, in every region', () => {
    for (const t of [home(), other()]) {
      t.hasResourceProperties('AWS::Events::Rule', {
        EventPattern: {
          source: ['aws.guardduty'],
          'detail-type': ['GuardDuty Finding'],
          detail: { severity: [{ numeric: ['>=', 7] }] },
        },
        Targets: [Match.objectLike({ Arn: { Ref: Match.stringLikeRegexp('^AlertsTopic') } })],
      });
    }
  });

  test('pages on new, active HIGH and CRITICAL Security Hub findings where they are aggregated', () => {
    home().hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.securityhub'],
        'detail-type': ['Security Hub Findings - Imported'],
        detail: {
          findings: {
            Severity: { Label: ['HIGH', 'CRITICAL'] },
            Workflow: { Status: ['NEW'] },
            RecordState: ['ACTIVE'],
          },
        },
      },
    });
    other().resourceCountIs('AWS::Events::Rule', 1);
  });

  test('lets EventBridge publish to the encrypted topic', () => {
    home().hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Sid: 'AlertPublishers',
            Principal: { Service: ['cloudwatch.amazonaws.com', 'events.amazonaws.com'] },
            Condition: { StringEquals: { 'aws:SourceAccount': '333333333333' } },
          }),
        ]),
      },
    });
  });
});

describe('OktaEventAlerts', () => {
  const t = () => app.template('acme-security-okta-alerts');

  test("forwards joiner/mover/leaver events to IT's lifecycle bus in the management account", () => {
    t().hasResourceProperties('AWS::Events::Rule', {
      Name: 'acme-security-okta-lifecycle-forward',
      EventBusName: { Ref: Match.stringLikeRegexp('^OktaEventsBus') },
      EventPattern: {
        source: [{ prefix: 'aws.partner/okta.com' }],
        detail: {
          eventType: [
            'user.account.update_profile',
            'user.lifecycle.activate',
            'user.lifecycle.create',
            'user.lifecycle.deactivate',
            'user.lifecycle.suspend',
          ],
        },
      },
      Targets: [
        Match.objectLike({ Arn: 'arn:aws:events:eu-west-1:111111111111:event-bus/acme-it-okta-lifecycle' }),
      ],
    });
    t().hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: [
          {
            Action: 'events:PutEvents',
            Effect: 'Allow',
            Resource: 'arn:aws:events:eu-west-1:111111111111:event-bus/acme-it-okta-lifecycle',
          },
        ],
      },
    });
  });

  test('associates the Okta log stream partner event source with its event bus', () => {
    t().hasResourceProperties('AWS::Events::EventBus', {
      Name: 'aws.partner/okta.com/acme/acme_okta_system_log',
      EventSourceName: 'aws.partner/okta.com/acme/acme_okta_system_log',
    });
  });

  test('pages on each Okta alert rule monitoring.yaml lists, filtering on the event content', () => {
    t().hasResourceProperties('AWS::Events::Rule', {
      Name: 'acme-security-okta-session-via-proxy',
      EventBusName: { Ref: Match.stringLikeRegexp('^OktaEventsBus') },
      EventPattern: {
        source: [{ prefix: 'aws.partner/okta.com' }],
        detail: { eventType: ['user.session.start'], securityContext: { isProxy: [true] } },
      },
      Targets: [Match.objectLike({ Arn: { Ref: Match.stringLikeRegexp('^AlertsTopic') } })],
    });
    const rules = Object.values(t().findResources('AWS::Events::Rule')).filter((r) =>
      /-security-okta-(?!lifecycle-forward)/.test(r.Properties.Name),
    );
    expect(rules).toHaveLength(model.monitoring.alerts.oktaRules.length);
  });

  test('archives every Okta event and pages when the stream goes quiet', () => {
    t().resourceCountIs('AWS::Events::Archive', 1);
    t().resourceCountIs('AWS::CloudWatch::Alarm', 1);
  });
});
