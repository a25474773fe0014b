// What the Okta import knows besides Okta: the day, and what the config it writes into
// already says (teams, domains, accounts, guardrails, which groups Security holds). A fresh
// import gets the starter config's answers.
import type { GuardrailsFile } from '../../model/schema/guardrails';

export interface ImportContext {
  /** The day of the import (YYYY-MM-DD): placeholder dates are counted from it. */
  readonly today: string;
  /** The team apps and groups are given until someone decides (an IT team of org.yaml). */
  readonly itTeam: string;
  readonly guardrails: GuardrailsFile;
  /** AWS accounts of org.yaml, to find a log stream's account. */
  readonly accounts: readonly { readonly id: string; readonly accountId: string }[];
  /** Ids of groups the config already treats as privileged (privileged.yaml groups and grants). */
  readonly privilegedGroupIds: ReadonlySet<string>;
  /** Display names of the groups in privileged.yaml. */
  readonly privilegedGroupNames: ReadonlySet<string>;
  /**
   * Decisions a person already made in the folder (an import run again): per app id its
   * owner, risk, data, vendor and last review; per privileged group and person, until and reason.
   */
  readonly decided?: {
    readonly apps: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
    readonly memberships: ReadonlyMap<string, { readonly until?: string; readonly reason?: string }>;
  };
}

/** The key of a privileged membership in `decided.memberships`. */
export const membershipKey = (group: string, person: string) => `${group} ${person}`;
