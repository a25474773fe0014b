import type { Group } from '../../../lib/model/org-model';
import { groupRuleOrMembers } from '../../../lib/policy/rules/group-rule-or-members';
import { baseModel, messages, ruleLines } from '../rule-case';

// The loader rejects a config declaring both (error `rule-and-members`), so the
// non-compliant case is a model built by hand, as a generator or migration could.
describe('group-rule-or-members: no group is both rule-based and explicitly managed', () => {
  test('compliant: one rule-based and one listed group', () => {
    expect(ruleLines('group-rule-or-members')).toEqual([]);
  });

  test('non-compliant: a rule-based group that also lists a member', () => {
    const model = baseModel();
    const mixed = (g: Group): Group =>
      g.id !== 'engineering'
        ? g
        : {
            ...g,
            members: [
              ...g.members,
              {
                person: 'gavin-belson',
                via: 'explicit',
                at: { file: 'groups', path: ['groups', 0, 'members', 0] },
              },
            ],
          };
    const findings = groupRuleOrMembers.check({ ...model, groups: model.groups.map(mixed) });
    expect(findings).toEqual([
      {
        at: { file: 'groups', path: ['groups', 0] },
        message: 'group "engineering" is both rule-based and explicitly managed',
        hint: 'keep either "rule" or "members", not both; split it into two groups if you need both',
        value: 'engineering',
      },
    ]);
  });

  test('non-compliant: a listed group that also carries a rule', () => {
    const model = baseModel();
    const groups = model.groups.map((g) =>
      g.id === 'oncall' ? { ...g, rule: { departments: ['engineering'] } } : g,
    );
    expect(messages(groupRuleOrMembers, { ...model, groups })).toEqual([
      'group "oncall" is both rule-based and explicitly managed',
    ]);
  });
});
