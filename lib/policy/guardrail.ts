// The shape of a guardrail: a pure predicate over the model that returns findings, each
// pointing at the config line to change. Severity comes from guardrails.yaml.
import type { PathSegment } from '../model/diagnostic';
import type { OrgModel, SourceRef } from '../model/org-model';

export type GuardrailSeverity = 'error' | 'warning';

export interface RuleFinding {
  /** The config item at fault, and optionally a path inside it. */
  readonly at: SourceRef;
  readonly field?: readonly PathSegment[];
  readonly message: string;
  readonly hint: string;
  readonly value?: unknown;
}

export interface Guardrail {
  /** Stable id, used in guardrails.yaml `severity:` and in findings. */
  readonly id: string;
  readonly title: string;
  /** Why the rule exists, for `blueprint guardrails` and the control matrix. */
  readonly rationale: string;
  readonly defaultSeverity: GuardrailSeverity;
  check(model: OrgModel): RuleFinding[];
}

export interface Finding extends RuleFinding {
  readonly rule: string;
  readonly severity: GuardrailSeverity;
}
