// What the joiner/mover/leaver runtime needs to know about the org, as plain JSON: people,
// groups (rules and explicit members), apps, AWS grants and the lifecycle settings. Built
// from the OrgModel at synth time and shipped to the Lambdas (a layer file), so they never
// parse YAML; the CLI builds the same from the config it loads.
import { durationDays } from '../model/duration';
import type { GroupRule, OrgModel } from '../model/org-model';

export interface DirectoryPerson {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly department: string;
  readonly title: string;
  readonly type: 'employee' | 'contractor';
  readonly manager?: string;
  readonly start: string;
  readonly end?: string;
}

export interface DirectoryGroup {
  readonly id: string;
  /** The Okta group's name (the Okta stacks name groups by their display name). */
  readonly name: string;
  readonly side: 'it' | 'security';
  readonly privileged: boolean;
  readonly rule?: GroupRule;
  /** Explicit (hand-listed) members, by person id. */
  readonly explicit: readonly string[];
}

export interface DirectoryApp {
  readonly id: string;
  readonly name: string;
  readonly data: string;
  readonly groups: readonly string[];
  readonly people: readonly string[];
}

export interface DirectoryGrant {
  readonly group: string;
  readonly permissionSet: string;
  readonly accounts: readonly string[];
}

export interface LifecycleDirectory {
  readonly org: string;
  readonly oktaOrgUrl: string;
  readonly identityStoreId: string;
  readonly region: string;
  /** Who lifecycle notices come from: the team accountable for on/offboarding. */
  readonly sender: string;
  /** Security's addresses (teams on the security side): told what IT's credential may not change. */
  readonly security: readonly string[];
  readonly departments: readonly { readonly id: string; readonly name: string }[];
  readonly birthright: readonly string[];
  readonly onboarding: { readonly activateBeforeStartDays: number; readonly notifyManager: boolean };
  readonly offboarding: {
    readonly gracePeriod: string;
    readonly graceDays: number;
    readonly dataTransferTo: 'manager' | 'none';
    /** Email addresses told about every offboarding (besides the manager). */
    readonly notify: readonly string[];
  };
  readonly people: readonly DirectoryPerson[];
  readonly groups: readonly DirectoryGroup[];
  readonly apps: readonly DirectoryApp[];
  readonly grants: readonly DirectoryGrant[];
}

export function lifecycleDirectory(model: OrgModel): LifecycleDirectory {
  const teamEmail = (id: string | undefined) => model.teams.find((t) => t.id === id)?.email;
  const sender =
    teamEmail(model.functions.offboarding) ??
    model.teams.find((t) => t.side === 'it')?.email ??
    model.teams[0].email;
  return {
    org: model.name,
    oktaOrgUrl: model.oktaOrgUrl,
    identityStoreId: model.aws.identityCenter.identityStoreId,
    region: model.aws.homeRegion,
    sender,
    security: model.teams.filter((t) => t.side === 'security').map((t) => t.email),
    departments: model.departments.map((d) => ({ id: d.id, name: d.name })),
    birthright: [...model.lifecycle.birthright],
    onboarding: {
      activateBeforeStartDays: durationDays(model.lifecycle.onboarding.activateBeforeStart) ?? 0,
      notifyManager: model.lifecycle.onboarding.notifyManager,
    },
    offboarding: {
      gracePeriod: model.lifecycle.offboarding.gracePeriod,
      graceDays: durationDays(model.lifecycle.offboarding.gracePeriod) ?? 0,
      dataTransferTo: model.lifecycle.offboarding.dataTransferTo,
      notify: model.lifecycle.offboarding.notify.flatMap((id) => teamEmail(id) ?? []),
    },
    people: model.people.map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      department: p.department,
      title: p.title,
      type: p.type,
      ...(p.manager === undefined ? {} : { manager: p.manager }),
      start: p.start,
      ...(p.end === undefined ? {} : { end: p.end }),
    })),
    groups: model.groups.map((g) => ({
      id: g.id,
      name: g.name,
      side: g.side,
      privileged: g.privileged,
      ...(g.rule === undefined ? {} : { rule: g.rule }),
      explicit: g.members.filter((m) => m.via === 'explicit').map((m) => m.person),
    })),
    apps: model.apps.map((a) => ({
      id: a.id,
      name: a.name,
      data: a.data,
      groups: a.groups,
      people: a.people,
    })),
    grants: model.grants.map((g) => ({
      group: g.group,
      permissionSet: g.permissionSet,
      accounts: g.accounts,
    })),
  };
}
