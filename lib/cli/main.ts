// The `blueprint` command line: parses arguments (commander) and dispatches to commands.
// Exit codes: 0 success, 1 invalid config (or a failed check), 2 usage error.
// Each command's module is imported inside its action, so `--help` and `validate` never load
// the engines (aws-cdk-lib, Pulumi, the AWS and Okta SDKs) that only `plan` and the
// lifecycle commands need; test/cli/lazy-commands.test.ts holds this. `require`, not `import()`:
// jest and the tsx fallback run this file as CommonJS, and esbuild bundles a `require` lazily.
import { Argument, Command, CommanderError, Option } from '@commander-js/extra-typings';
import { REPORT_FORMATS } from '../report/render/report-formats';
import { REPORT_KINDS } from '../report/report';
import { EXIT, type Io, processIo, UsageError } from './io';

export function buildProgram(io: Io, setExit: (code: number | Promise<number>) => void): Command {
  const program = new Command('blueprint')
    .description(
      "Your organisation's IT and security program as code: validate, plan and review the org in config/.",
    )
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  const configOption = () => new Option('--config <dir>', 'the config folder').default('config');

  program
    .command('validate')
    .description(
      'check the config: every error at once, with file:line:col and a fix (exit 0 valid, 1 invalid)',
    )
    .addOption(configOption())
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'),
    )
    .action((opts) => {
      const { runValidate }: typeof import('./commands/validate') = require('./commands/validate');
      setExit(runValidate(opts, io));
    });

  program
    .command('plan')
    .description(
      'validate, then write what each side (IT, security) deploys to --out and summarize it; with --base, the review of a change',
    )
    .addOption(configOption())
    .addOption(new Option('--out <dir>', 'where plan artifacts are written').default('plan'))
    .option(
      '--base <ref>',
      'compare with the config at this git ref (e.g. origin/main): access, AWS and Okta diffs, approvals',
    )
    .addOption(
      new Option('--format <format>', 'output format with --base')
        .choices(['text', 'markdown', 'json'])
        .default('text'),
    )
    .option(
      '--access-only',
      'with --base: only the model-level access diff and approvals (fast, for big orgs)',
    )
    .option(
      '--acknowledge <reason>',
      'with --base: acknowledge a blast radius over the guardrail limit (shown to reviewers)',
    )
    .action((opts) => {
      const { runPlan }: typeof import('./commands/plan') = require('./commands/plan');
      setExit(runPlan(opts, io));
    });

  program
    .command('codeowners')
    .description('write .github/CODEOWNERS from the teams in config/org.yaml (--check: exit 1 when stale)')
    .addOption(configOption())
    .option('--check', 'only check that the committed file is up to date')
    .action((opts) => {
      const { runCodeowners }: typeof import('./commands/codeowners') = require('./commands/codeowners');
      setExit(runCodeowners(opts, io));
    });

  program
    .command('check-approvals')
    .description(
      "the PR's required check: exit 1 until every approval the plan demands is given on the head commit by a member of that team (GitHub API; GITHUB_TOKEN)",
    )
    .option('--plan <file>', 'the plan written by `plan --base`', 'plan/plan.json')
    .requiredOption('--repo <owner/name>', 'the repository, e.g. acme/org-blueprint')
    .requiredOption('--pr <number>', 'the pull request number')
    .option('--head <sha>', 'the head commit the plan was made for; fails when the PR has moved on')
    .action((opts) => {
      const {
        runCheckApprovals,
      }: typeof import('./commands/check-approvals') = require('./commands/check-approvals');
      setExit(runCheckApprovals(opts, io));
    });

  program
    .command('github-settings')
    .description(
      "the GitHub settings the review depends on: main's ruleset (json: the body for `gh api repos/OWNER/NAME/rulesets --input -`) and the deploy environments",
    )
    .addOption(configOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts) => {
      const {
        runGithubSettings,
      }: typeof import('./commands/github-settings') = require('./commands/github-settings');
      setExit(runGithubSettings(opts, io));
    });

  program
    .command('init')
    .description(
      'write a starter config for a new organisation (prompts in a terminal when flags are missing)',
    )
    .argument('<dir>', 'the folder to create, e.g. config')
    .option('--name <name>', 'organisation name, e.g. "Globex"')
    .option('--domain <domain>', 'email domain, e.g. globex.com')
    .option(
      '--teams <ids>',
      'comma-separated team ids; "security" is the security side, the rest IT',
      'it,security',
    )
    .option(
      '--accounts <list>',
      'comma-separated AWS accounts as id=12-digit-account-id (management, log-archive and audit are always created)',
    )
    .action((dir, opts) => {
      const { runInit }: typeof import('./commands/init') = require('./commands/init');
      setExit(runInit({ dir, ...opts }, io));
    });

  program
    .command('guardrails')
    .description('list the guardrail rules with the severity in effect, what each checks and why')
    .addOption(configOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts) => {
      const { runListGuardrails }: typeof import('./commands/guardrails') = require('./commands/guardrails');
      setExit(runListGuardrails(opts, io));
    });

  program
    .command('report')
    .description(
      'write a report from the config: access review, control matrix, who owns what, vendor reviews',
    )
    .addArgument(new Argument('<kind>', 'which report').choices(REPORT_KINDS))
    .addOption(configOption())
    .addOption(
      new Option(
        '--format <format>',
        "output format (default: from --out's extension, else markdown)",
      ).choices(REPORT_FORMATS),
    )
    .option('--out <file>', 'write the report to this file instead of stdout')
    .action((kind, opts) => {
      const { runReport }: typeof import('./commands/report') = require('./commands/report');
      setExit(runReport(kind, opts, io));
    });

  program
    .command('offboard')
    .description(
      'offboard a leaver now, step by step against Okta (suspend, sign out, revoke, remove access; deactivate after the grace period)',
    )
    .argument('<person>', 'a person id (or email) from config/it/people.yaml')
    .addOption(configOption())
    .option('--dry-run', 'print each step and the calls it would make; needs no credentials')
    .option('--now', 'an emergency: offboard today even if people.yaml gives a later (or no) last day')
    .action((person, opts) => {
      const { runOffboard }: typeof import('./commands/offboard') = require('./commands/offboard');
      setExit(runOffboard({ person, ...opts }, io));
    });

  program
    .command('elevate')
    .description(
      'break-glass: open a time-bound elevation into a privileged group, or confirm one (a second approver); it ends on the minute',
    )
    .argument('[person]', 'a person id from config/it/people.yaml')
    .argument('[group]', 'a privileged group id from config/security/privileged.yaml')
    .addOption(configOption())
    .option('--for <duration>', 'how long, from the confirmation: an ISO-8601 duration, e.g. PT1H')
    .option('--reason <text>', 'why (an incident or ticket is best)')
    .option('--confirm <request>', 'confirm a request another approver opened')
    .option(
      '--as <person>',
      'who you are: a member of guardrails.privilegedAccess.elevationApprovers (default BLUEPRINT_ACTOR)',
    )
    .option(
      '--write',
      'with --confirm: write the privileged.yaml entry to the working tree instead of committing it to the branch break-glass/REQUEST',
    )
    .option('--from <ref>', 'with --confirm: the commit the break-glass branch starts from (default HEAD)')
    .action((person, group, opts) => {
      const { runElevate }: typeof import('./commands/elevate') = require('./commands/elevate');
      setExit(runElevate({ ...(person ? { person } : {}), ...(group ? { group } : {}), ...opts }, io));
    });

  program
    .command('onboard')
    .description('onboard a joiner: activate on the start date, verify their groups, tell the manager')
    .argument('<person>', 'a person id (or email) from config/it/people.yaml')
    .addOption(configOption())
    .option('--dry-run', 'print each step and the calls it would make; needs no credentials')
    .action((person, opts) => {
      const { runOnboard }: typeof import('./commands/onboard') = require('./commands/onboard');
      setExit(runOnboard({ person, ...opts }, io));
    });

  program
    .command('okta-admin-setup')
    .description(
      "print the Okta API calls that scope IT's Okta credentials to IT's users, groups and apps (run by Security)",
    )
    .addOption(configOption())
    .addOption(new Option('--format <format>', 'output format').choices(['script', 'json']).default('script'))
    .action((opts) => {
      const {
        runOktaAdminSetup,
      }: typeof import('./commands/okta-admin-setup') = require('./commands/okta-admin-setup');
      setExit(runOktaAdminSetup(opts, io));
    });

  program
    .command('okta-stacks')
    .description(
      "list a side's Okta (Pulumi) stacks, one per line in deploy order: it and its it-people-<n> shards, or security (exit 1 when the config is invalid)",
    )
    .addArgument(new Argument('<side>', 'which side').choices(['it', 'security'] as const))
    .addOption(configOption())
    .action((side, opts) => {
      const { runOktaStacks }: typeof import('./commands/okta-stacks') = require('./commands/okta-stacks');
      setExit(runOktaStacks(side, opts, io));
    });

  const importCommand = program
    .command('import')
    .description(
      'adopt what already exists into config: read it, write config with TODOs and the ids the first deploy adopts',
    );
  importCommand
    .command('okta')
    .description(
      'read an Okta org (read-only scopes; OKTA_ORG_URL and OKTA_CLIENT_ID/OKTA_PRIVATE_KEY or OKTA_API_TOKEN) into --out: people, groups, apps, admin roles, the log stream, with Pulumi import files',
    )
    .requiredOption(
      '--out <dir>',
      'the config folder to write (a new one, or one `blueprint init` or `import aws` wrote)',
    )
    .option('--dry-run', 'read and print the summary; write nothing')
    .action((opts) => {
      const { runImportOkta }: typeof import('./commands/import') = require('./commands/import');
      setExit(runImportOkta(opts, io));
    });
  importCommand
    .command('aws')
    .description(
      'read Identity Center (permission sets, assignments) and the organization (accounts, OUs) into --out, with the ids `cdk import` adopts',
    )
    .requiredOption('--out <dir>', 'the config folder to write, e.g. config')
    .option('--region <region>', 'the region Identity Center is enabled in (default: AWS_REGION)')
    .option('--adopt-dir <dir>', 'where the adoption ids and cdk import mappings are written', 'adopt')
    .option('--mapping-only', 'only rewrite the cdk import mappings from the ids file (no AWS call)')
    .action((opts) => {
      const { runImportAws }: typeof import('./commands/import-aws') = require('./commands/import-aws');
      setExit(runImportAws(opts, io));
    });

  return program;
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let result: number | Promise<number> = EXIT.ok;
  const program = buildProgram(io, (code) => {
    result = code;
  });
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return await result;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
        ? EXIT.ok
        : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
