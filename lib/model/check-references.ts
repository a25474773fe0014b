// Cross-file structure: unique ids, references that resolve (with "did you mean"), manager
// chains without cycles, emails inside the org's domains, groups that are either rule-based
// or explicit, department names as unique as their ids (Okta's rules match names). Policy (what is allowed) is not checked here but in lib/policy.
import type { PathSegment } from './diagnostic';
import { IdIndex } from './id-index';
import type { Reporter } from './reporter';
import type { ConfigDocs, ConfigFileKey } from './schema/files';

export function checkReferences(docs: ConfigDocs, reporter: Reporter): void {
  const { org, people, groups, apps, awsAccess, privileged, logging, monitoring, lifecycle, guardrails } =
    docs;
  const teams = new IdIndex('team', reporter);
  org.teams.forEach((t, i) => teams.declare(t.id, 'org', ['teams', i]));
  for (const sideName of ['it', 'security'] as const) {
    if (!org.teams.some((t) => t.side === sideName)) {
      reporter.report({
        severity: 'error',
        file: 'org',
        path: ['teams'],
        code: 'missing-team',
        message: `no team with side "${sideName}"`,
        hint: `add a team with "side: ${sideName}"; the ${sideName} side needs an owner`,
      });
    }
  }
  for (const [fn, team] of Object.entries(org.functions)) teams.ref(team as string, 'org', ['functions', fn]);

  const ous = new IdIndex('OU', reporter);
  org.aws.ous.forEach((o, i) => ous.declare(o.id, 'org', ['aws', 'ous', i]));
  const accounts = new IdIndex('account', reporter);
  const accountIds = new Map<string, number>();
  org.aws.accounts.forEach((a, i) => {
    accounts.declare(a.id, 'org', ['aws', 'accounts', i]);
    if (a.ou !== undefined) ous.ref(a.ou, 'org', ['aws', 'accounts', i, 'ou']);
    const first = accountIds.get(a.accountId);
    if (first !== undefined) {
      reporter.report({
        severity: 'error',
        file: 'org',
        path: ['aws', 'accounts', i, 'accountId'],
        code: 'duplicate-id',
        message: `duplicate AWS account id "${a.accountId}"`,
        hint: `aws.accounts[${first}] already has this account id; each account is declared once`,
        value: a.accountId,
      });
    } else accountIds.set(a.accountId, i);
  });
  const managers = org.aws.accounts.filter((a) => a.role === 'management');
  if (managers.length !== 1) {
    reporter.report({
      severity: 'error',
      file: 'org',
      path: ['aws', 'accounts'],
      code: 'management-account',
      message: `expected exactly one account with "role: management", found ${managers.length}`,
      hint: 'mark the AWS Organizations management account with "role: management"',
    });
  }
  const channels = new IdIndex('alert channel', reporter);
  org.alertChannels.forEach((c, i) => channels.declare(c.id, 'org', ['alertChannels', i]));

  const departments = new IdIndex('department', reporter);
  people.departments.forEach((d, i) => departments.declare(d.id, 'people', ['departments', i]));
  // Okta's group rules match the name users carry (user.department == 'Engineering'), the model
  // matches ids: two departments of one name would put people in groups the plan never shows.
  const departmentNames = new Map<string, string>();
  people.departments.forEach((d, i) => {
    const key = d.name.normalize('NFKC').trim().toLowerCase();
    const first = departmentNames.get(key);
    if (first === undefined) departmentNames.set(key, d.id);
    else if (first !== d.id)
      reporter.report({
        severity: 'error',
        file: 'people',
        path: ['departments', i, 'name'],
        code: 'duplicate-department-name',
        message: `department "${d.id}" takes the name "${d.name}" of department "${first}"`,
        hint: "Okta's group rules select people by their department's name (user.department): give each department its own name",
        value: d.name,
      });
  });
  const persons = new IdIndex('person', reporter);
  const emails = new Map<string, number>();
  const domains = org.domains;
  people.people.forEach((p, i) => {
    persons.declare(p.id, 'people', ['people', i]);
    const lower = p.email.toLowerCase();
    const firstEmail = emails.get(lower);
    if (firstEmail !== undefined) {
      reporter.report({
        severity: 'error',
        file: 'people',
        path: ['people', i, 'email'],
        code: 'duplicate-email',
        message: `duplicate email "${p.email}"`,
        hint: `people[${firstEmail}] already uses this email; each person has their own`,
        value: p.email,
      });
    } else emails.set(lower, i);
    const domain = lower.slice(lower.lastIndexOf('@') + 1);
    if (!domains.includes(domain)) {
      reporter.report({
        severity: 'error',
        file: 'people',
        path: ['people', i, 'email'],
        code: 'email-domain',
        message: `email "${p.email}" is outside the org's domains`,
        hint: `use an address at ${domains.join(' or ')}, or add "${domain}" to domains in org.yaml`,
        value: p.email,
      });
    }
    if (p.end !== undefined && p.end < p.start) {
      reporter.report({
        severity: 'error',
        file: 'people',
        path: ['people', i, 'end'],
        code: 'invalid-dates',
        message: `end date ${p.end} is before start date ${p.start}`,
        hint: 'set end on or after start',
        value: p.end,
      });
    }
  });
  people.people.forEach((p, i) => {
    departments.ref(p.department, 'people', ['people', i, 'department']);
    if (p.manager !== undefined) {
      if (p.manager === p.id)
        reporter.report({
          severity: 'error',
          file: 'people',
          path: ['people', i, 'manager'],
          code: 'manager-cycle',
          message: `"${p.id}" is their own manager`,
          hint: 'set manager to the person they report to, or remove it',
          value: p.manager,
        });
      else persons.ref(p.manager, 'people', ['people', i, 'manager']);
    }
  });
  checkManagerCycles(docs, reporter);

  const allGroups = new IdIndex('group', reporter);
  groups.groups.forEach((g, i) => allGroups.declare(g.id, 'groups', ['groups', i]));
  privileged.groups.forEach((g, i) => allGroups.declare(g.id, 'privileged', ['groups', i]));
  // Okta pushes a group to Identity Center under its name, and the assignments find it there by
  // that name: an everyday group named like a privileged one could be the group that receives
  // the privileged permission set. Privileged names first, so the everyday one is reported.
  const groupNames = new Map<string, string>();
  for (const [file, list] of [
    ['privileged', privileged.groups],
    ['groups', groups.groups],
  ] as const)
    list.forEach((g, i) => {
      const key = g.name.normalize('NFKC').trim().toLowerCase();
      const first = groupNames.get(key);
      if (first === undefined) groupNames.set(key, g.id);
      else if (first !== g.id)
        reporter.report({
          severity: 'error',
          file,
          path: ['groups', i, 'name'],
          code: 'duplicate-group-name',
          message: `group "${g.id}" takes the name "${g.name}" of group "${first}"`,
          hint: 'Okta and Identity Center know a group by its name (the AWS assignments look it up by name): give each group its own name',
          value: g.name,
        });
    });
  groups.groups.forEach((g, i) => {
    const at: PathSegment[] = ['groups', i];
    if (g.owner !== undefined) teams.ref(g.owner, 'groups', [...at, 'owner']);
    if (g.rule && g.members) {
      reporter.report({
        severity: 'error',
        file: 'groups',
        path: at,
        code: 'rule-and-members',
        message: `group "${g.id}" is both rule-based and explicitly managed`,
        hint: 'keep either "rule" (membership follows people\'s attributes) or "members" (listed by hand), not both; split it into two groups if you need both',
        value: g.id,
      });
    } else if (!g.rule && !g.members) {
      reporter.report({
        severity: 'error',
        file: 'groups',
        path: at,
        code: 'empty-group',
        message: `group "${g.id}" has neither "rule" nor "members"`,
        hint: 'add a "rule" (by departments, types or titles) or a "members" list',
        value: g.id,
      });
    }
    if (g.rule && !g.rule.departments && !g.rule.types && !g.rule.titles) {
      reporter.report({
        severity: 'error',
        file: 'groups',
        path: [...at, 'rule'],
        code: 'empty-rule',
        message: `the rule of group "${g.id}" selects nobody in particular`,
        hint: 'give the rule at least one of departments, types or titles',
        value: g.rule,
      });
    }
    g.rule?.departments?.forEach((d, j) => departments.ref(d, 'groups', [...at, 'rule', 'departments', j]));
    g.members?.forEach((m, j) => persons.ref(m.person, 'groups', [...at, 'members', j, 'person']));
    checkDuplicateMembers(g.members ?? [], 'groups', [...at, 'members'], reporter);
  });
  privileged.groups.forEach((g, i) => {
    if (g.owner !== undefined) teams.ref(g.owner, 'privileged', ['groups', i, 'owner']);
    g.members.forEach((m, j) => persons.ref(m.person, 'privileged', ['groups', i, 'members', j, 'person']));
    checkDuplicateMembers(g.members, 'privileged', ['groups', i, 'members'], reporter);
  });

  const appIds = new IdIndex('app', reporter);
  apps.apps.forEach((a, i) => {
    appIds.declare(a.id, 'apps', ['apps', i]);
    teams.ref(a.owner, 'apps', ['apps', i, 'owner']);
    a.groups.forEach((g, j) => allGroups.ref(g, 'apps', ['apps', i, 'groups', j]));
    a.people?.forEach((p, j) => persons.ref(p, 'apps', ['apps', i, 'people', j]));
  });

  const sets = new IdIndex('permission set', reporter);
  awsAccess.permissionSets.forEach((s, i) => sets.declare(s.id, 'awsAccess', ['permissionSets', i]));
  privileged.permissionSets.forEach((s, i) => sets.declare(s.id, 'privileged', ['permissionSets', i]));
  checkPermissionSetNames(docs, reporter);
  for (const [file, list] of [
    ['awsAccess', awsAccess.grants],
    ['privileged', privileged.grants],
  ] as const) {
    list.forEach((g, i) => {
      allGroups.ref(g.group, file, ['grants', i, 'group']);
      sets.ref(g.permissionSet, file, ['grants', i, 'permissionSet']);
      g.accounts.forEach((a, j) => accounts.ref(a, file, ['grants', i, 'accounts', j]));
    });
  }
  privileged.oktaAdminRoles.forEach((r, i) => {
    allGroups.ref(r.group, 'privileged', ['oktaAdminRoles', i, 'group']);
    r.targetGroups?.forEach((g, j) =>
      allGroups.ref(g, 'privileged', ['oktaAdminRoles', i, 'targetGroups', j]),
    );
  });
  const breakGlass = new IdIndex('break-glass principal', reporter);
  privileged.breakGlass.forEach((b, i) => {
    breakGlass.declare(b.id, 'privileged', ['breakGlass', i]);
    accounts.ref(b.account, 'privileged', ['breakGlass', i, 'account']);
  });

  accounts.ref(logging.trail.account, 'logging', ['trail', 'account']);
  accounts.ref(logging.trail.archiveAccount, 'logging', ['trail', 'archiveAccount']);
  if (logging.oktaLogStream)
    accounts.ref(logging.oktaLogStream.account, 'logging', ['oktaLogStream', 'account']);
  accounts.ref(monitoring.auditAccount, 'monitoring', ['auditAccount']);
  monitoring.alerts.channels.forEach((c, i) => channels.ref(c, 'monitoring', ['alerts', 'channels', i]));
  lifecycle.birthright.forEach((g, i) => allGroups.ref(g, 'lifecycle', ['birthright', i]));
  lifecycle.offboarding.notify.forEach((t, i) => teams.ref(t, 'lifecycle', ['offboarding', 'notify', i]));
  guardrails.contractors.forbiddenGroups.forEach((g, i) =>
    allGroups.ref(g, 'guardrails', ['contractors', 'forbiddenGroups', i]),
  );
}

function checkDuplicateMembers(
  members: readonly { person: string }[],
  file: ConfigFileKey,
  path: readonly PathSegment[],
  reporter: Reporter,
) {
  const seen = new Map<string, number>();
  members.forEach((m, j) => {
    const first = seen.get(m.person);
    if (first !== undefined) {
      reporter.report({
        severity: 'error',
        file,
        path: [...path, j, 'person'],
        code: 'duplicate-member',
        message: `"${m.person}" is listed twice`,
        hint: `remove one of the entries (the first is members[${first}])`,
        value: m.person,
      });
    } else seen.set(m.person, j);
  });
}

/** A manager chain that returns to where it started is reported once, at its first person. */
function checkManagerCycles(docs: ConfigDocs, reporter: Reporter) {
  const index = new Map(docs.people.people.map((p, i) => [p.id, i]));
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of docs.people.people) {
    const chain: string[] = [];
    let current: string | undefined = start.id;
    while (current !== undefined && index.has(current) && state.get(current) !== 'done') {
      if (state.get(current) === 'visiting') {
        const cycle = chain.slice(chain.indexOf(current));
        const first = [...cycle].sort()[0];
        reporter.report({
          severity: 'error',
          file: 'people',
          path: ['people', index.get(first)!, 'manager'],
          code: 'manager-cycle',
          message: `manager cycle: ${[...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first].join(' → ')}`,
          hint: 'someone in this chain must report to a person outside it (the top of the org has no manager)',
          value: docs.people.people[index.get(first)!].manager,
        });
        break;
      }
      state.set(current, 'visiting');
      chain.push(current);
      const next: string | undefined = docs.people.people[index.get(current)!].manager;
      current = next === current ? undefined : next;
    }
    for (const id of chain) state.set(id, 'done');
  }
}

/** Identity Center names (the id, or `name` for an adopted set) are unique in the instance. */
function checkPermissionSetNames(docs: ConfigDocs, reporter: Reporter): void {
  const owners = new Map<string, string>();
  for (const [file, list] of [
    ['awsAccess', docs.awsAccess.permissionSets],
    ['privileged', docs.privileged.permissionSets],
  ] as const) {
    list.forEach((s, i) => {
      const name = s.name ?? s.id;
      const owner = owners.get(name);
      if (owner === undefined) owners.set(name, s.id);
      else if (owner !== s.id)
        reporter.report({
          severity: 'error',
          file,
          path: ['permissionSets', i, s.name === undefined ? 'id' : 'name'],
          code: 'duplicate-id',
          message: `permission set "${s.id}" takes the Identity Center name "${name}" of permission set "${owner}"`,
          hint: 'Identity Center names are unique within the instance: give one of them another name',
          value: name,
        });
    });
  }
}
