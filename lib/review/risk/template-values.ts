// Reading CloudFormation values the way a reviewer would: intrinsic functions flattened to
// text (`Fn::Join` joined, `Ref`/`Fn::GetAtt` shown as `${Name}`), and policy documents,
// managed policy ARNs and account ids pulled out of resource properties.
import type { PolicyStatementLike } from '../../model/privileged-policy';

const PSEUDO: Record<string, string> = { 'AWS::Partition': 'aws', 'AWS::URLSuffix': 'amazonaws.com' };

/** A property value as text: strings as they are, intrinsics flattened. */
export function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(flatten).join(',');
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o['Fn::Join'])) {
      const [sep, parts] = o['Fn::Join'] as [string, unknown[]];
      return (Array.isArray(parts) ? parts : []).map(flatten).join(sep);
    }
    if (typeof o.Ref === 'string') return PSEUDO[o.Ref] ?? `\${${o.Ref}}`;
    if (Array.isArray(o['Fn::GetAtt'])) return `\${${(o['Fn::GetAtt'] as string[]).join('.')}}`;
    if (typeof o['Fn::Sub'] === 'string') return o['Fn::Sub'] as string;
    if (Array.isArray(o['Fn::Sub'])) return String((o['Fn::Sub'] as unknown[])[0]);
    if (Array.isArray(o['Fn::ImportValue']) || o['Fn::ImportValue'] !== undefined)
      return `\${Import ${flatten(o['Fn::ImportValue'])}}`;
  }
  return JSON.stringify(value) ?? '';
}

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** A policy document's statements, whether given as an object or as JSON text. */
export function statementsOf(document: unknown): PolicyStatementLike[] {
  let doc = document;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc);
    } catch {
      return [];
    }
  }
  if (!doc || typeof doc !== 'object') return [];
  return list((doc as { Statement?: unknown }).Statement).map((s) => {
    const st = (s ?? {}) as Record<string, unknown>;
    const strings = (v: unknown) => (v === undefined ? undefined : list(v).map(flatten));
    return {
      Effect: st.Effect,
      Action: strings(st.Action),
      NotAction: strings(st.NotAction),
      Resource: strings(st.Resource),
    };
  });
}

export const stringsOf = (v: unknown): string[] => list(v).map(flatten);

/** The 12-digit account ids a trust policy lets in (`arn:aws:iam::123456789012:root` or a bare id). */
export function trustedAccounts(assumeRolePolicy: unknown): string[] {
  const out = new Set<string>();
  for (const s of list((assumeRolePolicy as { Statement?: unknown } | undefined)?.Statement)) {
    const principal = (s as { Principal?: unknown }).Principal;
    const aws = principal && typeof principal === 'object' ? (principal as { AWS?: unknown }).AWS : principal;
    for (const p of stringsOf(aws)) {
      const m = /^(\d{12})$/.exec(p) ?? /^arn:[^:]+:iam::(\d{12}):/.exec(p);
      if (m) out.add(m[1]);
      else if (p === '*') out.add('*');
    }
  }
  return [...out].sort();
}
