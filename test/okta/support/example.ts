// The example org (config/) resolved for a pinned day, and small builders for model items.
import { resolve } from 'node:path';
import type { Group, Person } from '../../../lib/model/org-model';
import { checkOrg } from '../../../lib/policy/check-org';

export const TODAY = '2026-11-23';
export const EXAMPLE_CONFIG = resolve(__dirname, '../../../config');
export const exampleModel = () => {
  const checked = checkOrg(EXAMPLE_CONFIG, { today: TODAY });
  if (!checked.model) throw new Error('example config is invalid');
  return checked.model;
};

export function person(id: string, overrides: Partial<Person> = {}): Person {
  return {
    id,
    name: 'Ada Lovelace',
    email: `${id}@example.com`,
    department: 'engineering',
    departmentName: 'Engineering',
    title: 'Engineer',
    type: 'employee',
    start: '2024-01-01',
    status: 'active',
    at: { file: 'people', path: ['people', 0] },
    ...overrides,
  };
}

export function group(id: string, overrides: Partial<Group> = {}): Group {
  return {
    id,
    name: `Group ${id}`,
    side: 'it',
    privileged: false,
    owner: 'it',
    kind: 'explicit',
    members: [],
    expired: [],
    at: { file: 'groups', path: ['groups', 0] },
    ...overrides,
  };
}
