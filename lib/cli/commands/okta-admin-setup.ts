// `blueprint okta-admin-setup [--format script|json]`: what a Security super admin runs once
// so IT's Okta credentials (the `it` Pulumi stack and the lifecycle runtime) hold custom admin
// roles over IT's resources only (lib/okta/it-admin-scope.ts): the bash script of Okta
// Management API calls, or the same calls and scope as JSON. Invalid config: diagnostics on
// stderr, nothing on stdout, exit 1.
import { itAdminSetup } from '../../okta/it-admin-setup';
import { renderSetupScript } from '../../okta/it-admin-setup-script';
import { checkConfig } from '../config-folder';
import { EXIT, type Io } from '../io';
import { renderDiagnostics } from '../render-diagnostics';

export const OKTA_ADMIN_SETUP_FORMATS = ['script', 'json'] as const;

export interface OktaAdminSetupOptions {
  readonly config: string;
  readonly format: (typeof OKTA_ADMIN_SETUP_FORMATS)[number];
}

export function runOktaAdminSetup(options: OktaAdminSetupOptions, io: Io): number {
  const checked = checkConfig(io, options.config);
  if (!checked.model) {
    io.err(renderDiagnostics(checked.diagnostics, 'text'));
    return EXIT.invalid;
  }
  const setup = itAdminSetup(checked.model);
  io.out(
    options.format === 'json'
      ? `${JSON.stringify(setup, null, 2)}\n`
      : renderSetupScript(checked.model, setup),
  );
  return EXIT.ok;
}
