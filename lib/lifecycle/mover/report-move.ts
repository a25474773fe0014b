// A mover: when someone's department, title or type changes, Okta's group rules move them
// between rule-based groups by themselves. This reports what that means — the groups, apps
// and AWS access gained and lost — checks Okta has applied it, tells the manager and IT,
// and records it. The "before" is the profile last recorded (by onboarding or an earlier
// move), so the report needs no copy of yesterday's config.
import { type AccessDelta, accessDelta, accessOf, type PersonAttributes } from '../access-of';
import type { AuditRecord } from '../audit/audit-store';
import { runAudited, type StepReport } from '../audited-step';
import { findPerson } from '../find-person';
import { REPORT_MOVE } from '../handlers/task-names';
import type { DirectoryPerson, LifecycleDirectory } from '../lifecycle-directory';
import type { LifecycleDeps } from '../lifecycle-step';
import type { OktaUser } from '../okta/okta-directory';
import { GroupsNotLandedError, UnknownOktaUserError } from '../okta/okta-errors';
import { ruleGroupsOf } from '../rule-groups';

export interface MoveRequest {
  readonly person: string;
  readonly actor: string;
  /** The attributes before the move, when known; otherwise the last recorded profile. */
  readonly before?: PersonAttributes;
}

export interface MoveReport extends StepReport {
  readonly delta?: AccessDelta;
}

export async function reportMove(deps: LifecycleDeps, request: MoveRequest): Promise<MoveReport> {
  const { directory } = deps;
  const person = findPerson(directory, request.person);
  const user = await deps.okta.findUser(person.email);
  if (!user) throw new UnknownOktaUserError(`no Okta user has the login "${person.email}" (${person.id})`);
  const after = attributesInOkta(directory, person, user);
  const caseId = `mover/${person.id}`;
  const before = request.before ?? (await lastRecordedProfile(deps, person, caseId));
  let delta: AccessDelta | undefined;
  const report = await runAudited(
    deps,
    {
      caseId,
      workflow: 'mover',
      step: REPORT_MOVE,
      actor: request.actor,
      personId: person.id,
      oktaUserId: user.id,
    },
    async (log) => {
      if (before === undefined)
        return {
          outcome: 'unchanged',
          after: { profile: after },
          note: 'no earlier profile on record: this one is the baseline for the next move',
        };
      if (sameAttributes(before, after))
        return {
          outcome: 'unchanged',
          after: { profile: after },
          note: 'no change of department, title or type',
        };
      const access = {
        before: accessOf(directory, person.id, before),
        after: accessOf(directory, person.id, after),
      };
      delta = accessDelta(access.before, access.after);
      await expectGroupsMoved(deps, user, before, after);
      const summary = describeDelta(directory, delta);
      log.add(
        await deps.notifier.send({
          to: [
            ...new Set([directory.people.find((p) => p.id === person.manager)?.email, directory.sender]),
          ].filter((x): x is string => x !== undefined),
          subject: `${person.name} moved: access gained and lost`,
          body: [
            `${person.name} (${person.email}) is now ${after.title}, ${departmentName(directory, after.department)} (was ${before.title}, ${departmentName(directory, before.department)}).`,
            ...summary,
          ].join('\n'),
        }),
      );
      return {
        outcome: 'changed',
        before: { profile: before, access: access.before },
        after: { profile: after, access: access.after },
        note: summary.join('; '),
      };
    },
  );
  return { ...report, ...(delta ? { delta } : {}) };
}

function attributesInOkta(
  directory: LifecycleDirectory,
  person: DirectoryPerson,
  user: OktaUser,
): PersonAttributes {
  // Okta users carry the department's display name (lib/okta sets it); rules use ids.
  const department = directory.departments.find((d) => d.name === user.profile.department)?.id;
  return {
    department: department ?? person.department,
    title: user.profile.title ?? person.title,
    type: user.profile.userType ?? person.type,
  };
}

async function lastRecordedProfile(
  deps: LifecycleDeps,
  person: DirectoryPerson,
  caseId: string,
): Promise<PersonAttributes | undefined> {
  const profileOf = (records: readonly AuditRecord[]) =>
    [...records]
      .reverse()
      .map((r) => (r.after as { profile?: PersonAttributes } | undefined)?.profile)
      .find((p) => p !== undefined);
  return (
    profileOf(await deps.audit.list(caseId)) ??
    profileOf(await deps.audit.list(`onboard/${person.id}/${person.start}`))
  );
}

const sameAttributes = (a: PersonAttributes, b: PersonAttributes) =>
  a.department === b.department && a.title === b.title && a.type === b.type;

/** Okta applies group rules asynchronously: fail (the workflow retries) until the move shows. */
async function expectGroupsMoved(
  deps: LifecycleDeps,
  user: OktaUser,
  before: PersonAttributes,
  after: PersonAttributes,
): Promise<void> {
  const expected = ruleGroupsOf(deps.directory, after).map((g) => g.name);
  const left = ruleGroupsOf(deps.directory, before)
    .map((g) => g.name)
    .filter((name) => !expected.includes(name));
  const actual = new Set((await deps.okta.listUserGroups(user.id)).map((g) => g.name));
  const missing = expected.filter((name) => !actual.has(name));
  const stale = left.filter((name) => actual.has(name));
  if (missing.length || stale.length)
    throw new GroupsNotLandedError(
      `Okta has not moved ${user.login} yet (group rules run asynchronously; the workflow retries):${missing.length ? ` not yet in ${missing.join(', ')};` : ''}${stale.length ? ` still in ${stale.join(', ')};` : ''}`.replace(
        /;$/,
        '',
      ),
    );
}

function describeDelta(directory: LifecycleDirectory, delta: AccessDelta): string[] {
  const groupName = (id: string) => directory.groups.find((g) => g.id === id)?.name ?? id;
  const appName = (id: string) => directory.apps.find((a) => a.id === id)?.name ?? id;
  const line = (verb: string, set: AccessDelta['gained']) => {
    const parts = [
      set.groups.length ? `groups ${set.groups.map(groupName).join(', ')}` : '',
      set.apps.length ? `apps ${set.apps.map(appName).join(', ')}` : '',
      set.aws.length ? `AWS ${set.aws.join(', ')}` : '',
    ].filter(Boolean);
    return `${verb}: ${parts.length ? parts.join('; ') : 'nothing'}`;
  };
  return [line('gains', delta.gained), line('loses', delta.lost)];
}

function departmentName(directory: LifecycleDirectory, id: string): string {
  return directory.departments.find((d) => d.id === id)?.name ?? id;
}
