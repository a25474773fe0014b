// Logical names of Okta resources and lookups. They are Pulumi's identity for a resource,
// so they derive from config ids only, never display names: renaming a group changes its
// inputs, not its name. Config ids are slugs (no dots), so `kind.id[.id]` never collides.
export const oktaName = (kind: string, ...ids: readonly string[]): string => [kind, ...ids].join('.');
