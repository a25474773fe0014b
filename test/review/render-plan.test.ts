// The plan renderers on one scenario: markdown that parses and reads in the right order,
// and JSON with the documented shape.
import { marked } from 'marked';
import { main } from '../../lib/cli/main';
import { COMMENT_MARKER } from '../../lib/review/render-plan-markdown';
import { captureIo } from '../support/config-case';
import { type Scenario, scenarioRepo } from '../support/git-scenario';

let scenario: Scenario;
const run = async (format: string) => {
  const io = captureIo(scenario.cwd);
  expect(await main(['plan', '--base', 'HEAD', '--access-only', '--format', format], io)).toBe(0);
  return io.stdout();
};

beforeAll(() => {
  scenario = scenarioRepo();
  scenario.edit(
    'security/privileged.yaml',
    '      - { person: ravi-patel,',
    '      - { person: "mei-chen", until: "2026-11-27", reason: "INC-4211 | failover" }\n      - { person: ravi-patel,',
  );
});

describe('markdown plan comment', () => {
  test('starts with the marker, the approvals needed and who gains privileged access', async () => {
    const md = await run('markdown');
    const lines = md.split('\n');
    expect(lines[0]).toBe(COMMENT_MARKER);
    expect(lines[1]).toBe('## ✅ Acme plan — needs @acme/security');
    expect(lines[3]).toBe(
      '🔐 **Privileged:** Mei Chen (mei-chen) gains group aws-admins until 2026-11-27; administrator in audit, dev, log-archive, management, prod, staging',
    );
    expect(md).toContain(' · 🔐 7 privileged gains · ');
    expect(md.indexOf('**Approvals required**')).toBeLessThan(md.indexOf('### Access changes'));
  });

  test('parses into HTML with tables, collapsible sections and a Mermaid block', async () => {
    const md = await run('markdown');
    const tokens = marked.lexer(md);
    const tables = tokens.filter((t) => t.type === 'table') as {
      header: { text: string }[];
      rows: { text: string }[][];
    }[];
    expect(tables.map((t) => t.header.map((h) => h.text))).toEqual([['Who', 'Gains', 'Loses']]);
    // The pipe in the reason is escaped, so the row keeps three cells.
    expect(tables[0].rows[0]).toHaveLength(3);
    expect(tables[0].rows[0][1].text).toContain('explicit membership: INC-4211 | failover');
    const html = marked.parse(md) as string;
    expect(html).toContain('<details><summary>Diagram: privileged access</summary>');
    const mermaid = tokens.find((t) => t.type === 'code' && (t as { lang?: string }).lang === 'mermaid') as {
      text: string;
    };
    expect(mermaid.text.split('\n')[0]).toBe('flowchart LR');
    expect(mermaid.text).toContain('p_mei_chen -->|gains| group_aws_admins');
    for (const line of mermaid.text.split('\n').slice(1))
      expect(line).toMatch(
        /^ {2}[A-Za-z0-9_]+(\[".*"\]| -->\|gains\| [A-Za-z0-9_]+| -\.->\|loses\| [A-Za-z0-9_]+)$/,
      );
  });
});

describe('json plan', () => {
  test('has the documented top-level shape', async () => {
    const plan = JSON.parse(await run('json'));
    expect(Object.keys(plan)).toEqual([
      'version',
      'org',
      'today',
      'base',
      'mode',
      'changedFiles',
      'access',
      'items',
      'diagnostics',
      'preexistingWarnings',
      'blastRadius',
      'approvals',
      'blockers',
      'notes',
    ]);
    // The scenario's change is not committed: the plan says so.
    expect(plan.notes).toEqual([
      'the working tree has uncommitted changes, planned as part of the head: config/security/privileged.yaml',
    ]);
    expect(plan).toMatchObject({
      version: 1,
      org: 'Acme',
      today: '2026-11-23',
      mode: 'access-only',
      base: { ref: 'HEAD', valid: true },
    });
    expect(plan.base.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(plan.changedFiles).toEqual(['config/security/privileged.yaml']);
    expect(plan.access.people[0]).toEqual({
      person: 'mei-chen',
      name: 'Mei Chen',
      contractor: false,
      change: 'changed',
      gains: expect.arrayContaining([
        {
          kind: 'group',
          target: 'aws-admins',
          via: 'explicit',
          privileged: true,
          until: '2026-11-27',
          reason: 'explicit membership: INC-4211 | failover',
        },
      ]),
      loses: [],
    });
    expect(plan.approvals).toEqual([
      {
        team: 'security',
        github: 'acme/security',
        reasons: [
          'file config/security/privileged.yaml',
          'group aws-admins changed',
          'privileged access changes for 1 person',
        ],
      },
    ]);
  });

  test('is byte-for-byte deterministic', async () => {
    expect(await run('json')).toBe(await run('json'));
  });
});
