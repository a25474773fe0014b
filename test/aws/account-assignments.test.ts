// The adoption's middle step (-c blueprint:adoptWithoutAssignments=true): the group lookups
// are declared and the assignments are not, so the assignments Identity Center already has
// can be imported next (`cdk import` needs the lookups they reference deployed).
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AccountAssignments, ADOPT_WITHOUT_ASSIGNMENTS } from '../../lib/aws/account-assignments';

function template(context: Record<string, unknown>): Template {
  const stack = new Stack(new App({ context, builtinCloudFormationValidation: false }), 'Scratch', {
    env: { account: '111111111111', region: 'eu-west-1' },
  });
  new AccountAssignments(stack, 'Assignments', {
    instanceArn: 'arn:aws:sso:::instance/ssoins-7223b1d4e6f8a9c0',
    identityStoreId: 'd-93670a1b2c',
    assignments: [
      { group: 'engineering', permissionSet: 'developer', account: 'dev', accountId: '444444444444' },
    ],
    groupNames: new Map([['engineering', 'Engineering']]),
    permissionSetArn: () => 'arn:aws:sso:::permissionSet/ssoins-7223b1d4e6f8a9c0/ps-developer',
  });
  return Template.fromStack(stack);
}

describe('AccountAssignments', () => {
  test('declares each assignment and the lookup of its group', () => {
    const t = template({});
    t.resourceCountIs('AWS::SSO::Assignment', 1);
    t.resourceCountIs('Custom::AWS', 1);
  });

  test.each([true, 'true'])('with %p for adoption: the lookups only', (value) => {
    const t = template({ [ADOPT_WITHOUT_ASSIGNMENTS]: value });
    t.resourceCountIs('AWS::SSO::Assignment', 0);
    t.resourceCountIs('Custom::AWS', 1);
  });
});
