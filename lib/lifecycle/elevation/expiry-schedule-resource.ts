// The stack's elevation schedules as CloudFormation custom resources served by the expiry
// function itself, not AWS::Scheduler::Schedule: CloudFormation cannot set
// ActionAfterCompletion, so a schedule the stack owned would stay, spent, until a later
// deploy, and one Scheduler deleted itself would be drift. Here the template holds the whole
// CreateSchedule body (so the plan and the tests read it), and at deploy time:
// - Create/Update: an end at least LEAD_MS away is scheduled (at(), UTC, DELETE after
//   completion); an end nearer than that, or already past (it fell during its own deploy, a
//   schedule in the past being one Scheduler may never run), is carried out here and now,
//   on its minute (the function waits for it), and only if that fails is it scheduled for
//   the next minute, so Scheduler's retries, dead-letter queue and alarm take over;
// - Update: the physical id stays the one Create gave, whatever the schedule is called now
//   (a moved end renames it: the new one is made, the old one deleted), because a new
//   physical id would have CloudFormation send a Delete of the old one, which here means:
// - Delete: the elevation left the config. An end still ahead (ended early by a pull request,
//   or the entry deleted; also the rollback of its own Create, the safe direction) is carried
//   out now, the same audited, idempotent expiry, from this instant (`endedEarly`), so its
//   open AWS sessions end too, not only the membership the Okta deploy removes; failing
//   that, it is scheduled for the next minute like a failed end at deploy time. Then the
//   schedule is deleted, and one already gone (it ran) is fine. A Delete of an end already
//   past only deletes the schedule. Deletes come only after a stack update has succeeded
//   (CloudFormation's cleanup), or for the rollback of a Create: a rolled-back Update is an
//   Update back to the old properties, which reschedules.
// The answer goes to CloudFormation's presigned ResponseURL.
import type { Clock } from '../clock';
import type { ExpiryRequest } from './elevation-case';
import { atExpression, clientToken, type ScheduleBody, type Schedules } from './expiry-scheduler';

/** An end nearer than this is carried out at deploy time rather than scheduled. */
export const LEAD_MS = 60_000;

/** The custom resource's type in the template. */
export const SCHEDULE_RESOURCE_TYPE = 'Custom::ElevationExpirySchedule';

export interface ScheduleResourceProperties {
  /** The schedule's name (`elevationScheduleName`). */
  readonly Name: string;
  /** CreateSchedule's body, without its idempotency token. CloudFormation passes numbers as strings. */
  readonly Schedule: ScheduleBody;
  /**
   * `'true'` for standing privileged access (no end): nothing is scheduled, and its Delete
   * ends it; `Schedule` is then only the shape of a retry, should that end fail.
   * @default - an elevation, ended at its end
   */
  readonly Standing?: 'true';
}

/** A CloudFormation custom resource request (the fields this resource reads). */
export interface ScheduleResourceEvent {
  readonly RequestType: 'Create' | 'Update' | 'Delete';
  readonly ResponseURL: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly PhysicalResourceId?: string;
  readonly ResourceType: string;
  readonly ResourceProperties: ScheduleResourceProperties & { readonly ServiceToken?: string };
  /** An Update's properties before it. */
  readonly OldResourceProperties?: ScheduleResourceProperties & { readonly ServiceToken?: string };
}

export const isScheduleResourceEvent = (event: unknown): event is ScheduleResourceEvent =>
  typeof event === 'object' &&
  event !== null &&
  'RequestType' in event &&
  (event as { ResourceType?: unknown }).ResourceType === SCHEDULE_RESOURCE_TYPE;

export interface ScheduleResourceDeps {
  readonly schedules: Schedules;
  readonly clock: Clock;
  /** Carries out an end at once (the same expiry the schedule would run); throws when a step could not finish. */
  readonly expireNow: (request: ExpiryRequest) => Promise<unknown>;
}

export interface ScheduleResourceResult {
  readonly Status: 'SUCCESS' | 'FAILED';
  readonly PhysicalResourceId: string;
  readonly Reason?: string;
  /**
   * scheduled: at its end; at-once: carried out during the deploy; retry-scheduled: that failed,
   * Scheduler retries it; ended-early: removed before its end (or standing access removed), and
   * carried out then; standing: standing access, nothing scheduled;
   * deleted/absent: its schedule deleted, or already gone.
   */
  readonly Data?: {
    readonly Ended:
      | 'scheduled'
      | 'at-once'
      | 'retry-scheduled'
      | 'ended-early'
      | 'standing'
      | 'deleted'
      | 'absent';
  };
}

/** Scheduler's numbers back from CloudFormation's strings. */
function normalized(body: ScheduleBody): ScheduleBody {
  const retry = body.Target.RetryPolicy;
  return {
    ...body,
    Target: {
      ...body.Target,
      RetryPolicy: {
        MaximumRetryAttempts: Number(retry.MaximumRetryAttempts),
        MaximumEventAgeInSeconds: Number(retry.MaximumEventAgeInSeconds),
      },
    },
  };
}

const nextMinute = (ms: number): string =>
  `${new Date(Math.ceil(ms / 60_000) * 60_000).toISOString().slice(0, 19)}Z`;

/** Why a Delete with its end still ahead ends it now. */
export const EARLY_END_REASON = 'removed from the config before its end (its schedule resource was deleted)';

/** Why a standing privileged access's Delete ends it. */
export const STANDING_REMOVED_REASON =
  'standing privileged access removed from the config (its resource was deleted)';

/** An instant to the second, as the model writes them: `2026-11-23T16:00:00Z`. */
const instant = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`;

const failure = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function onScheduleResource(
  event: ScheduleResourceEvent,
  deps: ScheduleResourceDeps,
): Promise<ScheduleResourceResult> {
  const name = event.ResourceProperties.Name;
  const body = normalized(event.ResourceProperties.Schedule);
  const request = JSON.parse(body.Target.Input) as ExpiryRequest;
  const end = Date.parse(request.expiresAt);
  // Create names the resource after its first schedule; an Update keeps that (see the header).
  const physicalId = event.RequestType === 'Create' ? name : (event.PhysicalResourceId ?? name);
  const put = async (schedule: ScheduleBody) => {
    const withToken = {
      ...schedule,
      ClientToken: clientToken(name, event.RequestId, schedule.ScheduleExpression),
    };
    if (event.RequestType !== 'Create') {
      const updated = await deps.schedules.update(name, withToken);
      if (updated.outcome === 'updated') return;
    }
    const created = await deps.schedules.create(name, withToken);
    // A retried event, or a schedule of that name left behind: make it say what this one does.
    if (created.outcome === 'exists') await deps.schedules.update(name, withToken);
  };
  const retryNextMinute = async (input: ExpiryRequest, error: unknown, when: string) => {
    await put({
      ...body,
      ScheduleExpression: atExpression(nextMinute(deps.clock.now() + LEAD_MS)),
      Target: { ...body.Target, Input: JSON.stringify(input) },
    });
    return {
      Status: 'SUCCESS' as const,
      PhysicalResourceId: physicalId,
      Reason: `${when}, and carrying it out failed (${failure(error)}): scheduled again for the next minute`,
      Data: { Ended: 'retry-scheduled' as const },
    };
  };

  const standing = event.ResourceProperties.Standing === 'true';
  if (event.RequestType === 'Delete') {
    const ahead = standing || end > deps.clock.now();
    if (ahead) {
      const at = new Date(deps.clock.now()).toISOString();
      const early: ExpiryRequest = standing
        ? // Its own case per removal (`elevation/<key>/<instant>`): a later grant and removal is another.
          {
            ...request,
            expiresAt: instant(deps.clock.now()),
            endedEarly: { at, reason: STANDING_REMOVED_REASON },
          }
        : { ...request, endedEarly: { at, reason: EARLY_END_REASON } };
      try {
        await deps.expireNow(early);
      } catch (error) {
        return retryNextMinute(early, error, 'ended early');
      }
    }
    const removed = await deps.schedules.remove(name);
    if (physicalId !== name) await deps.schedules.remove(physicalId);
    return {
      Status: 'SUCCESS',
      PhysicalResourceId: physicalId,
      Data: { Ended: ahead ? 'ended-early' : removed.outcome },
    };
  }

  // A moved end renames the schedule: the old one goes once the new one is in place.
  const previous = event.RequestType === 'Update' ? event.OldResourceProperties?.Name : undefined;
  const dropPrevious = async () => {
    if (previous !== undefined && previous !== name) await deps.schedules.remove(previous);
  };
  if (standing) {
    // Standing access (or an elevation made standing): nothing to schedule, and no end to keep.
    await dropPrevious();
    return { Status: 'SUCCESS', PhysicalResourceId: physicalId, Data: { Ended: 'standing' } };
  }
  if (end - deps.clock.now() >= LEAD_MS) {
    await put(body);
    await dropPrevious();
    return { Status: 'SUCCESS', PhysicalResourceId: physicalId, Data: { Ended: 'scheduled' } };
  }
  // Its end falls during this deploy (or has passed): on its minute, here.
  if (end > deps.clock.now()) await deps.clock.sleep(end - deps.clock.now());
  try {
    await deps.expireNow(request);
  } catch (error) {
    const result = await retryNextMinute(request, error, 'ended during the deploy');
    await dropPrevious();
    return result;
  }
  await dropPrevious();
  return { Status: 'SUCCESS', PhysicalResourceId: physicalId, Data: { Ended: 'at-once' } };
}

/** Serves the event and answers CloudFormation (a failure is answered too, with its message). */
export async function serveScheduleResource(
  event: ScheduleResourceEvent,
  deps: ScheduleResourceDeps,
  put: (url: string, body: string) => Promise<{ readonly status: number }> = async (url, body) => {
    const response = await fetch(url, { method: 'PUT', headers: { 'content-type': '' }, body });
    return { status: response.status };
  },
): Promise<ScheduleResourceResult> {
  let result: ScheduleResourceResult;
  try {
    result = await onScheduleResource(event, deps);
  } catch (error) {
    result = {
      Status: 'FAILED',
      PhysicalResourceId: event.PhysicalResourceId ?? event.ResourceProperties.Name,
      Reason: (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 1000),
    };
  }
  const answer = await put(
    event.ResponseURL,
    JSON.stringify({
      Status: result.Status,
      Reason: result.Reason ?? result.Status,
      PhysicalResourceId: result.PhysicalResourceId,
      StackId: event.StackId,
      RequestId: event.RequestId,
      LogicalResourceId: event.LogicalResourceId,
      ...(result.Data ? { Data: result.Data } : {}),
    }),
  );
  if (answer.status < 200 || answer.status >= 300)
    throw new Error(`CloudFormation's response URL answered ${answer.status}`);
  return result;
}
