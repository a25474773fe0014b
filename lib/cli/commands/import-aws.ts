// `blueprint import aws --out DIR`: reads Identity Center and the organization (read-only
// calls), writes it/aws-access.yaml, the permission sets and grants of security/privileged.yaml
// and the aws: section of org.yaml into DIR (keeping what is already there), and the ids the
// first deploy adopts instead of creating: --adopt-dir/identity-center-ids.json always, and,
// once DIR validates, one `cdk import --resource-mapping` file per stack and step, with logical
// ids read off the blueprint's own CDK app. `--mapping-only` rewrites the mappings from the ids
// file (no AWS call), after the TODOs are filled. Exit 0 when the import ran, 1 when it could
// not read AWS, 2 on a usage error.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CallStats } from '../../import/aws/aws-calls';
import { readExistingConfig } from '../../import/aws/existing-config';
import type { AdoptionIds } from '../../import/aws/imported-aws';
import type { AwsClients } from '../../import/aws/read-identity-center';
import { summaryLines } from '../../import/aws/summary';
import type { Clock } from '../../lifecycle/clock';
import { checkConfig, displayDir } from '../config-folder';
import { EXIT, type Io, UsageError } from '../io';
import { summaryLine } from '../render-diagnostics';

export interface ImportAwsOptions {
  /** The config folder to write (created when missing). */
  readonly out: string;
  /** Where Identity Center is enabled. @default - AWS_REGION, else AWS_DEFAULT_REGION */
  readonly region?: string;
  /** Where the adoption ids and `cdk import` mappings go. @default "adopt" */
  readonly adoptDir?: string;
  /** Rewrite the mappings from the ids file; no AWS call. */
  readonly mappingOnly?: boolean;
}

export interface ImportAwsDeps {
  /** @default - SDK clients for the region, default credentials, no SDK-level retries */
  readonly clients?: AwsClients;
  /** @default - the system clock */
  readonly clock?: Clock;
  readonly random?: () => number;
}

export const IDS_FILE = 'identity-center-ids.json';
const MAPPING_FILE = /\.(permission-sets|assignments)\.json$/;

export async function runImportAws(
  options: ImportAwsOptions,
  io: Io,
  deps: ImportAwsDeps = {},
): Promise<number> {
  const outDir = resolve(io.cwd, options.out);
  const adoptDir = resolve(io.cwd, options.adoptDir ?? 'adopt');
  const idsPath = join(adoptDir, IDS_FILE);
  let ids: AdoptionIds;
  if (options.mappingOnly) {
    if (!existsSync(idsPath))
      throw new UsageError(
        `${displayDir(io, idsPath)} does not exist: run \`blueprint import aws --out ${options.out}\` first`,
      );
    ids = JSON.parse(readFileSync(idsPath, 'utf8'));
  } else {
    const imported = await importFromAws(options, io, deps, outDir);
    if (!imported) return EXIT.invalid;
    ids = imported;
    mkdirSync(adoptDir, { recursive: true });
    writeFileSync(idsPath, `${JSON.stringify(ids, null, 2)}\n`);
    io.out(`  wrote ${displayDir(io, idsPath)}\n`);
  }
  writeMappings(options, io, ids, adoptDir);
  return EXIT.ok;
}

async function importFromAws(
  options: ImportAwsOptions,
  io: Io,
  deps: ImportAwsDeps,
  outDir: string,
): Promise<AdoptionIds | undefined> {
  const region = options.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
  if (!region)
    throw new UsageError('give --region: the region Identity Center is enabled in (or set AWS_REGION)');
  // Loaded here: `--help` and the other commands never load the AWS SDK.
  const {
    readIdentityCenter,
    ImportReadError,
  }: typeof import('../../import/aws/read-identity-center') = require('../../import/aws/read-identity-center');
  const { toConfig }: typeof import('../../import/aws/to-config') = require('../../import/aws/to-config');
  const {
    writeImportedConfig,
    UnreadableConfigFile,
  }: typeof import('../../import/aws/write-config') = require('../../import/aws/write-config');
  const { systemClock }: typeof import('../../lifecycle/clock') = require('../../lifecycle/clock');
  const stats: CallStats = { calls: 0, retries: 0 };
  let snapshot: Awaited<ReturnType<typeof readIdentityCenter>>;
  try {
    snapshot = await readIdentityCenter(deps.clients ?? sdkClients(region), region, {
      clock: deps.clock ?? systemClock,
      ...(deps.random ? { random: deps.random } : {}),
      stats,
    });
  } catch (error) {
    const e = error as { name?: string; message?: string };
    const why =
      error instanceof ImportReadError ? e.message : `${e.name ?? 'Error'}: ${e.message ?? String(error)}`;
    io.out(
      `✗ could not read Identity Center and the organization in ${region}: ${why}\n  nothing was written\n`,
    );
    return undefined;
  }
  const imported = toConfig(snapshot, readExistingConfig(outDir));
  let files: string[];
  try {
    files = writeImportedConfig(outDir, imported);
  } catch (error) {
    if (!(error instanceof UnreadableConfigFile)) throw error;
    io.out(
      `✗ ${error.message.replace(`${outDir}/`, `${displayDir(io, options.out)}/`)}\n  nothing was written\n`,
    );
    return undefined;
  }
  io.out(
    `Identity Center ${snapshot.instanceArn} (${region}), organization ${snapshot.organization.id}: ${stats.calls} calls, ${stats.retries} retried\n\n`,
  );
  io.out(
    summaryLines(imported)
      .map((l) => `${l}\n`)
      .join(''),
  );
  io.out('\n');
  for (const f of files) io.out(`  wrote ${displayDir(io, join(outDir, f))}\n`);
  return imported.adoption;
}

function sdkClients(region: string): AwsClients {
  const { SSOAdminClient }: typeof import('@aws-sdk/client-sso-admin') = require('@aws-sdk/client-sso-admin');
  const {
    IdentitystoreClient,
  }: typeof import('@aws-sdk/client-identitystore') = require('@aws-sdk/client-identitystore');
  const {
    OrganizationsClient,
  }: typeof import('@aws-sdk/client-organizations') = require('@aws-sdk/client-organizations');
  // maxAttempts 1: the import's own retry policy (lib/import/aws/aws-calls.ts) is the only one.
  return {
    ssoAdmin: new SSOAdminClient({ region, maxAttempts: 1 }),
    identityStore: new IdentitystoreClient({ region, maxAttempts: 1 }),
    // Organizations is a global service served from us-east-1.
    organizations: new OrganizationsClient({ region: 'us-east-1', maxAttempts: 1 }),
  };
}

/** The `cdk import` mappings, once the config validates; else how to get them later. */
function writeMappings(options: ImportAwsOptions, io: Io, ids: AdoptionIds, adoptDir: string): void {
  const checked = checkConfig(io, options.out);
  if (!checked.ok || !checked.model) {
    io.out(
      `\nNo cdk import mappings yet: ${displayDir(io, options.out)} does not validate (${summaryLine(checked.diagnostics)}).\n` +
        `  Fill the TODO(import) comments until \`blueprint validate --config ${options.out}\` passes, then run\n` +
        `  \`blueprint import aws --out ${options.out} --mapping-only\` (reads ${displayDir(io, join(adoptDir, IDS_FILE))}, no AWS call).\n`,
    );
    return;
  }
  const { buildApp }: typeof import('../../../stacks/app') = require('../../../stacks/app');
  const {
    adoptableResources,
  }: typeof import('../../import/aws/cdk-resources') = require('../../import/aws/cdk-resources');
  const {
    resourceMappings,
  }: typeof import('../../import/aws/resource-mapping') = require('../../import/aws/resource-mapping');
  const { app } = buildApp(checked.model, { validation: false });
  const mappings = resourceMappings(adoptableResources(app), ids);
  mkdirSync(adoptDir, { recursive: true });
  // Mappings of stacks that no longer have anything to adopt would read as still to import.
  for (const stale of readdirSync(adoptDir).filter((f) => MAPPING_FILE.test(f)))
    rmSync(join(adoptDir, stale));
  io.out('\ncdk import mappings (README "Adopt an existing Identity Center" says in which order):\n');
  for (const m of mappings) {
    for (const [step, mapping] of [
      ['permission-sets', m.permissionSets],
      ['assignments', m.assignments],
    ] as const) {
      const n = Object.keys(mapping).length;
      if (n === 0) continue;
      const file = join(adoptDir, `${m.stack}.${step}.json`);
      writeFileSync(file, `${JSON.stringify(mapping, null, 2)}\n`);
      io.out(
        `  wrote ${displayDir(io, file)} (${n} ${step === 'assignments' ? 'assignment' : 'permission set'}${n === 1 ? '' : 's'})\n`,
      );
    }
    if (m.created.length)
      io.out(
        `  ${m.stack}: ${m.created.length} not adopted (the deploy creates them): ${m.created.join(', ')}\n`,
      );
  }
}
