// SSO apps (SAML, OIDC, bookmark), protected; apps that require MFA are attached to the
// MFA authentication policy (see app-mfa-policy.ts).
import type { App } from '../../model/org-model';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import { type ResourceSpec, ref } from '../spec';
import { APP_MFA_POLICY } from './app-mfa-policy';
import { appSettings } from './app-settings';

export const appName = (appId: string) => oktaName('app', appId);

const APP_TYPE = { saml: OKTA.samlApp, oidc: OKTA.oauthApp, bookmark: OKTA.bookmarkApp } as const;

export function appSpecs(apps: readonly App[]): ResourceSpec[] {
  return apps.map((app) => ({
    type: APP_TYPE[app.sso.type],
    name: appName(app.id),
    component: 'Apps',
    inputs: {
      label: app.name,
      status: 'ACTIVE',
      ...appSettings(app.sso),
      ...(app.mfaRequired ? { authenticationPolicy: ref(APP_MFA_POLICY) } : {}),
    },
    options: { protect: true },
  }));
}
