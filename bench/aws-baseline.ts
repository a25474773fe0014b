// `npx tsx bench/aws-baseline.ts`: the AWS baseline of the example org (or of the config
// folder given) against the benchmarks it is audited on, as markdown tables: CIS AWS
// Foundations v3.0.0 section 4 (Monitoring) and AWS's SCP examples, service by service, with
// the IAM policy simulator. The same checks are tests: test/aws/cis-monitoring-benchmark.test.ts
// and test/aws/scp-example-coverage.test.ts.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { orgSlug } from '../lib/aws/org-naming';
import { allowedRegions, GLOBAL_SERVICE_ACTIONS } from '../lib/aws/region-deny';
import { today } from '../lib/model/calendar-date';
import { checkOrg } from '../lib/policy/check-org';
import { buildApp } from '../stacks/app';
import { cisMonitoringRows, type TemplateJson } from './aws-baseline/cis-monitoring';
import { scpExampleCoverage, scpRegionExample } from './aws-baseline/scp-coverage';
import { decideUnderScps, type PolicyJson } from './aws-baseline/scp-simulation';

const table = (header: string[], rows: string[][]) =>
  [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');

async function main() {
  const dir = resolve(process.argv[2] ?? join(__dirname, '..', 'config'));
  const checked = checkOrg(dir, { today: process.env.BLUEPRINT_TODAY ?? today() });
  if (!checked.ok || !checked.model) throw new Error(`config in ${dir} is invalid: run blueprint validate`);
  const model = checked.model;
  const outdir = mkdtempSync(join(tmpdir(), 'blueprint-aws-baseline-'));
  try {
    const assembly = buildApp(model, { outdir, validation: false }).app.synth();
    const template = (name: string) =>
      assembly.getStackByName(`${orgSlug(model)}-${name}`).template as TemplateJson;

    const cis = cisMonitoringRows(
      template('security-org-trail'),
      template(`security-detection-${model.aws.homeRegion}`),
    );
    const filters = cis.filter((r) => r.benchmarkEvents !== undefined);
    console.log('### CIS AWS Foundations v3.0.0, section 4 (Monitoring)\n');
    console.log(
      table(
        ['CIS', 'recommendation', 'implemented by', 'events (CIS / ours)', 'met', 'notes'],
        cis.map((r) => [
          r.cis,
          r.title,
          `\`${r.implementedBy}\``,
          r.benchmarkEvents === undefined ? '-' : `${r.benchmarkEvents} / ${r.ourEvents}`,
          r.met ? 'yes' : 'no',
          r.notes,
        ]),
      ),
    );
    console.log(
      `\n${cis.filter((r) => r.met).length} of ${cis.length} met; metric filters ${filters.filter((r) => r.met).length} of ${filters.length}.\n`,
    );

    const org = template('security-organization');
    const scps = Object.values(org.Resources ?? {})
      .filter((r) => r.Type === 'AWS::Organizations::Policy')
      .map((r) => ({ Version: '2012-10-17', ...(r.Properties!.Content as PolicyJson) }));
    const management = model.aws.accounts.find((a) => a.role === 'management')!.accountId;
    const member = model.aws.accounts.find((a) => a.role === 'workload')?.accountId ?? '444444444444';
    const coverage = await scpExampleCoverage(scps, model, { management, member });
    console.log("### SCPs against AWS's examples (aws-samples/service-control-policy-examples)\n");
    console.log(
      table(
        ['service', 'example', 'actions denied', 'not denied', 'denied to Security’s deploy role too'],
        coverage.map((r) => [
          r.service,
          `\`${r.file.split('/').pop()}\``,
          `${r.actions - r.notDenied.length} of ${r.actions}`,
          r.notDenied.join(', ') || '-',
          r.deniedToSecurity.length ? String(r.deniedToSecurity.length) : '-',
        ]),
      ),
    );
    const total = coverage.reduce((n, r) => n + r.actions, 0);
    const denied = coverage.reduce((n, r) => n + r.actions - r.notDenied.length, 0);
    console.log(
      `\n${denied} of ${total} actions denied to a member-account administrator, in ${scps.length} SCPs.`,
    );

    const example = scpRegionExample();
    const same = isDeepStrictEqual([...GLOBAL_SERVICE_ACTIONS].sort(), [...example.notAction].sort());
    const principal = `arn:aws:iam::${member}:role/workload-administrator`;
    const run = (region: string) =>
      decideUnderScps(scps, {
        principal,
        action: 'ec2:RunInstances',
        resource: `arn:aws:ec2:${region}:${member}:instance/*`,
        region,
      });
    const outside = 'ap-southeast-2';
    console.log(
      `\nRegion deny (\`${example.file.split('/').pop()}\`): allowed ${allowedRegions(model).join(', ')}; ` +
        `global-service exemptions ${same ? 'identical to' : 'DIFFERENT from'} AWS's (${GLOBAL_SERVICE_ACTIONS.length}); ` +
        `ec2:RunInstances in ${outside}: ${await run(outside)}, in ${model.aws.homeRegion}: ${await run(model.aws.homeRegion)}.`,
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
