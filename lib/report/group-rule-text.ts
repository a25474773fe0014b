// How a group gives its members access, in words: "engineering (rule: department
// engineering and type employee)" or "oncall (listed)". OR within an attribute, AND across.
import type { Group, GroupRule } from '../model/org-model';

export function ruleText(rule: GroupRule): string {
  const parts: string[] = [];
  if (rule.departments) parts.push(`department ${rule.departments.join(' or ')}`);
  if (rule.types) parts.push(`type ${rule.types.join(' or ')}`);
  if (rule.titles) parts.push(`title ${rule.titles.join(' or ')}`);
  return parts.join(' and ');
}

export function viaGroup(group: Group): string {
  return group.rule ? `${group.id} (rule: ${ruleText(group.rule)})` : `${group.id} (listed)`;
}
