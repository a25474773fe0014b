// The CDK app of the blueprint (`npx cdk synth | diff | deploy`, see cdk.json): validates
// config/ (or BLUEPRINT_CONFIG) exactly like `blueprint validate`, prints every problem and
// exits 1 without synthesizing when it is invalid, else synthesizes every IT and Security
// stack, failing (one line per finding, exit 1) on any unacknowledged cdk-nag finding. BLUEPRINT_TODAY pins the day
// expiries are computed for.
import { relative, resolve } from 'node:path';
import { renderDiagnostics, summaryLine } from '../lib/cli/render-diagnostics';
import { InvalidPinnedDayError, today } from '../lib/model/calendar-date';
import { PlanStepFailure } from '../lib/plan/plan-step';
import { checkOrg } from '../lib/policy/check-org';
import { buildApp } from '../stacks/app';
import { synthesizeOrExplain } from '../stacks/validation-report';

function main(): number {
  const config = resolve(process.env.BLUEPRINT_CONFIG ?? 'config');
  let day: string;
  try {
    day = today();
  } catch (error) {
    if (!(error instanceof InvalidPinnedDayError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const checked = checkOrg(config, { display: relative(process.cwd(), config) || '.', today: day });
  process.stderr.write(renderDiagnostics(checked.diagnostics, 'text'));
  if (!checked.ok || !checked.model) {
    process.stderr.write(
      `✗ config is invalid: ${summaryLine(checked.diagnostics)}; nothing was synthesized\n`,
    );
    return 1;
  }
  const { app } = buildApp(checked.model, { nag: true });
  try {
    synthesizeOrExplain(app.outdir, () => app.synth());
  } catch (error) {
    if (!(error instanceof PlanStepFailure)) throw error;
    process.stderr.write(`${error.findings.join('\n')}\n✗ ${error.message}; nothing was synthesized\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
