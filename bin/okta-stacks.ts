// `npx tsx bin/okta-stacks.ts <it|security> [config dir]`: the Okta (Pulumi) stacks of one side
// for the config, one per line, in deploy order: `it` first, then its `it-people-<n>` shards
// (orgs above 1,500 people), or `security`. The workflows preview, deploy and check drift on
// exactly these (test/review/workflow-stacks.test.ts).
import { resolve } from 'node:path';
import { today } from '../lib/model/calendar-date';
import { oktaDesiredState } from '../lib/okta/desired-state';
import { checkOrg } from '../lib/policy/check-org';

export function oktaStackNames(configDir: string, side: 'it' | 'security', day = today()): string[] {
  const checked = checkOrg(configDir, { today: day });
  if (!checked.ok || !checked.model)
    throw new Error(`config in ${configDir} is invalid: run blueprint validate`);
  return oktaDesiredState(checked.model)
    .filter((s) => s.side === side)
    .map((s) => s.stack);
}

if (require.main === module) {
  const [side, dir = 'config'] = process.argv.slice(2);
  if (side !== 'it' && side !== 'security') {
    console.error(`usage: okta-stacks.ts <it|security> [config dir], got ${JSON.stringify(side)}`);
    process.exit(2);
  }
  try {
    console.log(oktaStackNames(resolve(dir), side).join('\n'));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
