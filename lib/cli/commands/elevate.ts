// `blueprint elevate PERSON GROUP --for PT1H --reason TEXT --as ME` opens a break-glass
// request; `blueprint elevate --confirm REQUEST --as ME` (a second, different member of the
// approvers group, guardrails.privilegedAccess.elevationApprovers) confirms it: the person is
// added to the Okta group at once, its end is scheduled on the minute, Security is alerted,
// and the matching privileged.yaml entry is committed to a branch `break-glass/<request>`
// (git plumbing: the user's working tree, index and HEAD stay as they are; run again, the
// branch is found and left alone), with how to open its pull request: the review happens
// after the fact. Outside a git repository the entry is printed as a patch; --write writes
// it to the working tree instead.
// Requests and every step are kept in the lifecycle's audit trail (BLUEPRINT_AUDIT_TABLE, or
// the local file), like offboarding's.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbAuditStore } from '../../lifecycle/audit/dynamodb-audit-store';
import { FileAuditStore } from '../../lifecycle/audit/file-audit-store';
import { systemClock } from '../../lifecycle/clock';
import {
  type BreakGlassDeps,
  BreakGlassRefusedError,
  confirmElevation,
  findRequest,
  requestElevation,
} from '../../lifecycle/elevation/break-glass';
import { elevationPatch } from '../../lifecycle/elevation/elevation-patch';
import { ApiExpiryScheduler } from '../../lifecycle/elevation/scheduler-api';
import { signedAwsRequester } from '../../lifecycle/handlers/signed-aws-request';
import { lifecycleDirectory } from '../../lifecycle/lifecycle-directory';
import { SesNotifier } from '../../lifecycle/notify/ses-notifier';
import { createOktaClient } from '../../lifecycle/okta/create-okta-client';
import { oktaCredentialsFromEnv } from '../../lifecycle/okta/okta-credentials';
import { SdkOktaDirectory } from '../../lifecycle/okta/sdk-okta-directory';
import { durationSeconds } from '../../model/duration';
import { describeExpiry } from '../../model/elevation';
import { formatInstant } from '../../model/instant';
import type { OrgModel } from '../../model/org-model';
import { orgSlug } from '../../model/org-slug';
import { CONFIG_FILES } from '../../model/schema/files';
import { GitError } from '../../review/git-error';
import { type BranchCommit, commitToBranch } from '../break-glass-branch';
import { checkConfig, displayDir } from '../config-folder';
import { EXIT, type Io, UsageError } from '../io';
import { renderDiagnostics, summaryLine } from '../render-diagnostics';
import { stepLine } from '../step-line';

export interface ElevateOptions {
  readonly person?: string;
  readonly group?: string;
  readonly for?: string;
  readonly reason?: string;
  readonly confirm?: string;
  /** Who runs it: a person id of the approvers group (else BLUEPRINT_ACTOR). */
  readonly as?: string;
  readonly write?: boolean;
  /** With --confirm: the commit the break-glass branch starts from (default HEAD). */
  readonly from?: string;
  readonly config: string;
}

export interface ElevateConnection {
  readonly deps: BreakGlassDeps;
  readonly auditTrail: string;
}

export type ElevateConnect = (env: NodeJS.ProcessEnv, model: OrgModel, cwd: string) => ElevateConnection;

const slug = orgSlug;

/**
 * Okta, the audit trail and email from the environment, as offboarding reads them, and
 * Scheduler through its API. Built here rather than through the offboarding connector
 * (connect-from-environment.ts, IT's): what this command loads runs with Security's Okta
 * credential, so it is all Security's (test/review/codeowners.test.ts).
 */
export const connectElevation: ElevateConnect = (env, model, cwd) => {
  const directory = lifecycleDirectory(model);
  const clock = systemClock;
  const account = model.aws.accounts.find((a) => a.role === 'management')!.accountId;
  const region = model.aws.homeRegion;
  const awsRegion = env.AWS_REGION ?? directory.region;
  const prefix = `${slug(model)}-security-elevation`;
  const table = env.BLUEPRINT_AUDIT_TABLE;
  const auditFile = join(cwd, '.blueprint', 'audit.jsonl');
  const credentials = oktaCredentialsFromEnv(env, directory.oktaOrgUrl);
  return {
    auditTrail: table ? `DynamoDB table ${table}` : auditFile,
    deps: {
      okta: new SdkOktaDirectory(createOktaClient(credentials, { clock }), clock),
      notifier: new SesNotifier(new SESv2Client({ region: awsRegion }), directory.sender),
      audit: table
        ? new DynamoDbAuditStore(
            DynamoDBDocumentClient.from(new DynamoDBClient({ region: awsRegion })),
            table,
          )
        : new FileAuditStore(auditFile),
      clock,
      scheduler: new ApiExpiryScheduler(signedAwsRequester(), region, {
        functionArn: `arn:aws:lambda:${region}:${account}:function:${prefix}-expiry`,
        roleArn: `arn:aws:iam::${account}:role/${prefix}-scheduler`,
        deadLetterArn: `arn:aws:sqs:${region}:${account}:${prefix}-dead-letters`,
      }),
    },
  };
};

export async function runElevate(
  options: ElevateOptions,
  io: Io,
  connect: ElevateConnect = connectElevation,
) {
  const checked = checkConfig(io, options.config);
  if (!checked.ok || !checked.model) {
    io.err(renderDiagnostics(checked.diagnostics, 'text'));
    io.err(`✗ config is invalid: ${summaryLine(checked.diagnostics)}; nothing was changed\n`);
    return EXIT.invalid;
  }
  const model = checked.model;
  const approversId = model.guardrails.privilegedAccess.elevationApprovers;
  const approvers = model.groups.find((g) => g.id === approversId && g.privileged);
  if (!approvers)
    throw new UsageError(
      approversId === undefined
        ? 'break-glass needs approvers: set guardrails.privilegedAccess.elevationApprovers to a privileged group in config/security/guardrails.yaml'
        : `guardrails.privilegedAccess.elevationApprovers names "${approversId}", which is not a privileged group`,
    );
  const actor = options.as ?? io.env.BLUEPRINT_ACTOR;
  if (!actor)
    throw new UsageError('say who you are: --as PERSON (or BLUEPRINT_ACTOR), a member of the approvers');
  if (!approvers.members.some((m) => m.person === actor))
    throw new UsageError(
      `${actor} is not a member of ${approvers.id}: only its members open and confirm break-glass elevations`,
    );
  const { deps, auditTrail } = connect(io.env, model, io.cwd);
  try {
    return options.confirm
      ? await confirm(options, options.confirm, actor, model, deps, auditTrail, io)
      : await open(options, actor, model, deps, auditTrail, io);
  } catch (error) {
    if (!(error instanceof BreakGlassRefusedError)) throw error;
    io.err(`error: ${error.message}\n`);
    return EXIT.invalid;
  }
}

async function open(
  options: ElevateOptions,
  actor: string,
  model: OrgModel,
  deps: BreakGlassDeps,
  auditTrail: string,
  io: Io,
) {
  const { person, group, reason } = options;
  const duration = options.for;
  if (!person || !group || !duration || !reason)
    throw new UsageError('blueprint elevate PERSON GROUP --for PT1H --reason TEXT (or --confirm REQUEST)');
  const who = model.people.find((p) => p.id === person);
  if (who?.status !== 'active') throw new UsageError(`"${person}" is not an active person in people.yaml`);
  const target = model.groups.find((g) => g.id === group);
  if (!target?.privileged || target.side !== 'security')
    throw new UsageError(`"${group}" is not a privileged group of config/security/privileged.yaml`);
  const seconds = durationSeconds(duration) ?? 0;
  const max = model.guardrails.privilegedAccess.maxElevation;
  if (seconds <= 0) throw new UsageError(`--for takes an ISO-8601 duration, e.g. PT1H; got "${duration}"`);
  if (seconds > durationSeconds(max)!)
    throw new UsageError(`--for ${duration} is longer than the ${max} maxElevation in guardrails.yaml`);
  const request = await requestElevation(deps, {
    person,
    group,
    for: duration,
    forSeconds: seconds,
    reason,
    requestedBy: actor,
  });
  io.out(
    [
      `Break-glass request ${request.id}: ${person} in ${group} for ${duration} (${reason}), opened by ${actor}.`,
      `A second member of ${model.guardrails.privilegedAccess.elevationApprovers} confirms it (the clock starts then):`,
      `  blueprint elevate --confirm ${request.id} --as THEIR-ID`,
      `Audit trail: ${auditTrail}`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

async function confirm(
  options: ElevateOptions,
  id: string,
  actor: string,
  model: OrgModel,
  deps: BreakGlassDeps,
  auditTrail: string,
  io: Io,
) {
  const found = await findRequest(deps.audit, id);
  if (!found) throw new BreakGlassRefusedError(`no break-glass request "${id}" in ${auditTrail}`);
  const { request } = found;
  const person = model.people.find((p) => p.id === request.person)!;
  const group = model.groups.find((g) => g.id === request.group)!;
  const security = model.teams.find((t) => t.side === 'security')!;
  const prefix = `${slug(model)}-security-breakglass`;
  const done = await confirmElevation(deps, id, actor, {
    login: person.email,
    groupName: group.name,
    permissionSets: [
      ...new Set(model.grants.filter((g) => g.group === group.id).map((g) => g.permissionSet)),
    ].sort(),
    securityEmail: security.email,
    scheduleName: (expiry) =>
      `${prefix}-${createHash('sha256').update(`${expiry.key}@${expiry.expiresAt}`).digest('hex').slice(0, 16)}`,
  });
  io.out(
    `Break-glass ${id}: ${request.person} in ${request.group}, confirmed by ${done.confirmedBy}; ${describeExpiry(done.expiresAt, formatInstant(deps.clock.now()))}\n`,
  );
  for (const step of done.steps) io.out(stepLine(step));
  io.out(`Audit trail: ${auditTrail}\n`);
  const relPath = CONFIG_FILES.privileged.path;
  const path = resolve(io.cwd, options.config, relPath);
  const entry = {
    person: request.person,
    group: request.group,
    until: done.expiresAt,
    reason: `${request.reason} (break-glass ${id}, requested by ${request.requestedBy})`,
    approvedBy: done.confirmedBy,
  };
  const file = `${displayDir(io, options.config)}/${relPath}`;
  const patch = elevationPatch(file, readFileSync(path, 'utf8'), entry);
  const repo = options.write ? undefined : trackedIn(path, io.env);
  if (repo) {
    const until = `${done.expiresAt.slice(0, 16)}Z`;
    let made: BranchCommit | undefined;
    try {
      made = commitToBranch({
        top: repo.top,
        base: options.from ?? 'HEAD',
        path: repo.path,
        edit: (before) => elevationPatch(file, before, entry).after,
        branch: `break-glass/${id}`,
        message: [
          `Break-glass ${id}: ${request.person} in ${request.group} until ${until}`,
          '',
          `Requested by ${request.requestedBy} at ${request.requestedAt}, confirmed by ${done.confirmedBy} at ${done.start}: ${request.reason}.`,
          `Granted at once and ended on the minute by the platform (audit case break-glass/${id});`,
          "this records it in the config for Security's review after the fact.",
          '',
        ].join('\n'),
        env: { ...process.env, ...io.env },
      });
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      io.err(
        `warning: could not commit the entry to break-glass/${id} (${error.message}); here it is as a patch\n`,
      );
    }
    if (made) {
      io.out(branchLines(made, model, request, until));
      return EXIT.ok;
    }
  }
  if (options.write) {
    writeFileSync(path, patch.after);
    io.out(
      `\nWrote the entry to ${patch.file}: commit it on a branch and open the pull request for Security's review.\n`,
    );
  } else
    io.out(
      `\nThe config change, for the review after the fact (save it and \`git apply\` it on a branch, then open the pull request):\n\n${patch.patch}`,
    );
  return EXIT.ok;
}

/** The repository root and the file's path in it, when git tracks the file; else undefined (the patch is printed). */
function trackedIn(path: string, env: NodeJS.ProcessEnv): { top: string; path: string } | undefined {
  const git = (args: string[], cwd: string) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  try {
    const top = git(['rev-parse', '--show-toplevel'], resolve(path, '..'));
    const rel = relative(top, realpathSync(path)).split('\\').join('/');
    return git(['ls-files', '--', rel], top) === '' ? undefined : { top, path: rel };
  } catch {
    return undefined;
  }
}

function branchLines(
  made: BranchCommit,
  model: OrgModel,
  request: { readonly person: string; readonly group: string },
  until: string,
): string {
  const short = (sha: string) => sha.slice(0, 12);
  const title = `Break-glass ${made.branch.split('/')[1]}: ${request.person} in ${request.group} until ${until}`;
  const repository = model.github?.repository;
  return [
    '',
    made.outcome === 'created'
      ? `Committed the entry to the branch ${made.branch} (${short(made.commit)}, on ${short(made.base)}); your working tree, index and HEAD are as they were.`
      : `The branch ${made.branch} already holds it (${short(made.commit)}, on ${short(made.base)}): left as it is.`,
    "Open the pull request for Security's review after the fact:",
    `  git push origin ${made.branch}`,
    `  gh pr create --head ${made.branch} --title ${JSON.stringify(title)} --fill`,
    ...(repository ? [`  (or https://github.com/${repository}/compare/${made.branch}?expand=1)`] : []),
    '',
  ].join('\n');
}
