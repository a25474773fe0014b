// What `blueprint import aws` makes of Identity Center: the config items it writes, the ids the
// first deploy adopts, and its findings (what a person decides, what the config cannot say).
import type { InlinePolicy } from '../../model/schema/access';

export type ImportSubject = 'permission set' | 'assignment' | 'account' | 'OU';
export const IMPORT_SUBJECTS: readonly ImportSubject[] = ['permission set', 'assignment', 'account', 'OU'];

/** Where a finding's `# TODO(import)` comment goes: before an item of a list (or the list). */
export interface FindingPlace {
  readonly file: 'org' | 'awsAccess' | 'privileged';
  readonly list: 'permissionSets' | 'grants' | 'accounts' | 'ous';
  /** The item's id, or `group/permissionSet` for a grant; absent: the list itself. */
  readonly key?: string;
}

export interface ImportFinding {
  readonly kind: 'decision' | 'not-representable';
  readonly subject: ImportSubject;
  /** The item in AWS's words, e.g. `permission set "AdministratorAccess"`. */
  readonly item: string;
  readonly message: string;
  readonly place?: FindingPlace;
  /** How many items of the subject it concerns (assignments of a grant). @default 1 */
  readonly count?: number;
}

export interface ConfigPermissionSet {
  readonly id: string;
  readonly name?: string;
  readonly description?: string;
  readonly sessionDuration: string;
  readonly relayState?: string;
  readonly managedPolicies: readonly string[];
  readonly inlinePolicy?: InlinePolicy;
}

export interface ConfigGrant {
  readonly group: string;
  readonly permissionSet: string;
  readonly accounts: readonly string[];
}

export interface ConfigAccount {
  readonly id: string;
  readonly name: string;
  readonly accountId: string;
  readonly email: string;
  readonly ou?: string;
  readonly role: 'management' | 'log-archive' | 'audit' | 'workload';
}

export interface ConfigOu {
  readonly id: string;
  readonly name: string;
  readonly ouId: string;
}

/** The Identity Center ids the first deploy adopts instead of creating. */
export interface AdoptionIds {
  readonly instanceArn: string;
  /** Permission set config id → ARN. */
  readonly permissionSets: Readonly<Record<string, string>>;
  /** `group/permissionSet/account` (config ids) → the assignment's principal and target. */
  readonly assignments: Readonly<
    Record<
      string,
      { readonly principalId: string; readonly accountId: string; readonly permissionSetArn: string }
    >
  >;
}

export interface ImportedAws {
  readonly org: {
    readonly organizationId: string;
    readonly homeRegion: string;
    readonly identityCenter: { readonly instanceArn: string; readonly identityStoreId: string };
    readonly ous: readonly ConfigOu[];
    readonly accounts: readonly ConfigAccount[];
  };
  readonly it: {
    readonly permissionSets: readonly ConfigPermissionSet[];
    readonly grants: readonly ConfigGrant[];
  };
  readonly security: {
    readonly permissionSets: readonly ConfigPermissionSet[];
    readonly grants: readonly ConfigGrant[];
  };
  /** Permission set id → why it is Security's. */
  readonly privilegedBecause: Readonly<Record<string, string>>;
  readonly findings: readonly ImportFinding[];
  /** Items read per subject. */
  readonly read: Readonly<Record<ImportSubject, number>>;
  readonly adoption: AdoptionIds;
}
