// The pack passes the example org's desired state, and every policy is mandatory.
import { oktaDesiredState } from '../../lib/okta/desired-state';
import { POLICIES } from '../../policy-pack/policies';
import { exampleModel } from '../okta/support/example';
import { violations } from './support';

describe('the Okta policy pack', () => {
  test('every policy is mandatory', () => {
    expect(POLICIES.map((p) => [p.name, p.enforcementLevel])).toEqual([
      ['okta-identities-protected', 'mandatory'],
      ['okta-admin-roles-on-security-side', 'mandatory'],
      ['okta-user-status-owned-by-lifecycle', 'mandatory'],
    ]);
  });

  test('no violation in the example org’s stacks', () => {
    const found = oktaDesiredState(exampleModel()).flatMap((stack) =>
      stack.resources.flatMap((r) =>
        POLICIES.flatMap((p) =>
          violations(p, {
            type: r.type,
            name: r.name,
            stack: stack.stack,
            protect: r.options.protect === true,
            ignoreChanges: r.options.ignoreChanges ?? [],
          }),
        ),
      ),
    );
    expect(found).toEqual([]);
  });
});
