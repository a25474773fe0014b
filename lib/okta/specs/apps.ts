// SSO apps (SAML, OIDC, bookmark), protected. Which authentication policy protects an app is
// Security's (app-policies.ts assigns one to every app), so the provider neither assigns nor
// reads it here (`skipAuthenticationPolicy`): the two stacks never undo each other.
import type { App, OrgModel } from '../../model/org-model';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import type { ResourceSpec } from '../spec';
import { appSettings } from './app-settings';

export const appName = (appId: string) => oktaName('app', appId);

const APP_TYPE = { saml: OKTA.samlApp, oidc: OKTA.oauthApp, bookmark: OKTA.bookmarkApp } as const;

export function appSpecs(apps: readonly App[], oidc: OrgModel['guardrails']['oidc']): ResourceSpec[] {
  return apps.map((app) => ({
    type: APP_TYPE[app.sso.type],
    name: appName(app.id),
    component: 'Apps',
    inputs: {
      label: app.name,
      status: 'ACTIVE',
      ...appSettings(app.sso, oidc),
      skipAuthenticationPolicy: true,
    },
    options: { protect: true },
  }));
}
