// The CDK app of the blueprint (`npx cdk synth | diff | deploy`, see cdk.json): validates
// config/ (or BLUEPRINT_CONFIG) exactly like `blueprint validate`, prints every problem and
// exits 1 without synthesizing when it is invalid, else synthesizes every IT and Security
// stack, failing (one line per finding, exit 1) on any CloudFormation validation finding or
// unacknowledged cdk-nag finding (stacks/deploy-synth.ts). BLUEPRINT_TODAY pins the day
// expiries are computed for, BLUEPRINT_NOW the instant elevations end by (resolved
// DEPLOY_HORIZON_MS ahead of it, lib/model/elevation.ts); each elevation's clock starts when
// its change landed (git, lib/review/elevation-starts.ts).
import { relative, resolve } from 'node:path';
import { renderDiagnostics, summaryLine } from '../lib/cli/render-diagnostics';
import { InvalidPinnedDayError, today } from '../lib/model/calendar-date';
import { deployHorizon, type ElevationStarts } from '../lib/model/elevation';
import { InvalidPinnedInstantError, now } from '../lib/model/instant';
import { PlanStepFailure } from '../lib/plan/plan-step';
import { checkOrg } from '../lib/policy/check-org';
import { elevationStartsFromGit } from '../lib/review/elevation-starts';
import { GitError } from '../lib/review/git-error';
import { deploySynth } from '../stacks/deploy-synth';

function main(): number {
  const config = resolve(process.env.BLUEPRINT_CONFIG ?? 'config');
  let day: string;
  let instant: string;
  let elevationStarts: ElevationStarts;
  try {
    day = today();
    instant = now();
    elevationStarts = elevationStartsFromGit(config);
  } catch (error) {
    if (
      !(error instanceof InvalidPinnedDayError) &&
      !(error instanceof InvalidPinnedInstantError) &&
      !(error instanceof GitError)
    )
      throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const checked = checkOrg(config, {
    display: relative(process.cwd(), config) || '.',
    today: day,
    // An elevation ending within the horizon is left out (its resource's Delete ends it now).
    now: instant,
    endsBy: deployHorizon(instant),
    elevationStarts,
  });
  process.stderr.write(renderDiagnostics(checked.diagnostics, 'text'));
  if (!checked.ok || !checked.model) {
    process.stderr.write(
      `✗ config is invalid: ${summaryLine(checked.diagnostics)}; nothing was synthesized\n`,
    );
    return 1;
  }
  try {
    deploySynth(checked.model);
  } catch (error) {
    if (!(error instanceof PlanStepFailure)) throw error;
    process.stderr.write(`${error.findings.join('\n')}\n✗ ${error.message}; nothing was synthesized\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
