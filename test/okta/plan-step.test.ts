// `blueprint plan` writes each Okta stack's desired state and counts it, with no Pulumi.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPlan } from '../../lib/cli/commands/plan';
import { oktaDesiredState, stackSpecJson } from '../../lib/okta/desired-state';
import { oktaPlanStep } from '../../lib/okta/plan-step';
import { captureIo } from '../support/config-case';
import { EXAMPLE_CONFIG, exampleModel } from './support/example';

function exampleCwd(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'okta-plan-'));
  cpSync(EXAMPLE_CONFIG, join(cwd, 'config'), { recursive: true });
  return cwd;
}

describe('oktaPlanStep', () => {
  const cwd = exampleCwd();
  // A shard file from an earlier, larger plan must not linger.
  mkdirSync(join(cwd, 'plan'), { recursive: true });
  writeFileSync(join(cwd, 'plan', 'okta-it-people-3.json'), '{}\n');
  writeFileSync(join(cwd, 'plan', 'ownership.json'), '{}\n');
  const io = captureIo(cwd);
  const code = runPlan({ config: 'config', out: 'plan' }, io, [oktaPlanStep]);

  test('writes plan/okta-it.json and plan/okta-security.json, exactly the desired state', async () => {
    expect(await code).toBe(0);
    const [it, security] = oktaDesiredState(exampleModel());
    expect(readFileSync(join(cwd, 'plan', 'okta-it.json'), 'utf8')).toBe(stackSpecJson(it));
    expect(readFileSync(join(cwd, 'plan', 'okta-security.json'), 'utf8')).toBe(stackSpecJson(security));
    expect(io.stdout()).toContain('  wrote plan/okta-it.json\n  wrote plan/okta-security.json\n');
  });

  test('prints counts per type per stack', async () => {
    await code;
    expect(io.stdout()).toContain(
      '\nOkta desired state (Pulumi stacks)\n' +
        '  it       95 resources, 1 lookup: 2 Bookmark, 13 Group, 15 GroupAssignment, 4 GroupMemberships, 2 OAuth, 2 PushGroup, 9 Rule, 8 Saml, 40 User\n' +
        '  security 61 resources, 31 lookups: 12 AccessPolicyAssignment, 3 AppSignonPolicy, 5 AppSignonPolicyRule, 4 Behaviour, 6 Group, 1 GroupAssignment, 6 GroupMemberships, 1 LogStream, 2 Mfa, 1 Password, 1 PolicyPasswordDefault, 3 PushGroup, 3 Role, 2 RuleMfa, 1 RulePassword, 4 RuleSignon, 1 SecurityNotificationEmails, 2 Signon, 1 ThreatInsightSettings, 2 Zone\n',
    );
  });

  test('removes stale shard files, and leaves other steps’ files alone', async () => {
    await code;
    expect(existsSync(join(cwd, 'plan', 'okta-it-people-3.json'))).toBe(false);
    expect(existsSync(join(cwd, 'plan', 'ownership.json'))).toBe(true);
  });
});
