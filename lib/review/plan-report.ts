// The plan for a pull request: everything a reviewer needs, computed from the base and head
// models and (unless access-only) both engines' desired state. Pure and deterministic; the
// renderers (text, markdown, json) only format it.
import type { Diagnostic } from '../model/diagnostic';
import type { OrgModel } from '../model/org-model';
import type { Finding } from '../policy/guardrail';
import { type AccessDiff, accessDiff } from './access-diff';
import { type Approval, requiredApprovals } from './approvals';
import { type AwsStackDiff, awsDeletions, awsDiff } from './aws-diff';
import { type BlastRadius, blastRadius } from './blast-radius';
import type { EngineOutputs } from './engine-output-types';
import { type ItemChange, itemChanges } from './item-changes';
import { type OktaStackDiff, oktaDeletions, oktaDiff } from './okta-diff';

export const PLAN_FORMAT_VERSION = 1;

export type { EngineOutputs } from './engine-output-types';

export interface PlanInput {
  readonly base: {
    readonly ref: string;
    readonly commit: string;
    readonly model: OrgModel;
    readonly valid: boolean;
    /**
     * The base's own diagnostics (validation and guardrails), when known: warnings already
     * there are not reported as new.
     */
    readonly diagnostics?: readonly Diagnostic[];
  };
  readonly head: {
    readonly model: OrgModel;
    readonly diagnostics: readonly Diagnostic[];
    readonly findings: readonly Finding[];
  };
  readonly changedFiles: readonly string[];
  readonly configDir: string;
  /** Absent in access-only plans. */
  readonly engines?: { readonly base: EngineOutputs; readonly head: EngineOutputs };
  /**
   * awsDiff of the engines' templates, when computed beforehand (in a worker thread: see
   * aws-diff-in-worker.ts). @default - computed here
   */
  readonly awsDiffs?: readonly AwsStackDiff[];
  /** Extra errors found by comparing base and head (e.g. an active person removed). */
  readonly crossChecks?: readonly Diagnostic[];
  readonly acknowledgement?: string;
  /** What the reviewer should know about how the plan was made (dependencies, dirty tree, ...). */
  readonly notes?: readonly string[];
  /** Why the base could not be seen (e.g. its code failed to plan): each one a blocker. */
  readonly baseErrors?: readonly string[];
}

export interface PlanReport {
  readonly version: typeof PLAN_FORMAT_VERSION;
  readonly org: string;
  readonly today: string;
  readonly base: { readonly ref: string; readonly commit: string; readonly valid: boolean };
  readonly mode: 'full' | 'access-only';
  readonly changedFiles: readonly string[];
  readonly access: AccessDiff;
  readonly items: readonly ItemChange[];
  readonly aws?: readonly AwsStackDiff[];
  readonly okta?: readonly OktaStackDiff[];
  /** Errors, and the warnings this change brings (not those already on the base). */
  readonly diagnostics: readonly Diagnostic[];
  /** Warnings the base already had; listed apart so a reviewer is not told they are new. */
  readonly preexistingWarnings: readonly Diagnostic[];
  readonly blastRadius: BlastRadius;
  readonly approvals: readonly Approval[];
  /** Why the plan fails (exit 1); empty when it may merge once approved. */
  readonly blockers: readonly string[];
  /** Present when there is something to note (see PlanInput.notes). */
  readonly notes?: readonly string[];
}

/** 12-digit account id → the account's config id, for both sides (readable diff tables). */
export const accountNamesOf = (base: OrgModel, head: OrgModel): Map<string, string> =>
  new Map([...base.aws.accounts, ...head.aws.accounts].map((a) => [a.accountId, a.id]));

export function buildPlanReport(input: PlanInput): PlanReport {
  const { base, head } = input;
  const access = accessDiff(base.model, head.model);
  const items = itemChanges(base.model, head.model);
  const aws = input.engines
    ? (input.awsDiffs ??
      awsDiff(input.engines.base.cdk, input.engines.head.cdk, accountNamesOf(base.model, head.model)))
    : undefined;
  const okta = input.engines ? oktaDiff(input.engines.base.okta, input.engines.head.okta) : undefined;
  const deleted =
    aws && okta
      ? awsDeletions(aws) + oktaDeletions(okta)
      : items.filter((i) => i.change === 'removed').length;
  const radius = blastRadius(head.model, access, deleted, input.acknowledgement);
  const onBase = new Set((base.diagnostics ?? []).map(diagnosticKey));
  const all = [...head.diagnostics, ...(input.crossChecks ?? [])];
  const known = (d: Diagnostic) => d.severity !== 'error' && onBase.has(diagnosticKey(d));
  const diagnostics = all.filter((d) => !known(d));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const blockers = [
    ...(input.baseErrors ?? []).map((e) => `base: ${e}`),
    ...errors.map((d) => `${d.file}:${d.line}:${d.col} ${d.message}`),
    ...(radius.overLimit && !radius.acknowledged
      ? radius.reasons.map((r) => `blast radius: ${r} (acknowledge it in the PR to proceed)`)
      : []),
  ];
  return {
    version: PLAN_FORMAT_VERSION,
    org: head.model.name,
    today: head.model.today,
    base: { ref: base.ref, commit: base.commit, valid: base.valid },
    mode: input.engines ? 'full' : 'access-only',
    changedFiles: [...input.changedFiles].sort(),
    access,
    items,
    ...(aws ? { aws } : {}),
    ...(okta ? { okta } : {}),
    diagnostics,
    preexistingWarnings: all.filter(known),
    blastRadius: radius,
    approvals: requiredApprovals({
      base: base.model,
      head: head.model,
      items,
      access,
      changedFiles: input.changedFiles,
      configDir: input.configDir,
      ...(input.engines && aws && okta
        ? { engines: { aws, okta, base: input.engines.base, head: input.engines.head } }
        : {}),
    }),
    blockers,
    ...(input.notes?.length ? { notes: [...input.notes] } : {}),
  };
}

/** The same finding on both sides: its file, rule and message (lines move as files are edited). */
const diagnosticKey = (d: Diagnostic) => `${d.file}\u0000${d.code}\u0000${d.message}`;
