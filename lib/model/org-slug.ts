// The org's name as a slug, the prefix of every name both engines derive (AWS stacks and
// roles, Okta admin roles and resource sets), so it lives with the model, not an engine.
import type { OrgModel } from './org-model';

/** The org's name as a lowercase slug that starts with a letter: "Acme Corp" → "acme-corp". */
export function orgSlug(model: Pick<OrgModel, 'name'>): string {
  const slug = model.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(slug) ? slug : `org-${slug}`;
}
