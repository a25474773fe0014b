// Config ids for what AWS names by display name: lowercase slugs, unique among their kind.

export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A config id from a display name: `AdministratorAccess` → `administrator-access`. */
export function slugOf(text: string, max = 64): string {
  const slug = text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || 'unnamed';
}

/** `base`, or `base-2`, `base-3`, … when taken; recorded as taken. */
export function claim(base: string, taken: Set<string>, max = 64): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, max - `-${n}`.length)}-${n}`;
  taken.add(id);
  return id;
}
