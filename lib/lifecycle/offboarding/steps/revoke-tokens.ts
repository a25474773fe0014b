// 3. Revoke OAuth grants and refresh tokens: consent grants let an app keep acting for the
// user, refresh tokens let it mint new access tokens; both outlive sessions. Grants go
// first, so the clients still listed afterwards are exactly those holding tokens.
import { makeChange } from '../make-change';
import type { OffboardingStep } from '../offboarding-step';

export const revokeTokensStep: OffboardingStep = {
  name: 'revoke-tokens',
  summary: "revoke the user's OAuth consent grants and every client's refresh tokens",
  plan: () => [
    'GET /api/v1/users/{userId}/grants',
    'DELETE /api/v1/users/{userId}/grants (if any)',
    'GET /api/v1/users/{userId}/clients',
    'DELETE /api/v1/users/{userId}/clients/{clientId}/tokens (per client still holding tokens)',
  ],
  async run({ deps, kase, log }) {
    const { okta } = deps;
    const grants = await okta.listGrantIds(kase.userId);
    if (grants.length > 0)
      await makeChange(deps, log, {
        describe: `revoke the OAuth grants of ${kase.login}`,
        isDone: async () => (await okta.listGrantIds(kase.userId)).length === 0,
        send: () => okta.revokeGrants(kase.userId),
      });
    const clients = [...(await okta.listTokenClientIds(kase.userId))].sort();
    for (const clientId of clients)
      await makeChange(deps, log, {
        describe: `revoke the refresh tokens client ${clientId} holds for ${kase.login}`,
        isDone: async () => !(await okta.listTokenClientIds(kase.userId)).includes(clientId),
        send: () => okta.revokeClientTokens(kase.userId, clientId),
      });
    const before = { grants: grants.length, tokenClients: clients };
    const after = { grants: 0, tokenClients: [] };
    return grants.length === 0 && clients.length === 0
      ? { outcome: 'unchanged', before, after }
      : { outcome: 'changed', before, after };
  },
};
