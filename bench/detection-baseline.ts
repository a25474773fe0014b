// `npx tsx bench/detection-baseline.ts`: the Okta detection baseline of the example org (or of
// the config folder given) against SigmaHQ's Okta rules (rules/identity/okta, transcribed in
// test/aws/fixtures/sigma-okta/rules.json): for each rule, the alert rules citing it and whether their
// synthesized EventBridge patterns match every sample event it selects and none it does not.
// Prints the markdown table the README's "Detection baseline" section shows; the same check
// is a test: test/aws/sigma-okta-coverage.test.ts.
import { join, resolve } from 'node:path';
import { today } from '../lib/model/calendar-date';
import { checkOrg } from '../lib/policy/check-org';
import { deployedAlerts } from './detection-baseline/deployed-alerts';
import { coverageTable, sigmaCoverage } from './detection-baseline/sigma-coverage';
import { sigmaRules } from './detection-baseline/sigma-samples';

const dir = resolve(process.argv[2] ?? join(__dirname, '..', 'config'));
const checked = checkOrg(dir, { today: process.env.BLUEPRINT_TODAY ?? today() });
if (!checked.ok || !checked.model) throw new Error(`config in ${dir} is invalid: run blueprint validate`);
console.log(coverageTable(sigmaCoverage(sigmaRules(), deployedAlerts(checked.model))));
