// The Okta org the provider is configured for must be the one config/org.yaml describes:
// deploying Acme's desired state into another org would create (and protect) strangers.

/** Why the provider's org (orgName + baseUrl) does not match `okta.orgUrl`, if it does not. */
export function providerOrgMismatch(
  orgUrl: string,
  provider: { orgName?: string; baseUrl?: string },
): string | undefined {
  if (provider.orgName === undefined || provider.baseUrl === undefined) return undefined;
  const configured = `https://${provider.orgName}.${provider.baseUrl}`;
  return configured === orgUrl
    ? undefined
    : `the Okta provider points at ${configured} but config/org.yaml says ${orgUrl}; fix okta:orgName/okta:baseUrl (or OKTA_ORG_NAME/OKTA_BASE_URL)`;
}
