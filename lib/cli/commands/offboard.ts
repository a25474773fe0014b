// `blueprint offboard PERSON [--dry-run] [--now]`: the offboarding workflow's steps run
// directly against Okta (and AWS), for emergencies and for when the workflow is not
// deployed. --dry-run needs no credentials. One run per person at a time: a second one
// says which case is running since when and changes nothing. A run that stops (Okta down,
// even at the first call) says where and to run it again. A run that changed something
// prints the config change that makes the config say the same (for a pull request), and
// the end date as an exact patch of people.yaml.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Connection, connectFromEnvironment } from '../../lifecycle/connect-from-environment';
import { findPerson, UnknownPersonError } from '../../lifecycle/find-person';
import { CaseAlreadyRunningError } from '../../lifecycle/lease/lease-store';
import { MemoryLeaseStore } from '../../lifecycle/lease/memory-lease-store';
import { type LifecycleDirectory, lifecycleDirectory } from '../../lifecycle/lifecycle-directory';
import { describeOffboarding } from '../../lifecycle/offboarding/describe-offboarding';
import { endDatePatch } from '../../lifecycle/offboarding/end-date-patch';
import { followUpConfigChange } from '../../lifecycle/offboarding/follow-up';
import {
  type OffboardingReport,
  OffboardingStoppedError,
  offboardPerson,
} from '../../lifecycle/offboarding/offboard-person';
import { NotLeavingError } from '../../lifecycle/offboarding/offboarding-case';
import { UnknownOktaUserError } from '../../lifecycle/okta/okta-errors';
import { CONFIG_FILES } from '../../model/schema/files';
import { checkOrg } from '../../policy/check-org';
import { displayDir, today as todayOf } from '../config-folder';
import { EXIT, type Io, UsageError } from '../io';
import { renderDiagnostics, summaryLine } from '../render-diagnostics';
import { stepLine } from '../step-line';

export { stepLine } from '../step-line';

export interface OffboardOptions {
  readonly person: string;
  readonly config: string;
  readonly dryRun?: boolean;
  readonly now?: boolean;
}

/** Leases for a connection that brings none (tests): one set per process. */
const PROCESS_LEASES = new MemoryLeaseStore();

/** How a run reaches Okta and AWS; tests pass their own. */
export type Connect = (env: NodeJS.ProcessEnv, directory: LifecycleDirectory, cwd: string) => Connection;

export async function runOffboard(
  options: OffboardOptions,
  io: Io,
  connect: Connect = connectFromEnvironment,
) {
  const today = todayOf(io);
  const directory = loadDirectory(options.config, io, today);
  if (!directory) return EXIT.invalid;
  try {
    const person = findPerson(directory, options.person);
    if (options.dryRun) {
      io.out(
        `${describeOffboarding(directory, person, { today, ...(options.now ? { now: true } : {}) }).join('\n')}\n`,
      );
      io.out('Run it without --dry-run, with OKTA_CLIENT_ID and OKTA_PRIVATE_KEY (or OKTA_API_TOKEN) set.\n');
      return EXIT.ok;
    }
    const { deps, auditTrail, leases = PROCESS_LEASES } = connectOrExplain(connect, io, directory);
    const actor = `cli:${io.env.USER ?? 'unknown'}`;
    let report: OffboardingReport;
    try {
      report = await offboardPerson(
        deps,
        { person: person.id, today, actor, ...(options.now ? { now: true } : {}) },
        {
          leases,
          holder: `${actor}/${process.pid}/${randomUUID()}`,
          onOpen: (kase) =>
            io.out(
              `Offboarding ${person.id} (${kase.login}, Okta user ${kase.userId}): case ${kase.caseId}\n`,
            ),
          onStep: (step) => io.out(stepLine(step)),
        },
      );
    } catch (error) {
      if (error instanceof CaseAlreadyRunningError) {
        io.err(
          `error: the offboarding of ${person.id} is ${error.message}: nothing was changed. Let that run finish; if it was killed, its lease lapses at ${error.held.expiresAt} and the same command then takes over.\n`,
        );
        return EXIT.invalid;
      }
      if (!(error instanceof OffboardingStoppedError)) throw error;
      const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
      if (error.at === 'open-case') {
        io.err(
          `error: offboarding stopped at open-case (looking up ${person.email} in Okta): ${cause}. Nothing was changed; run the same command again once Okta answers.\n`,
        );
        return EXIT.invalid;
      }
      io.out(`  ✗ ${error.at.padEnd(15)} failed: ${cause}\n`);
      io.err(
        `error: offboarding stopped at ${error.at}. The steps before it are done and recorded in ${auditTrail}; fix the cause and run the same command again: it carries on from the current state.\n`,
      );
      return EXIT.invalid;
    }
    const { kase, steps: reports } = report;
    io.out(`Audit trail: ${auditTrail}\n`);
    if (reports.some((r) => r.outcome === 'changed')) {
      io.out(`\n${followUpConfigChange(directory, person, kase).join('\n')}\n`);
      const patch = peoplePatch(options.config, io, person.id, kase.lastDay);
      if (patch)
        io.out(
          `\nThe end date, as a patch (save it and \`git apply\` it on a branch, then open the pull request):\n\n${patch.patch}`,
        );
    } else io.out('Nothing needed changing: the offboarding was already complete.\n');
    return EXIT.ok;
  } catch (error) {
    if (
      error instanceof UnknownPersonError ||
      error instanceof NotLeavingError ||
      error instanceof UnknownOktaUserError
    ) {
      io.err(`error: ${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  }
}

/** The exact change to people.yaml that records the last day, if it is not recorded yet. */
function peoplePatch(config: string, io: Io, personId: string, lastDay: string) {
  const relPath = CONFIG_FILES.people.path;
  const file = `${displayDir(io, config)}/${relPath}`;
  return endDatePatch(file, readFileSync(resolve(io.cwd, config, relPath), 'utf8'), personId, lastDay);
}

/** The config as the lifecycle runtime sees it; on an invalid config, prints why and returns undefined. */
export function loadDirectory(config: string, io: Io, today: string): LifecycleDirectory | undefined {
  const checked = checkOrg(resolve(io.cwd, config), { display: displayDir(io, config), today });
  if (!checked.ok || !checked.model) {
    io.err(renderDiagnostics(checked.diagnostics, 'text'));
    io.err(`✗ config is invalid: ${summaryLine(checked.diagnostics)}; nothing was changed\n`);
    return undefined;
  }
  return lifecycleDirectory(checked.model);
}

export function connectOrExplain(connect: Connect, io: Io, directory: LifecycleDirectory): Connection {
  try {
    return connect(io.env, directory, io.cwd);
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (or use --dry-run, which needs none)`);
  }
}
