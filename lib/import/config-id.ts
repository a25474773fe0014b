// Config ids for what an import finds: lowercase slugs made from a display name, an email's
// local part or a label, unique within their kind. Both importers (Okta and AWS) derive a
// group's id from its display name this way, so a grant the AWS import writes names the
// group the Okta import writes.
import { id as idSchema } from '../model/schema/common';

/** `"Data Engineering (EU)"` → `data-engineering-eu`; `"Ünïcode"` → `unicode`; empty → `x`. */
export function configId(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'x' : slug;
}

export const isConfigId = (text: string) => idSchema.safeParse(text).success;

/** Hands out ids of one kind: the first taker gets the slug, later ones `-2`, `-3`, ... */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** Whether `id` is still free (and a valid id). */
  free(id: string): boolean {
    return isConfigId(id) && !this.taken.has(id);
  }

  take(base: string): string {
    const slug = isConfigId(base) ? base : configId(base);
    let id = slug;
    for (let n = 2; this.taken.has(id); n++) id = `${slug}-${n}`;
    this.taken.add(id);
    return id;
  }
}
