// A control the blueprint implements: what it is, the framework requirements it maps to,
// and how to tell from the model whether it is in place, with the evidence (the config line
// and the resource it produces).
import type { OrgModel } from '../../model/org-model';
import type { ConfigLines } from '../config-lines';

export interface ControlContext extends ConfigLines {
  readonly model: OrgModel;
  /** A guardrail's state, e.g. `guardrail app-mfa (error)`, and whether Security turned it off. */
  guardrail(id: string): { readonly text: string; readonly off: boolean };
}

export interface Assessment {
  /** False when the control is missing or disabled: a gap. True only for what is deployed and tested. */
  readonly implemented: boolean;
  /** Not implemented because no resource can declare it: done and checked by hand (the notes say how). */
  readonly manual?: true;
  /** Where in the config the control is declared. */
  readonly config: string;
  /** What it produces: CloudFormation resource types (AWS), Pulumi type tokens (Okta), or a report. */
  readonly resource: string;
  readonly notes: string;
}

export interface Control {
  /** Stable slug. */
  readonly id: string;
  readonly area: string;
  readonly title: string;
  /** SOC 2 Trust Services Criteria (2017, revised points of focus 2022). */
  readonly soc2: readonly string[];
  /** ISO/IEC 27001:2022 Annex A controls. */
  readonly iso27001: readonly string[];
  /** CIS Amazon Web Services Foundations Benchmark v3.0.0 recommendations. */
  readonly cis: readonly string[];
  /** DISA Okta IDaaS STIG V1R1 rules (vulnerability ids, `V-273186`), for Okta controls; see okta-stig.ts. */
  readonly stig?: readonly string[];
  assess(ctx: ControlContext): Assessment;
}

/** A control that is in place or not depending on one guardrail being on. */
export function guardedBy(
  ctx: ControlContext,
  rule: string,
  evidence: Omit<Assessment, 'implemented'>,
): Assessment {
  const g = ctx.guardrail(rule);
  return {
    ...evidence,
    implemented: !g.off,
    notes: g.off
      ? `${g.text}: turned off in guardrails.yaml`
      : `${evidence.notes}${evidence.notes ? '; ' : ''}checked by ${g.text}`,
  };
}
