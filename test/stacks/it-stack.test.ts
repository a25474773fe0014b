import { Match } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import { ASSIGNMENT_LANES } from '../../lib/aws/account-assignments';
import { DEPLOY_QUALIFIERS } from '../../lib/aws/deploy-qualifiers';
import type { OrgModel } from '../../lib/model/org-model';
import { ownerSlice } from '../../lib/model/partition';
import { ItStack } from '../../stacks/it-stack';
import { exampleModel, type SynthesizedApp, synthApp } from '../aws/support/synth-app';

const INSTANCE = 'arn:aws:sso:::instance/ssoins-7223b1d4e6f8a9c0';
const STORE = 'd-93670a1b2c';

let model: OrgModel;
let app: SynthesizedApp;
let renamed: SynthesizedApp;
let extended: string[];

beforeAll(() => {
  model = exampleModel();
  extended = [];
  app = synthApp(model, {
    itExtensions: [
      (stack) => {
        extended.push(stack.stackName);
        new Construct(stack, 'Lifecycle');
      },
    ],
  });
  // Same config, every IT group's display name changed.
  renamed = synthApp({ ...model, groups: model.groups.map((g) => ({ ...g, name: `${g.name} (renamed)` })) });
});

const it_ = () => app.template('acme-it');

describe('ItStack: where and how it deploys', () => {
  test('is IT-owned, in the management account and home region, with the IT bootstrap qualifier', () => {
    expect(app.it.stackName).toBe('acme-it');
    expect(app.it.account).toBe('111111111111');
    expect(app.it.region).toBe('eu-west-1');
    expect(app.it.terminationProtection).toBe(false);
    expect(app.it.templateOptions.description).toMatch(/^Acme IT: everyday AWS access/);
    const artifact = app.assembly.getStackByName('acme-it');
    expect(artifact.assumeRoleArn).toContain(
      `cdk-${DEPLOY_QUALIFIERS.it}-deploy-role-111111111111-eu-west-1`,
    );
  });

  test('gets only IT slice of the model', () => {
    expect(app.it.slice.side).toBe('it');
    expect(app.it.slice.permissionSets.map((p) => p.id)).toEqual(['data-analyst', 'developer', 'read-only']);
    expect(
      () =>
        new ItStack(app.app, 'another-it-stack', {
          model,
          slice: ownerSlice(model, 'security'),
          account: model.aws.accounts[0],
          shards: { main: [], shards: new Map() },
        }),
    ).toThrow(`ItStack takes IT's slice of the model, got "security"`);
  });

  test('runs its extensions once, on itself, so the lifecycle automation can plug in', () => {
    expect(extended).toEqual(['acme-it']);
    expect(app.it.node.tryFindChild('Lifecycle')).toBeDefined();
  });

  test('tags every resource with its owner', () => {
    it_().hasResourceProperties('AWS::SSO::PermissionSet', {
      Tags: Match.arrayWith([{ Key: 'blueprint:owner', Value: 'it' }]),
    });
  });
});

describe('IdentityCenterAccess: permission sets', () => {
  test('declares one native permission set per IT permission set and no privileged ones', () => {
    it_().resourceCountIs('AWS::SSO::PermissionSet', 3);
    const names = Object.values(it_().findResources('AWS::SSO::PermissionSet')).map((r) => r.Properties.Name);
    expect(names.sort()).toEqual(['data-analyst', 'developer', 'read-only']);
  });

  test('carries managed and inline policies, session length and description', () => {
    it_().hasResourceProperties('AWS::SSO::PermissionSet', {
      Name: 'developer',
      InstanceArn: INSTANCE,
      SessionDuration: 'PT8H',
      Description: 'Build and operate workloads in non-production accounts.',
      ManagedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      InlinePolicy: {
        Version: '2012-10-17',
        Statement: [
          Match.objectLike({
            Effect: 'Allow',
            Action: Match.arrayWith(['cloudformation:*', 'ssm:StartSession']),
            Resource: '*',
          }),
        ],
      },
    });
    it_().hasResourceProperties('AWS::SSO::PermissionSet', {
      Name: 'data-analyst',
      SessionDuration: 'PT4H',
      ManagedPolicies: ['arn:aws:iam::aws:policy/AmazonAthenaFullAccess'],
      InlinePolicy: Match.absent(),
    });
  });
});

describe('IdentityCenterAccess: account assignments', () => {
  test('assigns every group → permission set → account of IT grants, to the group, by account id', () => {
    const assignments = Object.values(it_().findResources('AWS::SSO::Assignment')).map((r) => r.Properties);
    expect(assignments).toHaveLength(4);
    for (const a of assignments) {
      expect(a).toMatchObject({ InstanceArn: INSTANCE, PrincipalType: 'GROUP', TargetType: 'AWS_ACCOUNT' });
    }
    expect(assignments.map((a) => a.TargetId).sort()).toEqual([
      '444444444444',
      '555555555555',
      '666666666666',
      '666666666666',
    ]);
  });

  test('points each assignment at its permission set and the group id looked up for it', () => {
    const [logicalId] = Object.keys(
      it_().findResources('AWS::SSO::PermissionSet', { Properties: { Name: 'data-analyst' } }),
    );
    const lookups = it_().findResources('Custom::AWS');
    const analysts = Object.entries(lookups).find(([, r]) =>
      String(r.Properties.Create).includes('"Data Analysts"'),
    );
    expect(analysts).toBeDefined();
    it_().hasResourceProperties('AWS::SSO::Assignment', {
      TargetId: '666666666666',
      PermissionSetArn: { 'Fn::GetAtt': [logicalId, 'PermissionSetArn'] },
      PrincipalId: { 'Fn::GetAtt': [analysts![0], 'GroupId'] },
    });
  });

  test('looks each group up once, at deploy time, by display name in the Identity Store', () => {
    const lookups = Object.values(it_().findResources('Custom::AWS')).map((r) =>
      JSON.parse(r.Properties.Create),
    );
    expect(
      lookups.map((l) => l.parameters.AlternateIdentifier.UniqueAttribute.AttributeValue).sort(),
    ).toEqual(['Data Analysts', 'Engineering']);
    for (const l of lookups) {
      expect(l).toMatchObject({
        service: 'IdentityStore',
        action: 'getGroupId',
        parameters: {
          IdentityStoreId: STORE,
          AlternateIdentifier: { UniqueAttribute: { AttributePath: 'displayName' } },
        },
        physicalResourceId: { responsePath: 'GroupId' },
      });
    }
  });

  test('lets the lookups call only GetGroupId on this Identity Store', () => {
    it_().hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Effect: 'Allow',
            Action: 'identitystore:GetGroupId',
            Resource: [
              `arn:aws:identitystore::111111111111:identitystore/${STORE}`,
              'arn:aws:identitystore:::group/*',
            ],
          },
        ]),
      },
    });
  });

  test(`creates assignments in at most ${ASSIGNMENT_LANES} parallel chains (Identity Center's concurrency limit)`, () => {
    const assignments = it_().findResources('AWS::SSO::Assignment');
    for (const r of Object.values(assignments)) {
      const after = (r.DependsOn ?? []).filter((d: string) => d in assignments);
      expect(after.length).toBeLessThanOrEqual(1);
    }
  });
});

describe('IdentityCenterAccess: stable logical ids', () => {
  const ids = (a: SynthesizedApp, type: string) =>
    Object.keys(a.template('acme-it').findResources(type)).sort();

  test('derive from config ids (group/permission set/account)', () => {
    const assignment = ids(app, 'AWS::SSO::Assignment').find((id) => id.includes('dataanalysts'));
    expect(assignment).toMatch(/^AccessAssignmentsdataanalystsdataanalystprod[0-9A-F]{8}$/);
    expect(ids(app, 'AWS::SSO::PermissionSet')).toContainEqual(
      expect.stringMatching(/^AccessPermissionSetsdeveloper[0-9A-F]{8}$/),
    );
  });

  test('stay the same when display names change; only the lookup parameter changes', () => {
    for (const type of ['AWS::SSO::PermissionSet', 'AWS::SSO::Assignment', 'Custom::AWS']) {
      expect(ids(renamed, type)).toEqual(ids(app, type));
    }
    const lookup = renamed.template('acme-it').findResources('Custom::AWS');
    expect(
      Object.values(lookup).map(
        (r) => JSON.parse(r.Properties.Create).parameters.AlternateIdentifier.UniqueAttribute.AttributeValue,
      ),
    ).toContain('Engineering (renamed)');
  });
});
