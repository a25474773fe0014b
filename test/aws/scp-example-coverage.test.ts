// The guardrail SCPs against AWS's published examples (aws-samples/service-control-policy-examples,
// their denied actions transcribed in fixtures/aws-scp-examples/examples.json), one service each, with the IAM policy
// simulator: every action an example denies, ours deny to a member-account administrator on
// the resources the example protects, and leave to Security's deployments where the example
// exempts its privileged role. The same figures print with `npx tsx bench/aws-baseline.ts`.
import { type ExampleCoverage, scpExampleCoverage, scpExamples } from '../../bench/aws-baseline/scp-coverage';
import { DEV, type DeployWall, MANAGEMENT, synthesizedWall } from './support/deploy-wall';
import { exampleModel } from './support/synth-app';

let wall: DeployWall;
let rows: ExampleCoverage[];
beforeAll(async () => {
  wall = synthesizedWall();
  rows = await scpExampleCoverage(wall.scps, exampleModel(), { management: MANAGEMENT, member: DEV });
}, 120_000);

const row = (service: string) => rows.find((r) => r.service === service)!;

describe("the guardrail SCPs cover AWS's SCP examples for every service the blueprint enables", () => {
  test('the examples measured, with the number of actions each denies', () => {
    expect(scpExamples().map((e) => [e.service, e.deniedActions.length])).toEqual([
      ['GuardDuty', 31],
      ['AWS Config', 21],
      ['Security Hub', 21],
      ['IAM Access Analyzer', 6],
      ['CloudTrail', 5],
      ['Security roles', 14],
      ['Organizations', 1],
    ]);
  });

  test.each(['GuardDuty', 'AWS Config', 'Security Hub', 'IAM Access Analyzer'])(
    '%s: every action the example denies is denied, except to Security’s deployments',
    (service) => {
      expect(row(service)).toMatchObject({ notDenied: [], deniedToSecurity: [] });
    },
  );

  test('CloudTrail: every change to the organization trail is denied, to Security’s member-account roles too', () => {
    // The organization trail lives in the management account, where Security deploys it; no
    // member-account principal has a reason to touch it.
    expect(row('CloudTrail')).toEqual({
      service: 'CloudTrail',
      file: 'Deny-changes-to-security-services/Deny-modifications-to-specific-CloudTrail-trails.json',
      actions: 5,
      notDenied: [],
      deniedToSecurity: [
        'cloudtrail:DeleteTrail',
        'cloudtrail:PutEventSelectors',
        'cloudtrail:StopLogging',
        'cloudtrail:UpdateTrail',
        'cloudtrail:CreateTrail',
      ],
    });
  });

  test('Security roles: the config recorder, Security’s deploy, CDK and StackSets roles, each of the 14 actions', () => {
    expect(row('Security roles')).toMatchObject({ actions: 14, notDenied: [], deniedToSecurity: [] });
  });

  test('Organizations: no account leaves the organization', () => {
    expect(row('Organizations')).toMatchObject({
      notDenied: [],
      deniedToSecurity: ['organizations:LeaveOrganization'],
    });
  });
});
