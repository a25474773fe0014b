// The shape of an IAM policy document as the guardrail policies (SCPs, boundaries, ceilings)
// are written: plain JSON, version 2012-10-17.
export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly Record<string, unknown>[];
}
