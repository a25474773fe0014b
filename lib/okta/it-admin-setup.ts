// The Okta Management API calls that give IT's credentials their admin scope
// (lib/okta/it-admin-scope.ts), as data and as the bash script a Security super admin runs
// once (and again when IT's groups or apps change: what exists is kept, what is new is
// added). Ids Okta assigned are looked up by name at run time; the org URL, API token and
// the IT service apps' client ids are the script's environment, never part of the output.

import type { OrgModel } from '../model/org-model';
import {
  type BindingSpec,
  type ItAdminScope,
  type ItCredential,
  itAdminScope,
  type ScopeResource,
} from './it-admin-scope';

/** One request, with `${VARIABLE}` placeholders the script fills in. */
export interface OktaCall {
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** Path and query, after `$OKTA_ORG_URL`. */
  readonly path: string;
  readonly body?: Record<string, unknown>;
}

/** Create `create` unless `exists` answers 200; then `update`, when there is one. */
export interface SetupStep {
  readonly title: string;
  readonly exists: string;
  readonly create: OktaCall;
  readonly update?: OktaCall;
}

/** An id Okta assigned, found by an exact display name. */
export interface IdLookup {
  readonly variable: string;
  readonly call: OktaCall;
  /** The field of each listed object that must equal `value`. */
  readonly field: 'profile.name' | 'label';
  readonly value: string;
}

export interface ItAdminSetup {
  readonly scope: ItAdminScope;
  readonly lookups: readonly IdLookup[];
  readonly steps: readonly SetupStep[];
}

export const CLIENT_VARIABLES: Readonly<Record<ItCredential, string>> = {
  deploy: 'IT_DEPLOY_CLIENT_ID',
  lifecycle: 'IT_LIFECYCLE_CLIENT_ID',
};

const variableOf = (prefix: string, id: string) => `${prefix}_${id.toUpperCase().replace(/-/g, '_')}`;
const ORG = `\${OKTA_ORG_URL}`;

function resourceUrl(resource: ScopeResource): string {
  switch (resource.kind) {
    case 'all-users':
      return `${ORG}/api/v1/users`;
    case 'all-groups':
      return `${ORG}/api/v1/groups`;
    case 'group':
      return `${ORG}/api/v1/groups/\${${variableOf('GROUP', resource.group)}}`;
    case 'app':
      return `${ORG}/api/v1/apps/\${${variableOf('APP', resource.app)}}`;
  }
}

const memberUrl = (member: ItCredential) => `${ORG}/oauth2/v1/clients/\${${CLIENT_VARIABLES[member]}}`;

function bindingStep(binding: BindingSpec): SetupStep {
  const members = binding.members.map(memberUrl);
  const path = `/api/v1/iam/resource-sets/${binding.resourceSet}/bindings`;
  return {
    title: `Bind ${binding.role} on ${binding.resourceSet} to IT's ${binding.members.join(' and ')} service app`,
    exists: `${path}/${binding.role}`,
    create: { method: 'POST', path, body: { role: binding.role, members } },
    update: { method: 'PATCH', path: `${path}/${binding.role}/members`, body: { additions: members } },
  };
}

export function itAdminSetup(model: OrgModel): ItAdminSetup {
  const scope = itAdminScope(model);
  const lookups: IdLookup[] = [];
  for (const set of scope.resourceSets) {
    for (const r of set.resources) {
      if (r.kind === 'group') {
        const search = `profile.name eq "${r.name.replace(/["\\]/g, '\\$&')}"`;
        lookups.push({
          variable: variableOf('GROUP', r.group),
          call: { method: 'GET', path: `/api/v1/groups?search=${encodeURIComponent(search)}` },
          field: 'profile.name',
          value: r.name,
        });
      } else if (r.kind === 'app') {
        lookups.push({
          variable: variableOf('APP', r.app),
          call: { method: 'GET', path: `/api/v1/apps?q=${encodeURIComponent(r.label)}` },
          field: 'label',
          value: r.label,
        });
      }
    }
  }
  const steps: SetupStep[] = [
    ...scope.roles.map(
      (role): SetupStep => ({
        title: `Custom admin role ${role.label}`,
        exists: `/api/v1/iam/roles/${role.label}`,
        create: {
          method: 'POST',
          path: '/api/v1/iam/roles',
          body: { ...role, permissions: [...role.permissions] },
        },
      }),
    ),
    ...scope.resourceSets.map((set): SetupStep => {
      const resources = set.resources.map(resourceUrl);
      return {
        title: `Resource set ${set.label}`,
        exists: `/api/v1/iam/resource-sets/${set.label}`,
        create: {
          method: 'POST',
          path: '/api/v1/iam/resource-sets',
          body: { label: set.label, description: set.description, resources },
        },
        update: {
          method: 'PATCH',
          path: `/api/v1/iam/resource-sets/${set.label}/resources`,
          body: { additions: resources },
        },
      };
    }),
    ...scope.bindings.map(bindingStep),
  ];
  return { scope, lookups, steps };
}
