// elevationPatch: break-glass's entry spliced after the group's last member, written by yaml
// so every value reads back as it was given (an id YAML would misread is quoted), every other
// byte of the file as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { elevationPatch } from '../../../lib/lifecycle/elevation/elevation-patch';

const FILE = 'config/security/privileged.yaml';
const text = readFileSync(join(__dirname, '..', '..', '..', FILE), 'utf8');
const entry = {
  person: 'ravi-patel',
  group: 'security-auditors',
  until: '2026-11-23T10:05:00Z',
  reason: 'INC-9: trace the "key" leak #1',
  approvedBy: 'david-mwangi',
};
const lastMember = (after: string, group: string) =>
  parse(after)
    .groups.find((g: { id: string }) => g.id === group)
    .members.at(-1);

describe('elevationPatch', () => {
  test("one line after the group's last member, to the minute; nothing else changes", () => {
    const { after, patch } = elevationPatch(FILE, text, entry);
    const line =
      '      - { person: ravi-patel, until: "2026-11-23T10:05Z", reason: "INC-9: trace the \\"key\\" leak #1", approvedBy: david-mwangi }';
    const anchor = '      - { person: ingrid-berg, until: "2027-02-20", reason: "Security engineering" }\n';
    expect(after).toBe(text.replace(anchor, `${anchor}${line}\n`));
    expect(patch).toContain(`+${line}\n`);
    expect(lastMember(after, 'security-auditors')).toEqual({
      person: 'ravi-patel',
      until: '2026-11-23T10:05Z',
      reason: 'INC-9: trace the "key" leak #1',
      approvedBy: 'david-mwangi',
    });
  });

  test('ids YAML would read as a number, a boolean or null are quoted, and read back as strings', () => {
    for (const id of ['123', 'true', 'null', '1e3']) {
      const { after } = elevationPatch(FILE, text, { ...entry, person: id, approvedBy: id });
      expect(lastMember(after, 'security-auditors')).toMatchObject({ person: id, approvedBy: id });
    }
  });

  test('a group that is not in the file: an error naming it', () => {
    expect(() => elevationPatch(FILE, text, { ...entry, group: 'nope' })).toThrow(
      `${FILE} has no group "nope"`,
    );
  });
});
