import { boundedName } from '../../../lib/okta/specs/bounded-name';
import { GROUP_RULE_NAME_MAX, groupRuleSpecs, groupSpecs } from '../../../lib/okta/specs/groups';
import { exampleModel, group } from '../support/example';

const model = exampleModel();

describe('groupSpecs', () => {
  test('a protected group per config group, named by id, with its display name and description', () => {
    const specs = groupSpecs(
      model.groups.filter((g) => g.side === 'it'),
      'Groups',
    );
    expect(specs).toHaveLength(12);
    expect(specs.find((s) => s.name === 'group.everyone')).toEqual({
      type: 'okta:group/group:Group',
      name: 'group.everyone',
      component: 'Groups',
      inputs: {
        name: 'Everyone at Acme',
        description: 'All staff, employees and contractors. Birthright apps.',
      },
      options: { protect: true },
    });
    expect(specs.find((s) => s.name === 'group.oncall')!.inputs).toEqual({ name: 'Production On-call' });
  });
});

describe('groupRuleSpecs', () => {
  test('a rule for each rule-based group only, assigning to its group', () => {
    const specs = groupRuleSpecs(model.groups, model);
    expect(specs.map((s) => s.name)).toEqual(
      model.groups.filter((g) => g.kind === 'rule').map((g) => `group-rule.${g.id}`),
    );
    expect(specs.find((s) => s.name === 'group-rule.it-security')).toEqual({
      type: 'okta:group/rule:Rule',
      name: 'group-rule.it-security',
      component: 'Groups',
      inputs: {
        name: 'it-security',
        expressionType: 'urn:okta:expression:1.0',
        expressionValue: "user.department == 'IT & Security' && user.userType == 'employee'",
        groupAssignments: [{ $ref: 'group.it-security', property: 'id' }],
        status: 'ACTIVE',
      },
      options: {},
    });
  });

  test('the contractors rule', () => {
    const spec = groupRuleSpecs(model.groups, model).find((s) => s.name === 'group-rule.contractors')!;
    expect(spec.inputs.expressionValue).toBe("user.userType == 'contractor'");
  });

  test('a long group id still gives a rule name within Okta’s limit', () => {
    const id = 'a'.repeat(40) + '-b'.repeat(12);
    const [spec] = groupRuleSpecs([group(id, { kind: 'rule', rule: { types: ['employee'] } })], model);
    expect((spec.inputs.name as string).length).toBe(GROUP_RULE_NAME_MAX);
  });
});

describe('boundedName', () => {
  test('short names are unchanged', () => {
    expect(boundedName('engineering', 50)).toBe('engineering');
  });

  test('long names are cut and hashed: stable, distinct, within the limit', () => {
    const a = boundedName(`${'x'.repeat(60)}-a`, 50);
    const b = boundedName(`${'x'.repeat(60)}-b`, 50);
    expect(a).toHaveLength(50);
    expect(a).not.toBe(b);
    expect(boundedName(`${'x'.repeat(60)}-a`, 50)).toBe(a);
    expect(a).toMatch(/^x{41}-[0-9a-f]{8}$/);
  });
});
