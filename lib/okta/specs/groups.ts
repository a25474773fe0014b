// Okta groups and the rules that fill rule-based groups. A rule-based group's members are
// maintained by Okta from user attributes, so they need no membership resources.
import type { Group, OrgModel } from '../../model/org-model';
import { oktaName } from '../names';
import { OKTA } from '../okta-types';
import { type ResourceSpec, ref } from '../spec';
import { boundedName } from './bounded-name';
import { groupRuleExpression } from './group-rule-expression';

export const groupName = (groupId: string) => oktaName('group', groupId);

/** Okta's limit on a group rule's name. */
export const GROUP_RULE_NAME_MAX = 50;

export function groupSpecs(groups: readonly Group[], component: string): ResourceSpec[] {
  return groups.map((group) => ({
    type: OKTA.group,
    name: groupName(group.id),
    component,
    inputs: {
      name: group.name,
      ...(group.description === undefined ? {} : { description: group.description }),
    },
    options: { protect: true },
  }));
}

export function groupRuleSpecs(
  groups: readonly Group[],
  model: Pick<OrgModel, 'departments'>,
): ResourceSpec[] {
  const departmentNames = new Map(model.departments.map((d) => [d.id, d.name]));
  return groups.flatMap((group) =>
    group.rule
      ? [
          {
            type: OKTA.groupRule,
            name: oktaName('group-rule', group.id),
            component: 'Groups',
            inputs: {
              name: boundedName(group.id, GROUP_RULE_NAME_MAX),
              expressionType: 'urn:okta:expression:1.0',
              expressionValue: groupRuleExpression(group.rule, departmentNames),
              groupAssignments: [ref(groupName(group.id))],
              status: 'ACTIVE',
            },
            options: {},
          },
        ]
      : [],
  );
}
