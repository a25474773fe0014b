// `blueprint onboard`: the dry run, errors, and a real run against the fake Okta org.
import { resolve } from 'node:path';
import type { Connect } from '../../lib/cli/commands/offboard';
import { runOnboard } from '../../lib/cli/commands/onboard';
import { main } from '../../lib/cli/main';
import { connectFromEnvironment } from '../../lib/lifecycle/connect-from-environment';
import { FAKE_OKTA_TOKEN } from '../../test-doubles/okta/fake-okta-server';
import { type Harness, LifecycleHarness } from '../lifecycle/support/lifecycle-harness';
import { captureIo } from '../support/config-case';

const ROOT = resolve(__dirname, '..', '..');

test('--dry-run: each step and its calls, from the config alone', async () => {
  const io = captureIo(ROOT);
  expect(await main(['onboard', 'noah-williams', '--dry-run'], io)).toBe(0);
  expect(io.stdout()).toBe(
    [
      'Onboarding noah-williams (Noah Williams <noah.williams@acme.example>): dry run, nothing is changed',
      'Starts 2026-12-07; not yet: activation is due on 2026-12-07. Case onboard/noah-williams/2026-12-07.',
      '',
      ' 1. activate        activate the staged Okta user on the start date (Okta emails the activation link)',
      '                    GET /api/v1/users/noah.williams@acme.example',
      '                    on/after 2026-12-07: POST /api/v1/users/{userId}/lifecycle/activate?sendEmail=true (if STAGED)',
      ' 2. verify-groups   check that Okta group rules put the joiner in their birthright and other rule groups',
      '                    GET /api/v1/users/{userId}/groups',
      '                    expect: Employees, Engineering, Everyone at Acme',
      " 3. notify-manager  tell the manager the joiner's account is ready, and what it gives them",
      '                    email priya.raman@acme.example',
      '',
      'Each step reads the current state first and skips what is already done; each appends an audit record.',
      'Run it without --dry-run, with OKTA_CLIENT_ID and OKTA_PRIVATE_KEY (or OKTA_API_TOKEN) set.',
      '',
    ].join('\n'),
  );
});

test('an unknown person: exit 1 with a suggestion', async () => {
  const io = captureIo(ROOT);
  expect(await main(['onboard', 'noah', '--dry-run'], io)).toBe(1);
  expect(io.stderr()).toBe('error: unknown person "noah": use a person id from config/it/people.yaml\n');
});

describe('against Okta (the fake org)', () => {
  let harness: LifecycleHarness;
  let h: Harness;
  beforeAll(async () => {
    harness = await LifecycleHarness.start();
    h = harness.fresh();
  });
  afterAll(() => harness.close());

  test('on the start date: activates, verifies groups, tells the manager', async () => {
    const connect: Connect = (env, directory, cwd) => {
      const { deps } = connectFromEnvironment(env, directory, cwd);
      return { deps: { ...deps, notifier: h.notifier, audit: h.audit }, auditTrail: 'the test audit store' };
    };
    const io = captureIo(ROOT, {
      BLUEPRINT_TODAY: '2026-12-07',
      OKTA_ORG_URL: h.fake.url,
      OKTA_API_TOKEN: FAKE_OKTA_TOKEN,
    });
    expect(await runOnboard({ person: 'noah-williams', config: 'config' }, io, connect)).toBe(0);
    const userId = h.state.findUser('noah.williams@acme.example')!.id;
    expect(io.stdout()).toBe(
      [
        `Onboarding noah-williams (noah.williams@acme.example, Okta user ${userId}): case onboard/noah-williams/2026-12-07`,
        '  ✓ activate        changed   activation email sent',
        '  · verify-groups   unchanged birthright groups landed: Employees, Everyone at Acme',
        '  ✓ notify-manager  changed  ',
        'Audit trail: the test audit store',
        '',
      ].join('\n'),
    );
    expect(h.fake.violations).toEqual([]);
  });
});
