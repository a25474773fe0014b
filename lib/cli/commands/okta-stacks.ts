// `blueprint okta-stacks <it|security>`: the Okta (Pulumi) stacks of one side, one per line, in
// deploy order (`it`, then its `it-people-<n>` shards; or `security`). The workflows read it as
// `$(npx blueprint okta-stacks it)`, so stdout holds the stack names only: an invalid config's
// diagnostics go to stderr, no name is printed, and it exits 1.
import { resolve } from 'node:path';
import type { Side } from '../../model/org-model';
import { oktaStackNames } from '../../okta/desired-state';
import { checkOrg } from '../../policy/check-org';
import { displayDir, today } from '../config-folder';
import { EXIT, type Io } from '../io';
import { renderDiagnostics, summaryLine } from '../render-diagnostics';

export interface OktaStacksOptions {
  readonly config: string;
}

export function runOktaStacks(side: Side, options: OktaStacksOptions, io: Io): number {
  // The stacks do not depend on when elevations started, so no git history is read: this runs
  // in a shallow clone too.
  const checked = checkOrg(resolve(io.cwd, options.config), {
    display: displayDir(io, options.config),
    today: today(io),
  });
  if (!checked.ok || !checked.model) {
    io.err(renderDiagnostics(checked.diagnostics, 'text'));
    io.err(`✗ config is invalid: ${summaryLine(checked.diagnostics)}; no Okta stacks listed\n`);
    return EXIT.invalid;
  }
  for (const stack of oktaStackNames(checked.model, side)) io.out(`${stack}\n`);
  return EXIT.ok;
}
