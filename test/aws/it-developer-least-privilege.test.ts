// IT's `developer` permission set as deployed (its inline policy read from the synthesized IT
// stack), in a workload account under Security's SCPs and its ceiling, with the IAM policy
// simulator: it builds and operates workloads, but cannot turn off the account's S3 Block
// Public Access nor change, invoke or write to Security's functions and log groups, whether
// they are found by tag or by name, under the SCPs alone and under its boundary alone.
import { DEV, type DeployWall, SECURITY_TAG, synthesizedWall } from './support/deploy-wall';
import { type Attempt, decide, literalPolicy, type SimulatedPrincipal } from './support/iam-simulation';

let wall: DeployWall;
beforeAll(() => {
  wall = synthesizedWall();
});

const ARN = `arn:aws:iam::${DEV}:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_developer_0123456789abcdef`;

function developerPolicy() {
  const sets = Object.values(wall.app.template('acme-it').findResources('AWS::SSO::PermissionSet'));
  const developer = sets.find((s) => s.Properties.Name === 'developer')!;
  return literalPolicy(developer.Properties.InlinePolicy);
}

const layers: [string, () => SimulatedPrincipal][] = [
  [
    'the SCPs alone',
    () => ({ arn: ARN, identityPolicies: [developerPolicy()], scpLevels: [[], wall.scps, []] }),
  ],
  ['its boundary alone', () => ({ arn: ARN, identityPolicies: [developerPolicy()], boundary: wall.ceiling })],
];

const fn = (name: string) => `arn:aws:lambda:eu-west-1:${DEV}:function:${name}`;
const logGroup = (name: string) => `arn:aws:logs:eu-west-1:${DEV}:log-group:${name}`;
const SECURITY_FUNCTION = fn('acme-security-detection-eu-west-1-Forwarder-AbC123');
const SECURITY_LOGS = logGroup('/aws/lambda/acme-security-detection-eu-west-1-Forwarder-AbC123');

const denied: Attempt[] = [
  { action: 's3:PutAccountPublicAccessBlock', resource: '*' },
  ...['lambda:UpdateFunctionCode', 'lambda:UpdateFunctionConfiguration', 'lambda:DeleteFunction'].flatMap(
    (action) => [
      { action, resource: SECURITY_FUNCTION },
      { action, resource: fn('renamed-by-hand'), context: SECURITY_TAG },
    ],
  ),
  { action: 'lambda:AddPermission', resource: SECURITY_FUNCTION },
  { action: 'lambda:InvokeFunction', resource: SECURITY_FUNCTION },
  { action: 'lambda:PutFunctionConcurrency', resource: fn('renamed-by-hand'), context: SECURITY_TAG },
  ...[
    'logs:DeleteLogGroup',
    'logs:PutRetentionPolicy',
    'logs:DeleteSubscriptionFilter',
    'logs:DisassociateKmsKey',
  ].flatMap((action) => [
    { action, resource: SECURITY_LOGS },
    { action, resource: logGroup('acme-security-okta-events'), context: {} },
    { action, resource: logGroup('renamed-by-hand'), context: SECURITY_TAG },
  ]),
  { action: 'logs:PutLogEvents', resource: `${SECURITY_LOGS}:log-stream:forged` },
];

describe("IT's developer set is least-privilege against Security's resources", () => {
  test.each(layers)(
    'denies Block Public Access and Security’s functions and logs under %s',
    async (_, principalOf) => {
      const principal = principalOf();
      const allowed: string[] = [];
      for (const attempt of denied)
        if ((await decide(principal, attempt)) !== 'ExplicitlyDenied')
          allowed.push(`${attempt.action} ${attempt.resource}${attempt.context ? ' (tagged)' : ''}`);
      expect(allowed).toEqual([]);
    },
  );

  test.each(layers)('still builds and operates its own workloads under %s', async (_, principalOf) => {
    const principal = principalOf();
    const own: Attempt[] = [
      { action: 'lambda:UpdateFunctionCode', resource: fn('orders-api') },
      { action: 'lambda:InvokeFunction', resource: fn('orders-api') },
      { action: 'logs:PutRetentionPolicy', resource: logGroup('/aws/lambda/orders-api') },
      { action: 'logs:DeleteLogGroup', resource: logGroup('/aws/lambda/orders-api') },
      { action: 's3:PutBucketPublicAccessBlock', resource: 'arn:aws:s3:::acme-orders' },
      { action: 's3:PutObject', resource: 'arn:aws:s3:::acme-orders/a.json' },
    ];
    for (const attempt of own)
      expect([attempt.action, await decide(principal, attempt)]).toEqual([attempt.action, 'Allowed']);
  });

  test('Security’s own function roles still run and log (the SCP exempts roles named after its stacks)', async () => {
    const functionRole = {
      arn: `arn:aws:iam::${DEV}:role/acme-security-detection-eu-west-1-ForwarderRole-XyZ`,
      identityPolicies: [{ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }],
      scpLevels: [[], wall.scps, []],
    };
    expect(
      await decide(functionRole, { action: 'logs:PutLogEvents', resource: `${SECURITY_LOGS}:log-stream:x` }),
    ).toBe('Allowed');
  });
});
