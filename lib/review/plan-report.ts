// The plan for a pull request: everything a reviewer needs, computed from the base and head
// models and (unless access-only) both engines' desired state. Pure and deterministic; the
// renderers (text, markdown, json) only format it.
import type { Diagnostic } from '../model/diagnostic';
import type { OrgModel } from '../model/org-model';
import type { Finding } from '../policy/guardrail';
import { type AccessDiff, accessDiff } from './access-diff';
import { type Approval, requiredApprovals } from './approvals';
import { type AwsStackDiff, awsDeletions, awsDiff, type Template } from './aws-diff';
import { type BlastRadius, blastRadius } from './blast-radius';
import { type ItemChange, itemChanges } from './item-changes';
import { type OktaSpecLike, type OktaStackDiff, oktaDeletions, oktaDiff } from './okta-diff';

export const PLAN_FORMAT_VERSION = 1;

/** Both engines' desired state for one model. */
export interface EngineOutputs {
  readonly okta: Record<string, readonly OktaSpecLike[]>;
  readonly cdk: Record<string, Template>;
}

export interface PlanInput {
  readonly base: {
    readonly ref: string;
    readonly commit: string;
    readonly model: OrgModel;
    readonly valid: boolean;
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
  readonly diagnostics: readonly Diagnostic[];
  readonly blastRadius: BlastRadius;
  readonly approvals: readonly Approval[];
  /** Why the plan fails (exit 1); empty when it may merge once approved. */
  readonly blockers: readonly string[];
  /** Present when there is something to note (see PlanInput.notes). */
  readonly notes?: readonly string[];
}

export function buildPlanReport(input: PlanInput): PlanReport {
  const { base, head } = input;
  const access = accessDiff(base.model, head.model);
  const items = itemChanges(base.model, head.model);
  const aws = input.engines ? awsDiff(input.engines.base.cdk, input.engines.head.cdk) : undefined;
  const okta = input.engines ? oktaDiff(input.engines.base.okta, input.engines.head.okta) : undefined;
  const deleted =
    aws && okta
      ? awsDeletions(aws) + oktaDeletions(okta)
      : items.filter((i) => i.change === 'removed').length;
  const radius = blastRadius(head.model, access, deleted, input.acknowledgement);
  const diagnostics = [...head.diagnostics, ...(input.crossChecks ?? [])];
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
    blastRadius: radius,
    approvals: requiredApprovals(head.model, items, access, input.changedFiles, input.configDir),
    blockers,
    ...(input.notes?.length ? { notes: [...input.notes] } : {}),
  };
}
