// An Identity Center inline policy (a JSON string) as config/…/inlinePolicy, or why it cannot be.
import { type InlinePolicy, inlinePolicy as inlinePolicySchema } from '../../model/schema/access';

/** The inline policy as the config writes it, or why it cannot be. */
export function parseInlinePolicy(json: string): InlinePolicy | string {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return 'it is not JSON';
  }
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    const d = doc as Record<string, unknown>;
    // A single statement object means the same as a list of one.
    if (d.Statement && typeof d.Statement === 'object' && !Array.isArray(d.Statement))
      doc = { ...d, Statement: [d.Statement] };
  }
  const parsed = inlinePolicySchema.safeParse(doc);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}
