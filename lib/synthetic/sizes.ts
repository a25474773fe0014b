// Synthetic org sizes for tests and benchmarks.
export interface OrgSize {
  readonly people: number;
  readonly departments: number;
  readonly groups: number;
  readonly privilegedGroups: number;
  readonly apps: number;
  readonly accounts: number;
  readonly permissionSets: number;
  readonly grants: number;
}

export const SIZES = {
  S: {
    people: 50,
    departments: 5,
    groups: 12,
    privilegedGroups: 2,
    apps: 8,
    accounts: 6,
    permissionSets: 4,
    grants: 6,
  },
  M: {
    people: 1000,
    departments: 12,
    groups: 120,
    privilegedGroups: 8,
    apps: 60,
    accounts: 20,
    permissionSets: 10,
    grants: 40,
  },
  L: {
    people: 10000,
    departments: 40,
    groups: 800,
    privilegedGroups: 50,
    apps: 300,
    accounts: 100,
    permissionSets: 25,
    grants: 200,
  },
} as const satisfies Record<string, OrgSize>;

export type SizeName = keyof typeof SIZES;
