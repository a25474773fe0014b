// The round trip's two halves: what `blueprint import aws` would have written before the Okta
// import, and a stack's resources keyed by what they are in Okta, to compare desired states
// whose logical names differ (ids the import derived from display names).
import { configId } from '../../../lib/import/config-id';
import type { OrgModel } from '../../../lib/model/org-model';
import { isLookupRef, isRef, type SpecValue, type StackSpec } from '../../../lib/okta/spec';

/** What `blueprint import aws` would have written: the org's AWS files, naming groups by their Okta display names. */
export function awsImportFiles(files: Record<string, string>, model: OrgModel): Record<string, string> {
  const rename = new Map(
    model.groups.filter((g) => g.kind === 'explicit').map((g) => [g.id, configId(g.name)]),
  );
  const ids = new RegExp(`(?<![\\w-])(${[...rename.keys()].join('|')})(?![\\w-])`, 'g');
  const renamed = (text: string) => text.replace(ids, (id) => rename.get(id)!);
  const keep = [
    'org.yaml',
    'security/logging.yaml',
    'security/monitoring.yaml',
    'security/guardrails.yaml',
    'it/aws-access.yaml',
    'it/lifecycle.yaml',
  ];
  const out = Object.fromEntries(keep.map((f) => [f, renamed(files[f])]));
  // privileged.yaml as the AWS import writes it: permission sets, grants, break-glass; no Okta groups yet.
  out['security/privileged.yaml'] = renamed(files['security/privileged.yaml'])
    .replace(/^groups:\n(?: {2}.*\n)*/m, 'groups: []\n')
    .replace(/^oktaAdminRoles:.*\n(?: {2}.*\n)*/m, 'oktaAdminRoles: []\n');
  return out;
}

/** A stack's resources keyed by type and Okta id, their references written as the Okta ids they resolve to. */
export function byOktaId(
  stack: StackSpec,
  ids: ReadonlyMap<string, string>,
  lookups: (name: string) => string,
) {
  const key = (name: string) => ids.get(name)?.split('/').pop() ?? `unmatched:${name}`;
  const norm = (v: SpecValue): unknown => {
    if (isRef(v)) return key(v.$ref);
    if (isLookupRef(v)) return lookups(v.$lookup);
    if (Array.isArray(v)) return v.map(norm);
    if (v && typeof v === 'object')
      return '$activeUsers' in v
        ? (v.$activeUsers as SpecValue[]).map(norm)
        : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x as SpecValue)]));
    return v;
  };
  return Object.fromEntries(
    stack.resources.map((r) => [
      `${r.type} ${ids.get(r.name) ?? `unmatched:${r.name}`}`,
      { inputs: norm(r.inputs), options: { ...r.options, dependsOn: r.options.dependsOn?.map(key) } },
    ]),
  );
}
