// .github/CODEOWNERS generated from the teams in config/org.yaml. Security owns everything by
// default; IT's carve-out is its config and the code that cannot change privilege.
import type { OrgModel, Team } from '../model/org-model';

export const CODEOWNERS_PATH = '.github/CODEOWNERS';

/** The team accountable for a side: the owner of its defining function, else its first team. */
export function sideTeam(model: OrgModel, side: 'it' | 'security'): Team {
  const fn = side === 'it' ? 'access-management' : 'risk-management';
  const named = model.teams.find((t) => t.id === model.functions[fn] && t.side === side);
  return named ?? model.teams.find((t) => t.side === side)!;
}

const handle = (team: Team) => `@${team.github}`;

/**
 * The lifecycle modules the review itself loads (lib/aws imports them to build the state
 * machines and the Lambda environment, so they run inside `blueprint plan` and `cdk synth`).
 * Code that runs in the process computing the plan can rewrite the plan, so these are
 * Security's although they sit in IT's folder. test/review/codeowners.test.ts recomputes
 * this list from the import graph and fails when it is out of date.
 */
export const REVIEW_LOADED_LIFECYCLE_MODULES: readonly string[] = [
  '/lib/lifecycle/handlers/lambda-env.ts',
  '/lib/lifecycle/handlers/task-names.ts',
  '/lib/lifecycle/handlers/task-routing.ts',
  '/lib/lifecycle/lifecycle-directory.ts',
  '/lib/lifecycle/okta/okta-errors.ts',
];

/**
 * The CODEOWNERS pattern giving a review-loaded module back to Security: every name that can
 * stand for its import specifier, not only the `.ts` file. esbuild (which builds dist/cdk.cjs
 * and dist/blueprint.cjs on `npm ci`) resolves `./task-routing` to an extensionless
 * `task-routing` or a `task-routing.tsx` before `task-routing.ts`: were those IT's, IT's code
 * would run in the plan and in Security's deploy job.
 */
export const moduleNamesPattern = (module: string) => `${module.replace(/\.ts$/, '')}*`;

/**
 * The runtime of privileged access that sits in the lifecycle folder (it uses the lifecycle's
 * Okta client, audit trail and makeChange): elevation expiry and break-glass, and the Lambda
 * handler Security's stack runs them in. Security owns privileged access, so Security owns these.
 */
export const SECURITY_LIFECYCLE_MODULES: readonly string[] = [
  '/lib/lifecycle/elevation/',
  '/lib/lifecycle/handlers/elevation-expiry.ts',
  '/test/lifecycle/elevation/',
];

/**
 * The lifecycle modules that run with Security's credentials: break-glass (`blueprint elevate`,
 * Security's Okta service app, which manages privileged groups, and Scheduler with
 * iam:PassRole) and Security's expiry function use the lifecycle's Okta client, audit trail,
 * makeChange, Identity Store and email clients. IT's code running there could act with, or hand
 * out, what IT's own scoped credentials lack, so these are Security's, and IT's lifecycle, which
 * shares them, needs Security to change them. test/review/codeowners.test.ts recomputes this
 * list from the import graph of Security's credentialed entry points.
 */
export const SECURITY_CREDENTIAL_LIFECYCLE_MODULES: readonly string[] = [
  '/lib/lifecycle/audit/audit-store.ts',
  '/lib/lifecycle/audit/dynamodb-audit-store.ts',
  '/lib/lifecycle/audit/file-audit-store.ts',
  '/lib/lifecycle/audited-step.ts',
  '/lib/lifecycle/aws-access/identity-center-groups.ts',
  '/lib/lifecycle/aws-access/identity-store-access-denial.ts',
  '/lib/lifecycle/aws-access/session-revocation.ts',
  '/lib/lifecycle/clock.ts',
  '/lib/lifecycle/handlers/invoke-function.ts',
  '/lib/lifecycle/handlers/signed-aws-request.ts',
  '/lib/lifecycle/lifecycle-step.ts',
  '/lib/lifecycle/notify/ses-notifier.ts',
  '/lib/lifecycle/offboarding/end-date-patch.ts',
  '/lib/lifecycle/offboarding/make-change.ts',
  '/lib/lifecycle/okta/create-okta-client.ts',
  '/lib/lifecycle/okta/okta-call-tracker.ts',
  '/lib/lifecycle/okta/okta-credentials.ts',
  '/lib/lifecycle/okta/retry-policy.ts',
  '/lib/lifecycle/okta/retrying-request-executor.ts',
  '/lib/lifecycle/okta/sdk-okta-directory.ts',
];

/**
 * [pattern, owning side] in CODEOWNERS order: later lines win.
 * - `*`: Security by default, so a new file (and everything that decides the review: lib/review,
 *   lib/cli, lib/model, lib/policy, lib/aws, lib/okta, stacks/ — it-stack.ts, access-stacks.ts and
 *   okta-it.ts declare IAM and Okta resources —, bin/, .github/, .ci/, package*.json, tsconfig,
 *   jest and biome config, and the tests that pin the review) needs Security.
 * - `/config/it/`: IT's config is data; what in it carries privilege is routed to Security by
 *   the plan's approvals, whatever the file.
 * - the TypeScript of `/lib/lifecycle/` and its tests: the joiner/mover/leaver runtime runs only
 *   with IT's credentials and cannot change privilege by itself: its Lambdas' IAM is declared in
 *   lib/aws (Security's) and IT's Okta credentials are scoped by a Security-owned custom admin role
 *   that excludes privileged groups, admin roles and org-wide policies. Only its `.ts` files: a
 *   tsconfig.json, package.json, .swcrc or .gitattributes there would steer how the Security
 *   modules beside them compile and resolve (esbuild reads the tsconfig.json nearest to each
 *   file, whose `paths` remap package imports), and other file kinds can shadow a module. The
 *   modules the review loads go back to Security (REVIEW_LOADED_LIFECYCLE_MODULES), and so do
 *   those Security's credentials run (SECURITY_CREDENTIAL_LIFECYCLE_MODULES).
 */
export const OWNERSHIP_RULES: readonly (readonly [string, 'it' | 'security'])[] = [
  ['*', 'security'],
  ['/config/it/', 'it'],
  ['/lib/lifecycle/**/*.ts', 'it'],
  ['/test/lifecycle/**/*.ts', 'it'],
  ...REVIEW_LOADED_LIFECYCLE_MODULES.map((path) => [moduleNamesPattern(path), 'security'] as const),
  ...SECURITY_CREDENTIAL_LIFECYCLE_MODULES.map((path) => [moduleNamesPattern(path), 'security'] as const),
  ...SECURITY_LIFECYCLE_MODULES.map(
    (path) => [path.endsWith('/') ? path : moduleNamesPattern(path), 'security'] as const,
  ),
];

export function codeowners(model: OrgModel, configDir = 'config'): string {
  const it = handle(sideTeam(model, 'it'));
  const security = handle(sideTeam(model, 'security'));
  const width = Math.max(...OWNERSHIP_RULES.map(([p]) => p.length)) + 2;
  const lines = OWNERSHIP_RULES.map(([pattern, side]) => {
    const path = pattern.replace(/^\/config\//, `/${configDir}/`);
    // IT's files also list Security, so a guardrail reviewer can always approve them; the plan's
    // approvals (check-approvals) still demand IT's own approval where IT owns the change.
    const owners = side === 'security' ? security : `${it} ${security}`;
    return `${path.padEnd(width)}${owners}`;
  });
  return [
    '# Generated by `blueprint codeowners` from config/org.yaml; do not edit by hand.',
    '# Security owns everything by default; IT owns its config and the lifecycle runtime,',
    "# except the lifecycle modules the review itself loads and those Security's credentials run.",
    ...lines,
    '',
  ].join('\n');
}

/** The side whose CODEOWNERS rule owns a repository path (last matching rule wins). */
export function owningSide(path: string, configDir = 'config'): 'it' | 'security' {
  let side: 'it' | 'security' = 'security';
  for (const [pattern, owner] of OWNERSHIP_RULES) {
    const p = pattern.replace(/^\/config\//, `/${configDir}/`);
    if (matches(p, `/${path}`, owner === 'security')) side = owner;
  }
  return side;
}

// CODEOWNERS (gitignore) matching: a pattern naming a directory owns everything under it; `*`
// matches within one path segment, and `**` between slashes zero or more directories. The plan's
// approvals follow this rather than GitHub's reading, and read Security's patterns broadly
// (`security` true): ignoring case, since on a case-insensitive file system (macOS, Windows, where
// break-glass runs) `okta/Sdk-okta-directory.ts` is the same file as Security's
// `okta/sdk-okta-directory.ts` and git checks out whichever it writes last; and IT's strictly: a
// folder named `x.ts` does not hand IT a tsconfig.json inside it.
function matches(pattern: string, path: string, security: boolean): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('/'))
    return security ? path.toLowerCase().startsWith(pattern.toLowerCase()) : path.startsWith(pattern);
  const source = pattern
    .split('/**/')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
    .join('/(?:.*/)?');
  return new RegExp(`^${source}${security ? '(/|$)' : '$'}`, security ? 'i' : '').test(path);
}
