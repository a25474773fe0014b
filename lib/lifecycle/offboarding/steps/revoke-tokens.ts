// 3. Revoke OAuth grants and refresh tokens: consent grants let an app keep acting for the
// user, refresh tokens let it mint new access tokens; both outlive sessions.
import type { OffboardingStep } from '../offboarding-step';

export const revokeTokensStep: OffboardingStep = {
  name: 'revoke-tokens',
  summary: "revoke the user's OAuth consent grants and every client's refresh tokens",
  plan: () => [
    'GET /api/v1/users/{userId}/grants',
    'DELETE /api/v1/users/{userId}/grants (if any)',
    'GET /api/v1/users/{userId}/clients',
    'DELETE /api/v1/users/{userId}/clients/{clientId}/tokens (per client holding tokens)',
  ],
  async run({ deps, kase, log }) {
    const grants = await deps.okta.listGrantIds(kase.userId);
    const clients = await deps.okta.listTokenClientIds(kase.userId);
    const before = { grants: grants.length, clients: [...clients].sort() };
    if (grants.length === 0 && clients.length === 0) return { outcome: 'unchanged', before, after: before };
    if (grants.length > 0) log.add(await deps.okta.revokeGrants(kase.userId));
    for (const clientId of before.clients) log.add(await deps.okta.revokeClientTokens(kase.userId, clientId));
    return { outcome: 'changed', before, after: { grants: 0, clients: [] } };
  },
};
