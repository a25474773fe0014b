// The stack a resource belongs to, from its URN (`urn:pulumi:<stack>::<project>::...`).
export function stackOf(urn: string): string {
  const match = /^urn:pulumi:([^:]+)::/.exec(urn);
  return match ? match[1] : '';
}

/** IT's Okta stacks: `it` and its people shards `it-people-<n>`. */
export const isItStack = (stack: string) => stack === 'it' || stack.startsWith('it-');
