// Writes the imported AWS access into a config folder with yaml's Document API, so that what
// is already there survives with its comments: it/aws-access.yaml is the import's own (written
// whole); in security/privileged.yaml only permissionSets and grants are replaced (groups,
// Okta admin roles and break-glass stay); in org.yaml only the aws: section's organization,
// Identity Center, OUs and accounts (the rest, and a homeRegion or regions already set, stay).
// Every finding with a place becomes a `# TODO(import): ...` comment before its item.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, isMap, isPair, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import type {
  ConfigGrant,
  ConfigPermissionSet,
  FindingPlace,
  ImportedAws,
  ImportFinding,
} from './imported-aws';

export const CONFIG_FILES = {
  org: 'org.yaml',
  awsAccess: 'it/aws-access.yaml',
  privileged: 'security/privileged.yaml',
} as const;

const HEADERS = {
  awsAccess: [
    ' IT-owned. Everyday (non-privileged) AWS access: permission sets and which group gets',
    ' which set in which accounts. Written by `blueprint import aws` from Identity Center;',
    ' privileged sets, and every grant into the management, log-archive or audit account, are',
    ' in security/privileged.yaml.',
  ],
  privileged: [
    ' Security-owned. Privileged access: every membership is time-bound (until) and justified',
    ' (reason). Permission sets and grants written by `blueprint import aws` from Identity Center.',
  ],
  org: [
    ' Security-owned. The organisation, its teams and its AWS organization and Okta org.',
    ' TODO(import): the aws: section was written by `blueprint import aws`; name, domains, teams,',
    ' functions, okta and alertChannels are not in AWS: `blueprint init` (or `blueprint import',
    ' okta`) writes them.',
  ],
} as const;

export const todo = (f: ImportFinding) =>
  ` TODO(import): ${f.kind === 'not-representable' ? 'not representable: ' : ''}${f.item}: ${f.message}`;

/** The files written (relative to the config folder), in order. */
export function writeImportedConfig(dir: string, imported: ImportedAws): string[] {
  const places = (file: FindingPlace['file']) => imported.findings.filter((f) => f.place?.file === file);

  const access = new Document({});
  access.commentBefore = HEADERS.awsAccess.join('\n');
  setAccess(access, imported.it.permissionSets, imported.it.grants);
  annotate(access, [], places('awsAccess'));

  const privileged = load(join(dir, CONFIG_FILES.privileged), HEADERS.privileged);
  setAccess(privileged, imported.security.permissionSets, imported.security.grants);
  annotate(privileged, [], places('privileged'));

  const org = load(join(dir, CONFIG_FILES.org), HEADERS.org);
  const aws = imported.org;
  if (!org.hasIn(['aws', 'homeRegion'])) org.setIn(['aws', 'homeRegion'], aws.homeRegion);
  org.setIn(['aws', 'organizationId'], aws.organizationId);
  org.setIn(['aws', 'identityCenter'], org.createNode(aws.identityCenter));
  const ous = org.createNode(aws.ous.map((o) => ({ id: o.id, name: o.name, ouId: o.ouId }))) as YAMLSeq;
  for (const item of ous.items) (item as YAMLMap).flow = true;
  org.setIn(['aws', 'ous'], ous);
  org.setIn(
    ['aws', 'accounts'],
    org.createNode(
      aws.accounts.map((a) => ({
        id: a.id,
        name: a.name,
        accountId: a.accountId,
        email: a.email,
        ...(a.ou ? { ou: a.ou } : {}),
        ...(a.role === 'workload' ? {} : { role: a.role }),
      })),
    ),
  );
  quoteAccountIds(org);
  annotate(org, ['aws'], places('org'));

  const written: [string, Document][] = [
    [CONFIG_FILES.org, org],
    [CONFIG_FILES.awsAccess, access],
    [CONFIG_FILES.privileged, privileged],
  ];
  for (const [file, doc] of written) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), doc.toString({ lineWidth: 0 }));
  }
  return written.map(([file]) => file);
}

/** A file the import would have to overwrite to write what it read: nothing is written. */
export class UnreadableConfigFile extends Error {}

function load(path: string, header: readonly string[]): Document {
  if (existsSync(path)) {
    const doc = parseDocument(readFileSync(path, 'utf8'));
    if (doc.errors.length === 0 && (isMap(doc.contents) || doc.contents === null)) return doc;
    throw new UnreadableConfigFile(
      `${path} is not a YAML mapping the import can add to (${doc.errors[0]?.message.split('\n')[0] ?? 'not a mapping'}): fix it or move it away, then import again`,
    );
  }
  const doc = new Document({});
  doc.commentBefore = header.join('\n');
  return doc;
}

function setAccess(doc: Document, sets: readonly ConfigPermissionSet[], grants: readonly ConfigGrant[]) {
  // The policy language version is the config's default: written only when it differs.
  const plain = sets.map(({ inlinePolicy, ...s }) => {
    if (!inlinePolicy) return { ...s };
    const { Version, ...policy } = inlinePolicy;
    return { ...s, inlinePolicy: Version === '2012-10-17' ? policy : inlinePolicy };
  });
  const setNodes = doc.createNode(plain) as YAMLSeq;
  for (const item of setNodes.items) {
    const managed = (item as YAMLMap).get('managedPolicies', true);
    if (isSeq(managed)) managed.flow = true;
  }
  doc.set('permissionSets', setNodes);
  const grantNodes = doc.createNode(grants.map((g) => ({ ...g }))) as YAMLSeq;
  for (const item of grantNodes.items) (item as YAMLMap).flow = true;
  doc.set('grants', grantNodes);
}

/** Account ids are strings of digits: quoted, as the config contract asks. */
function quoteAccountIds(doc: Document) {
  const accounts = doc.getIn(['aws', 'accounts'], true);
  if (!isSeq(accounts)) return;
  for (const item of accounts.items) {
    const id = (item as YAMLMap).get('accountId', true);
    if (isScalar(id)) id.type = 'QUOTE_DOUBLE';
  }
}

/** Puts each finding's TODO before its item (matched by id, or group/permissionSet), else its list. */
function annotate(doc: Document, base: readonly string[], findings: readonly ImportFinding[]) {
  for (const f of findings) {
    const place = f.place!;
    const seq = doc.getIn([...base, place.list], true);
    const item =
      place.key === undefined || !isSeq(seq)
        ? undefined
        : seq.items.find((node) => isMap(node) && itemKey(node as YAMLMap, place.list) === place.key);
    const target = item ?? listKey(doc, [...base, place.list]);
    if (!target) continue;
    const node = target as { commentBefore?: string | null };
    node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${todo(f)}` : todo(f);
  }
}

function itemKey(node: YAMLMap, list: FindingPlace['list']): string | undefined {
  if (list === 'grants') return `${node.get('group')}/${node.get('permissionSet')}`;
  const id = node.get('id');
  return typeof id === 'string' ? id : undefined;
}

/** The key node of `path`'s last segment, so a comment sits above `grants:`. */
function listKey(doc: Document, path: readonly string[]): object | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const name = path[path.length - 1];
  const pair = parent.items.find((p) => isPair(p) && (isScalar(p.key) ? p.key.value : p.key) === name);
  if (!pair) return undefined;
  // A key set from a plain string has no node to carry a comment yet.
  if (!isScalar(pair.key)) pair.key = doc.createNode(pair.key);
  return pair.key as object;
}
