// Who gets which app: app-to-group assignments, and push-group mappings to AWS IAM
// Identity Center for groups with AWS access. Each side declares the assignments of its
// own groups: IT's groups in the `it` stack, privileged groups in the `security` stack,
// which finds IT's apps by label (IT never references security's resources).
// Assignments are one resource per app and group (not an app's whole list), so the two
// stacks can assign groups to the same app without undoing each other.
// Group Push only where the app's provisioning is set up, and never for an assigned group:
// a pushed group's members reach the app through the side's assignment group instead
// (identity-center-app.ts).
import type { App, Grant, Group, Side } from '../../model/org-model';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import type { ResourceSpec, SpecValue } from '../spec';
import {
  groupsWithAwsAccess,
  identityCenterApps,
  identityCenterAssignmentGroups,
  provisionedIdentityCenterApps,
} from './identity-center-app';

export interface AppAccessOptions {
  readonly side: Side;
  readonly component: string;
  readonly appId: (appId: string) => SpecValue;
  readonly groupId: (groupId: string) => SpecValue;
}

/** The (app, group) pairs `side` pushes: its AWS groups, to each provisioned Identity Center app. */
export function appPushes(
  apps: readonly App[],
  groups: readonly Group[],
  grants: readonly Grant[],
  side: Side,
): { app: string; group: string }[] {
  const aws = groupsWithAwsAccess(groups, grants, side);
  return provisionedIdentityCenterApps(apps).flatMap((app) => aws.map((g) => ({ app: app.id, group: g.id })));
}

/**
 * The (app, group) pairs `side` assigns: declared on the app, plus AWS access groups to
 * Identity Center; for a provisioned Identity Center app, its assignment group instead of
 * the groups it pushes.
 */
export function appAssignments(
  apps: readonly App[],
  groups: readonly Group[],
  grants: readonly Grant[],
  side: Side,
): { app: string; group: string }[] {
  const sideOf = new Map(groups.map((g) => [g.id, g.side]));
  const pushed = new Set(appPushes(apps, groups, grants, side).map((p) => `${p.app} ${p.group}`));
  const pairs = new Set<string>();
  for (const app of apps) for (const g of app.groups) if (sideOf.get(g) === side) pairs.add(`${app.id} ${g}`);
  const aws = groupsWithAwsAccess(groups, grants, side);
  for (const app of identityCenterApps(apps)) for (const g of aws) pairs.add(`${app.id} ${g.id}`);
  for (const g of identityCenterAssignmentGroups(apps, groups, grants, side))
    pairs.add(`${g.id.slice(0, g.id.lastIndexOf('.'))} ${g.id}`);
  return [...pairs]
    .filter((pair) => !pushed.has(pair))
    .sort()
    .map((pair) => {
      const [app, group] = pair.split(' ');
      return { app, group };
    });
}

export function appAccessSpecs(
  apps: readonly App[],
  groups: readonly Group[],
  grants: readonly Grant[],
  options: AppAccessOptions,
): ResourceSpec[] {
  const assignments: ResourceSpec[] = appAssignments(apps, groups, grants, options.side).map(
    ({ app, group }) => ({
      type: OKTA.appGroupAssignment,
      name: oktaName('app-group', app, group),
      component: options.component,
      inputs: { appId: options.appId(app), groupId: options.groupId(group) },
      options: {},
    }),
  );
  const pushes: ResourceSpec[] = appPushes(apps, groups, grants, options.side).map(({ app, group }) => ({
    type: OKTA.pushGroup,
    name: oktaName('push-group', app, group),
    component: options.component,
    inputs: {
      appId: options.appId(app),
      sourceGroupId: options.groupId(group),
      status: 'ACTIVE',
      // Removing AWS access unlinks the group; deleting it in Identity Center is a
      // deliberate step, not a side effect of a config change.
      deleteTargetGroupOnDestroy: false,
    },
    options: {},
  }));
  return [...assignments, ...pushes];
}
