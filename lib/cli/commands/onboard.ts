// `blueprint onboard PERSON [--dry-run]`: the onboarding workflow's steps run directly
// against Okta: activate on the start date, verify the rule groups landed, tell the
// manager. --dry-run needs no credentials.
import { connectFromEnvironment } from '../../lifecycle/connect-from-environment';
import { findPerson, UnknownPersonError } from '../../lifecycle/find-person';
import { UnknownOktaUserError } from '../../lifecycle/okta/okta-errors';
import { describeOnboarding } from '../../lifecycle/onboarding/describe-onboarding';
import { runOnboardingStep } from '../../lifecycle/onboarding/onboard-person';
import { openOnboardingCase } from '../../lifecycle/onboarding/onboarding-case';
import { ONBOARDING } from '../../lifecycle/onboarding/onboarding-steps';
import { today as todayOf } from '../config-folder';
import { EXIT, type Io } from '../io';
import { type Connect, connectOrExplain, loadDirectory, stepLine } from './offboard';

export interface OnboardOptions {
  readonly person: string;
  readonly config: string;
  readonly dryRun?: boolean;
}

export async function runOnboard(options: OnboardOptions, io: Io, connect: Connect = connectFromEnvironment) {
  const today = todayOf(io);
  const directory = loadDirectory(options.config, io, today);
  if (!directory) return EXIT.invalid;
  try {
    const person = findPerson(directory, options.person);
    if (options.dryRun) {
      io.out(`${describeOnboarding(directory, person, today).join('\n')}\n`);
      io.out('Run it without --dry-run, with OKTA_CLIENT_ID and OKTA_PRIVATE_KEY (or OKTA_API_TOKEN) set.\n');
      return EXIT.ok;
    }
    const { deps, auditTrail } = connectOrExplain(connect, io, directory);
    const kase = await openOnboardingCase(deps.okta, directory, {
      person: person.id,
      actor: `cli:${io.env.USER ?? 'unknown'}`,
    });
    io.out(`Onboarding ${person.id} (${person.email}, Okta user ${kase.userId}): case ${kase.caseId}\n`);
    for (const step of ONBOARDING) {
      try {
        io.out(stepLine(await runOnboardingStep(deps, kase, step.name, today)));
      } catch (error) {
        io.out(`  ✗ ${step.name.padEnd(15)} failed: ${(error as Error).message}\n`);
        io.err(
          `error: onboarding stopped at ${step.name}. The steps before it are done and recorded in ${auditTrail}; run the same command again once the cause is fixed.\n`,
        );
        return EXIT.invalid;
      }
    }
    io.out(`Audit trail: ${auditTrail}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UnknownPersonError || error instanceof UnknownOktaUserError) {
      io.err(`error: ${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  }
}
