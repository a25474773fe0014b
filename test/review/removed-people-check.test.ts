// removedPeopleCheck: a person removed while still live in Okta is an error at the head's
// people list, in the config folder as the user named it; at line 1 of where people.yaml
// belongs when the head has none.
import { join } from 'node:path';
import { checkOrg } from '../../lib/policy/check-org';
import { removedPeopleCheck } from '../../lib/review/removed-people-check';

const EXAMPLE = join(__dirname, '..', '..', 'config');
const checked = checkOrg(EXAMPLE, { today: '2026-11-23', display: 'org' });
const base = checked.model!;
const active = base.people.find((p) => p.status === 'active')!;
const head = { ...checked, model: { ...base, people: base.people.filter((p) => p !== active) } };

describe('removedPeopleCheck', () => {
  test('at the people list of the head, named as the user named the folder', () => {
    const [diagnostic, ...rest] = removedPeopleCheck(base, head);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      code: 'removed-active-person',
      file: 'org/it/people.yaml',
    });
    expect(diagnostic!.line).toBeGreaterThan(0);
  });

  test('a head without people.yaml: line 1 of where it belongs, in the same folder', () => {
    const { people: _, ...sources } = head.sources;
    const [diagnostic] = removedPeopleCheck(base, { ...head, sources });
    expect(diagnostic).toMatchObject({
      file: 'org/it/people.yaml',
      line: 1,
      col: 1,
      value: `"${active.id}"`,
    });
  });

  test('nobody removed: nothing', () => {
    expect(removedPeopleCheck(base, checked)).toEqual([]);
  });
});
