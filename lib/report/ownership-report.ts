// "Who owns what": the program's functions with their accountable team (org.yaml
// `functions`), the config files each side owns, and the owner team of every app and group.
// An unassigned function is flagged.
import type { OrgModel, Side, Team } from '../model/org-model';
import { CONFIG_FILES } from '../model/schema/files';
import { FUNCTIONS } from '../model/schema/org';
import { type Cell, plural, type Report, type Row } from './report';

const FUNCTION_DUTIES: Record<(typeof FUNCTIONS)[number], string> = {
  'access-management': 'Decides who gets which groups, apps and AWS access; runs the quarterly access review',
  'change-management':
    'Reviews and approves changes to this configuration; every change is a pull request with a plan',
  'incident-management': 'Responds to the alerts the monitoring raises and runs security incidents',
  monitoring: 'Logging, threat detection and the alerts that page',
  offboarding: "Removes leavers' access on their end date",
  onboarding: 'Gives joiners their account and birthright access on their start date',
  'risk-management': 'Sets the risk tolerances in guardrails.yaml that every change is checked against',
  'vendor-management': "Reviews each app's vendor on its risk tier's cadence",
};

const FILE_CONTENTS: Record<keyof typeof CONFIG_FILES, string> = {
  org: 'The organisation, its teams and functions, AWS organization, Okta org, alert channels',
  people: 'Departments and people',
  groups: 'Everyday groups, rule-based or listed',
  apps: 'SSO apps and their vendor facts',
  awsAccess: 'Everyday AWS permission sets and grants',
  lifecycle: 'Birthright groups, onboarding and offboarding timings',
  privileged: 'Privileged groups, permission sets, grants, Okta admin roles, break-glass principals',
  logging: 'Organization trail, log archive, Okta log stream',
  monitoring: 'Threat detection services and alerts',
  guardrails: 'Risk tolerances and guardrail severities',
};

const COLUMNS = [
  { key: 'item', label: 'Item' },
  { key: 'what', label: 'What it covers' },
  { key: 'owner', label: 'Owner' },
  { key: 'side', label: 'Side' },
  { key: 'contact', label: 'Contact' },
];

const SIDE_NAMES: Record<Side, string> = { it: 'IT (service)', security: 'Security (guardrails)' };

function ownerCells(team: Team | undefined): Record<string, Cell> {
  if (!team) return { owner: 'unassigned', side: null, contact: null };
  return {
    owner: `${team.name} (${team.id})`,
    side: SIDE_NAMES[team.side],
    contact: `${team.email}, GitHub ${team.github}`,
  };
}

export function ownershipReport(model: OrgModel): Report {
  const teams = new Map(model.teams.map((t) => [t.id, t]));
  const functions: Row[] = [...FUNCTIONS].sort().map((fn) => {
    const team = teams.get(model.functions[fn] ?? '');
    return {
      cells: { item: fn, what: FUNCTION_DUTIES[fn], ...ownerCells(team) },
      attention: team === undefined,
    };
  });
  const files: Row[] = Object.entries(CONFIG_FILES).map(([key, spec]) => {
    const sideTeams = model.teams.filter((t) => t.side === spec.side);
    return {
      cells: {
        item: `config/${spec.path}`,
        what: FILE_CONTENTS[key as keyof typeof CONFIG_FILES],
        owner: sideTeams.map((t) => `${t.name} (${t.id})`).join(', '),
        side: SIDE_NAMES[spec.side],
        contact: sideTeams.map((t) => `GitHub ${t.github}`).join(', '),
      },
    };
  });
  const apps: Row[] = model.apps.map((app) => ({
    cells: {
      item: `${app.name} (${app.id})`,
      what: `${app.vendor}; ${app.risk} risk, ${app.data} data`,
      ...ownerCells(teams.get(app.owner)),
    },
    attention: !teams.has(app.owner),
  }));
  const groups: Row[] = model.groups.map((g) => ({
    cells: {
      item: `${g.name} (${g.id})`,
      what: `${g.privileged ? 'privileged' : g.kind === 'rule' ? 'rule-based' : 'listed'} group, ${g.members.length} members`,
      ...ownerCells(teams.get(g.owner)),
    },
  }));
  const unassigned = functions.filter((r) => r.attention).length;
  return {
    kind: 'ownership',
    title: 'Who owns what',
    org: model.name,
    asOf: model.today,
    intro:
      'The functions of the IT and security program and the team accountable for each (config/org.yaml functions), then which side owns each config file and which team owns each app and group.',
    summary: [
      ...model.teams.map((t) => {
        const functions = FUNCTIONS.filter((fn) => model.functions[fn] === t.id);
        const apps = model.apps.filter((a) => a.owner === t.id).length;
        const groups = model.groups.filter((g) => g.owner === t.id).length;
        return `${t.name} (${t.side} side) is accountable for ${functions.join(', ') || 'no program function'}, and owns ${plural(apps, 'app')} and ${plural(groups, 'group')}`;
      }),
      unassigned === 0
        ? 'Every function has an accountable team'
        : `${plural(unassigned, 'function')} ${unassigned === 1 ? 'has' : 'have'} no accountable team (highlighted)`,
    ],
    columns: COLUMNS,
    sections: [
      {
        id: 'functions',
        heading: 'Program functions',
        intro: 'Assign a team to each function under functions: in config/org.yaml.',
        rows: functions,
      },
      {
        id: 'config-files',
        heading: 'Config files',
        intro: "Changes to a file need its side's approval (CODEOWNERS).",
        rows: files,
      },
      { id: 'apps', heading: 'Apps', rows: apps },
      { id: 'groups', heading: 'Groups', rows: groups },
    ],
  };
}
