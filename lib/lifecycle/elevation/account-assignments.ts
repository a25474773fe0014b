// A group's Identity Center account assignment (permission set on an account), read and
// removed at run time: how an elevated grant ends on its minute rather than at the next
// deploy. Removal is asynchronous in Identity Center, so it is followed to its end.
import {
  DeleteAccountAssignmentCommand,
  DescribeAccountAssignmentDeletionStatusCommand,
  ListAccountAssignmentsCommand,
  type SSOAdminClient,
} from '@aws-sdk/client-sso-admin';
import type { Clock } from '../clock';

export interface GroupAssignment {
  readonly permissionSetArn: string;
  readonly accountId: string;
  /** The Identity Store group id. */
  readonly groupId: string;
}

export interface IdentityCenterAssignments {
  /** Whether the group holds the permission set on the account. */
  holds(assignment: GroupAssignment): Promise<boolean>;
  /** Removes it, and waits until Identity Center has. */
  remove(assignment: GroupAssignment): Promise<{ readonly requestId: string }>;
}

export class AssignmentRemovalError extends Error {
  override readonly name = 'AssignmentRemovalError';
}

/** How long a removal is followed before the step fails (and its schedule retries). */
export const REMOVAL_WAIT_MS = 60_000;

export class SsoAdminAssignments implements IdentityCenterAssignments {
  constructor(
    private readonly client: SSOAdminClient,
    private readonly instanceArn: string,
    private readonly clock: Clock,
  ) {}

  async holds(a: GroupAssignment): Promise<boolean> {
    let nextToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListAccountAssignmentsCommand({
          InstanceArn: this.instanceArn,
          AccountId: a.accountId,
          PermissionSetArn: a.permissionSetArn,
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
      );
      if (
        (page.AccountAssignments ?? []).some(
          (x) => x.PrincipalType === 'GROUP' && x.PrincipalId === a.groupId,
        )
      )
        return true;
      nextToken = page.NextToken;
    } while (nextToken);
    return false;
  }

  async remove(a: GroupAssignment): Promise<{ requestId: string }> {
    const started = await this.client.send(
      new DeleteAccountAssignmentCommand({
        InstanceArn: this.instanceArn,
        TargetId: a.accountId,
        TargetType: 'AWS_ACCOUNT',
        PermissionSetArn: a.permissionSetArn,
        PrincipalType: 'GROUP',
        PrincipalId: a.groupId,
      }),
    );
    const requestId = started.AccountAssignmentDeletionStatus?.RequestId ?? 'unknown';
    const until = this.clock.now() + REMOVAL_WAIT_MS;
    let status = started.AccountAssignmentDeletionStatus?.Status;
    while (status === 'IN_PROGRESS' && this.clock.now() < until) {
      await this.clock.sleep(2_000);
      const seen = await this.client.send(
        new DescribeAccountAssignmentDeletionStatusCommand({
          InstanceArn: this.instanceArn,
          AccountAssignmentDeletionRequestId: requestId,
        }),
      );
      status = seen.AccountAssignmentDeletionStatus?.Status;
      if (status === 'FAILED')
        throw new AssignmentRemovalError(
          `Identity Center failed to remove ${a.permissionSetArn} from group ${a.groupId} in ${a.accountId}: ${seen.AccountAssignmentDeletionStatus?.FailureReason ?? 'no reason given'}`,
        );
    }
    if (status !== 'SUCCEEDED')
      throw new AssignmentRemovalError(
        `Identity Center had not removed ${a.permissionSetArn} from group ${a.groupId} in ${a.accountId} after ${REMOVAL_WAIT_MS / 1000} s (request ${requestId}, ${status ?? 'no status'})`,
      );
    return { requestId };
  }
}

const assignmentKey = (a: GroupAssignment) => `${a.groupId}#${a.permissionSetArn}#${a.accountId}`;

/** Assignments in memory: for tests. */
export class MemoryIdentityCenterAssignments implements IdentityCenterAssignments {
  readonly held = new Set<string>();
  readonly removed: string[] = [];

  constructor(assignments: readonly GroupAssignment[] = []) {
    for (const a of assignments) this.held.add(assignmentKey(a));
  }

  async holds(a: GroupAssignment): Promise<boolean> {
    return this.held.has(assignmentKey(a));
  }

  async remove(a: GroupAssignment): Promise<{ requestId: string }> {
    this.held.delete(assignmentKey(a));
    this.removed.push(assignmentKey(a));
    return { requestId: `sso-${this.removed.length}` };
  }
}
