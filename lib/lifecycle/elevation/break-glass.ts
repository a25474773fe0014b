// Break-glass elevation: one member of the approvers opens a request (who, which privileged
// group, for how long, why); a second, different member confirms it; then the person is
// added to the Okta group at once, the end is scheduled on the minute (the same expiry the
// config's elevations get), and Security is alerted. Every step is in the audit trail under
// the request's case, which is also where the request is kept: the trail is append-only, so
// nobody can rewrite who asked or who confirmed. The matching config change (the entry with
// `until` an instant and `approvedBy`) is reviewed afterwards (lib/cli/commands/elevate.ts).
import { createHash } from 'node:crypto';
import type { AuditRecord, AuditStore } from '../audit/audit-store';
import { runAudited, type StepReport } from '../audited-step';
import type { Clock } from '../clock';
import { alreadyDone } from '../lifecycle-step';
import type { Notifier } from '../notify/notifier';
import { makeChange } from '../offboarding/make-change';
import type { OktaDirectory } from '../okta/okta-directory';
import type { ElevationExpiryRequest } from './elevation-case';
import type { ExpiryScheduler } from './expiry-scheduler';

export interface BreakGlassRequest {
  /** `bg-` and 10 hex digits, from who, what and when: what the confirmer types. */
  readonly id: string;
  readonly person: string;
  readonly group: string;
  /** An ISO-8601 duration, counted from the confirmation. */
  readonly for: string;
  readonly forSeconds: number;
  readonly reason: string;
  readonly requestedBy: string;
  readonly requestedAt: string;
}

export const breakGlassCaseId = (id: string): string => `break-glass/${id}`;

/** An unconfirmed request lapses after an hour: a confirmation much later is not break-glass. */
export const REQUEST_LAPSES_AFTER_MS = 3600_000;

/** The steps of a break-glass case (as audited), by name: the request, then its confirmation's. */
const STEP = {
  request: 'request',
  confirm: 'confirm',
  grantMembership: 'grant-okta-membership',
  scheduleExpiry: 'schedule-expiry',
  alertSecurity: 'alert-security',
} as const;

export type BreakGlassStepName = (typeof STEP)[keyof typeof STEP];

const {
  request: REQUEST,
  confirm: CONFIRM,
  grantMembership: GRANT_MEMBERSHIP,
  scheduleExpiry: SCHEDULE_EXPIRY,
  alertSecurity: ALERT_SECURITY,
} = STEP;

export interface BreakGlassDeps {
  readonly okta: Pick<OktaDirectory, 'findUser' | 'findGroup' | 'listUserGroups' | 'addToGroup'>;
  readonly scheduler: ExpiryScheduler;
  readonly notifier: Notifier;
  readonly audit: AuditStore;
  readonly clock: Clock;
}

export class BreakGlassRefusedError extends Error {
  override readonly name = 'BreakGlassRefusedError';
}

const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

export async function requestElevation(
  deps: Pick<BreakGlassDeps, 'audit' | 'clock'>,
  ask: Omit<BreakGlassRequest, 'id' | 'requestedAt'>,
): Promise<BreakGlassRequest> {
  const requestedAt = iso(deps.clock.now());
  const id = `bg-${createHash('sha256').update(`${ask.person}|${ask.group}|${ask.requestedBy}|${requestedAt}`).digest('hex').slice(0, 10)}`;
  const request: BreakGlassRequest = { id, ...ask, requestedAt };
  await runAudited(
    deps,
    {
      caseId: breakGlassCaseId(id),
      workflow: 'elevation',
      step: REQUEST,
      actor: `cli:${ask.requestedBy}`,
      personId: ask.person,
    },
    async () => ({ outcome: 'changed', after: request, note: ask.reason }),
  );
  return request;
}

/** The request recorded under `id`, with its trail so far; undefined when there is none. */
export async function findRequest(
  audit: AuditStore,
  id: string,
): Promise<{ request: BreakGlassRequest; history: AuditRecord[] } | undefined> {
  const history = await audit.list(breakGlassCaseId(id));
  const opened = history.find((r) => r.step === REQUEST && r.outcome === 'changed');
  return opened ? { request: opened.after as BreakGlassRequest, history } : undefined;
}

export interface Confirmation {
  readonly request: BreakGlassRequest;
  readonly confirmedBy: string;
  readonly start: string;
  readonly expiresAt: string;
  readonly steps: readonly StepReport[];
}

/** What the grant needs beyond the request: Okta names, and the expiry the schedule will send. */
export interface GrantContext {
  readonly login: string;
  readonly groupName: string;
  readonly scheduleName: (request: ElevationExpiryRequest) => string;
  readonly permissionSets: readonly string[];
  /** Who Security's alert goes to. */
  readonly securityEmail: string;
}

export async function confirmElevation(
  deps: BreakGlassDeps,
  id: string,
  confirmedBy: string,
  context: GrantContext,
): Promise<Confirmation> {
  const found = await findRequest(deps.audit, id);
  if (!found) throw new BreakGlassRefusedError(`no break-glass request "${id}"`);
  const { request, history } = found;
  if (confirmedBy === request.requestedBy)
    throw new BreakGlassRefusedError(
      `${confirmedBy} opened ${id}, and the same person cannot confirm their own request: a second member of the approvers must`,
    );
  const caseId = breakGlassCaseId(id);
  const confirmedBefore = history.some((r) => r.step === CONFIRM && r.outcome === 'changed');
  if (!confirmedBefore && deps.clock.now() - Date.parse(request.requestedAt) > REQUEST_LAPSES_AFTER_MS)
    throw new BreakGlassRefusedError(
      `${id} was opened at ${request.requestedAt} and lapsed unconfirmed after an hour: open a new request`,
    );
  const base = (step: BreakGlassStepName, actor = `cli:${confirmedBy}`) => ({
    caseId,
    workflow: 'elevation' as const,
    step,
    actor,
    personId: request.person,
  });
  // A confirmation run again (it stopped half way) keeps the first one's window.
  const earlier = history.find((r) => r.step === CONFIRM && r.outcome === 'changed');
  const window = earlier
    ? (earlier.after as { confirmedBy: string; start: string; expiresAt: string })
    : {
        confirmedBy,
        start: iso(deps.clock.now()),
        expiresAt: iso(deps.clock.now() + request.forSeconds * 1000),
      };
  const steps: StepReport[] = [];
  if (!earlier)
    steps.push(await runAudited(deps, base(CONFIRM), async () => ({ outcome: 'changed', after: window })));

  steps.push(
    await runAudited(
      deps,
      base(GRANT_MEMBERSHIP),
      async (log) => {
        const [user, group] = await Promise.all([
          deps.okta.findUser(context.login),
          deps.okta.findGroup(context.groupName),
        ]);
        if (!user) throw new BreakGlassRefusedError(`no Okta user ${context.login}`);
        if (!group) throw new BreakGlassRefusedError(`no Okta group "${context.groupName}"`);
        const member = async () => (await deps.okta.listUserGroups(user.id)).some((g) => g.id === group.id);
        if (await member())
          return { outcome: 'unchanged', before: { member: true }, after: { member: true } };
        await makeChange(deps, log, {
          describe: `add ${context.login} to the Okta group ${context.groupName} until ${window.expiresAt}`,
          isDone: member,
          send: () => deps.okta.addToGroup(group.id, user.id),
        });
        return { outcome: 'changed', before: { member: false }, after: { member: true } };
      },
      history,
    ),
  );

  const expiry: ElevationExpiryRequest = {
    action: 'expire',
    key: `membership/${request.group}/${request.person}`,
    person: request.person,
    login: context.login,
    group: request.group,
    groupName: context.groupName,
    expiresAt: window.expiresAt,
    permissionSets: context.permissionSets,
  };
  steps.push(
    await runAudited(deps, base(SCHEDULE_EXPIRY), async (log) => {
      const name = context.scheduleName(expiry);
      const made = await deps.scheduler.schedule(name, expiry);
      log.add({ requestId: made.requestId });
      return {
        outcome: made.outcome === 'created' ? 'changed' : 'unchanged',
        after: { schedule: name, at: expiry.expiresAt },
      };
    }),
  );

  if (!alreadyDone(history, ALERT_SECURITY))
    steps.push(
      await runAudited(deps, base(ALERT_SECURITY), async (log) => {
        const sent = await deps.notifier.send({
          to: [context.securityEmail],
          subject: `Break-glass: ${request.person} is in ${context.groupName} until ${window.expiresAt}`,
          body: [
            `${request.person} was added to ${context.groupName} (${request.group}) at ${window.start}, until ${window.expiresAt} (${request.for}).`,
            `Reason: ${request.reason}`,
            `Requested by ${request.requestedBy} at ${request.requestedAt}; confirmed by ${window.confirmedBy}.`,
            `Request ${id}; its audit trail is the case ${caseId}. A schedule ends it on the minute.`,
            'Review the config change that records it (privileged.yaml) after the fact.',
          ].join('\n'),
        });
        log.add(sent);
        return { outcome: 'changed' };
      }),
    );
  return {
    request,
    confirmedBy: window.confirmedBy,
    start: window.start,
    expiresAt: window.expiresAt,
    steps,
  };
}
