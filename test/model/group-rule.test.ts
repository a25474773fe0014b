import { ruleMatches, ruleMembers } from '../../lib/model/group-rule';

const people = [
  { id: 'a', department: 'eng', type: 'employee', title: 'Engineer' },
  { id: 'b', department: 'eng', type: 'contractor', title: 'Engineer' },
  { id: 'c', department: 'sales', type: 'employee', title: 'Manager' },
];
const byDepartment = new Map([
  ['eng', people.slice(0, 2)],
  ['sales', people.slice(2)],
]);

describe('group rules: AND across attributes, OR within one', () => {
  test('departments OR', () =>
    expect(ruleMembers({ departments: ['eng', 'sales'] }, people, byDepartment).map((p) => p.id)).toEqual([
      'a',
      'b',
      'c',
    ]));
  test('department AND type', () =>
    expect(
      ruleMembers({ departments: ['eng'], types: ['employee'] }, people, byDepartment).map((p) => p.id),
    ).toEqual(['a']));
  test('titles without departments scan everyone', () =>
    expect(ruleMembers({ titles: ['Manager'] }, people, byDepartment).map((p) => p.id)).toEqual(['c']));
  test('a contractor rule', () => expect(ruleMatches({ types: ['contractor'] }, people[1])).toBe(true));
});
