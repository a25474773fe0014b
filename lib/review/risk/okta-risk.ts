// Routing from what Okta resources do: every change in Security's Okta stack, and to admin
// roles, org-wide policies, authenticators, network zones and the log stream, needs
// Security; so does any change to the AWS Identity Center sign-in app, an app's MFA policy
// being detached, and the login or email of anyone holding privileged access. The rest of
// IT's Okta changes are IT's.
import type { OrgModel } from '../../model/org-model';
import { appName } from '../../okta/specs/apps';
import { identityCenterApps } from '../../okta/specs/identity-center-app';
import { userName } from '../../okta/specs/users';
import type { OktaResourceChange, OktaSpecLike, OktaStackDiff } from '../okta-diff';
import { privilegedHolders } from './privileged-holders';
import { type RoutingReason, someOf } from './routing-reason';
import { securityOktaType } from './security-resource-types';

export interface OktaRiskInput {
  readonly diffs: readonly OktaStackDiff[];
  readonly base: Record<string, readonly OktaSpecLike[]>;
  readonly head: Record<string, readonly OktaSpecLike[]>;
  readonly baseModel: OrgModel;
  readonly headModel: OrgModel;
}

export const oktaStackSide = (stack: string): 'it' | 'security' =>
  /^okta-security(-|$)/.test(stack) ? 'security' : 'it';

const IDENTITY_INPUTS = new Set(['login', 'email', 'profile.login', 'profile.email', 'secondEmail']);

export function oktaRiskReasons(input: OktaRiskInput): RoutingReason[] {
  const awsApps = new Map(
    [...identityCenterApps(input.baseModel.apps), ...identityCenterApps(input.headModel.apps)].map((a) => [
      appName(a.id),
      a.id,
    ]),
  );
  const holders = new Map([...privilegedHolders(input.baseModel), ...privilegedHolders(input.headModel)]);
  const holderByUser = new Map([...holders].map(([person, why]) => [userName(person), { person, why }]));
  const spec = (side: Record<string, readonly OktaSpecLike[]>, stack: string, c: OktaResourceChange) =>
    side[stack]?.find((s) => s.type === c.type && s.name === c.name);

  const out: RoutingReason[] = [];
  for (const diff of input.diffs) {
    const side = oktaStackSide(diff.stack);
    const groups = new Map<string, string[]>();
    const routine: string[] = [];
    for (const c of diff.changes) {
      let why = securityOktaType(c.type);
      if (!why && awsApps.has(c.name)) why = 'the AWS Identity Center sign-in app';
      if (
        !why &&
        c.type.startsWith('okta:app/') &&
        c.change === 'changed' &&
        c.inputs.includes('authenticationPolicy')
      ) {
        const had = spec(input.base, diff.stack, c)?.inputs.authenticationPolicy !== undefined;
        const has = spec(input.head, diff.stack, c)?.inputs.authenticationPolicy !== undefined;
        if (had && !has) why = 'MFA policy detached from the app';
        else if (had && has) why = 'app moved to another sign-on policy';
      }
      const holder = holderByUser.get(c.name);
      if (!why && holder && c.change === 'changed' && c.inputs.some((i) => IDENTITY_INPUTS.has(i)))
        why = `login or email of ${holder.person}, who holds ${holder.why}`;
      if (!why && side === 'security') why = 'Security stack';
      if (!why) {
        routine.push(c.name);
        continue;
      }
      const key = `${c.type} ${c.change}\u0000${why}`;
      groups.set(key, [...(groups.get(key) ?? []), c.name]);
    }
    for (const [key, names] of groups) {
      const [what, why] = key.split('\u0000');
      const [type, change] = what.split(' ');
      out.push({
        side: 'security',
        reason: `Okta: ${type} ${someOf(names)} ${change} in ${diff.stack} (${why})`,
      });
    }
    if (routine.length)
      out.push({
        side: 'it',
        reason: `Okta: ${routine.length} ${routine.length === 1 ? 'change' : 'changes'} in ${diff.stack}`,
      });
  }
  return out;
}
