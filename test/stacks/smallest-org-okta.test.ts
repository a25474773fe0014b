// Every valid config plans, the Pulumi side: on the smallest config (no people, groups or
// apps), the real Okta program of each stack runs under Pulumi's mocks and declares exactly
// its specs; IT's stack declaring nothing is a valid (empty) Pulumi stack, not an error.
import { join } from 'node:path';
import type * as OktaProgram from '../../bin/okta';
import { oktaDesiredState } from '../../lib/okta/desired-state';
import { checkOrg } from '../../lib/policy/check-org';
import { customResources, runUnderMocks } from '../okta/support/pulumi-mocks';
import { FIXTURES, TODAY } from '../support/config-case';

const CONFIG = join(FIXTURES, 'smallest-org');
const specs = oktaDesiredState(checkOrg(CONFIG, { today: TODAY }).model!);

async function declared(stack: string): Promise<string[]> {
  const run = await runUnderMocks(
    stack,
    { 'blueprint:today': TODAY, 'blueprint:config': CONFIG },
    async () => {
      // Loaded only now, after setMocks: a static import would be hoisted above it.
      const { oktaProgram }: typeof OktaProgram = require('../../bin/okta');
      return oktaProgram();
    },
  );
  return [...customResources(run).keys()].sort();
}

describe('the smallest valid config, Okta programs under Pulumi mocks', () => {
  test('has exactly the it and security stacks', () => {
    expect(specs.map((s) => s.stack)).toEqual(['it', 'security']);
  });

  test('it declares nothing and does not fail', async () => {
    expect(await declared('it')).toEqual([]);
  }, 20_000);

  test("security declares its specs: the org-wide policies (sessions with their risk rules, passwords, enrollment), behaviours, notification emails, the Okta apps' top rules, the anonymizer zone and ThreatInsight", async () => {
    expect(await declared('security')).toEqual([
      'app-policy-rule.admin-console',
      'app-policy-rule.dashboard',
      'authenticator-policy.everyone',
      'authenticator-rule.everyone',
      'behaviour.new-country',
      'behaviour.new-device',
      'behaviour.new-ip',
      'behaviour.velocity',
      'network-zone.anonymizers',
      'password-policy.everyone',
      'password-policy.okta-default',
      'password-rule.everyone',
      'security-notification-emails',
      'session-policy.everyone',
      'session-rule.everyone',
      'session-rule.everyone.high-risk',
      'session-rule.everyone.unusual',
      'threat-insight',
    ]);
  }, 20_000);
});
