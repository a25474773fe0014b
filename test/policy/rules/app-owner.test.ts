import { appOwner } from '../../../lib/policy/rules/app-owner';
import { baseModel, ruleLines } from '../rule-case';

// The loader rejects an owner that is not a team (a dangling reference), so the
// non-compliant case is a model built by hand.
describe('app-owner: every app has an owner team', () => {
  test('compliant: both apps are owned by teams in org.yaml', () => {
    expect(ruleLines('app-owner')).toEqual([]);
  });

  test('non-compliant: an app owned by something that is not a team', () => {
    const model = baseModel();
    const apps = model.apps.map((a) => (a.id === 'wiki' ? { ...a, owner: 'nobody' } : a));
    expect(appOwner.check({ ...model, apps })).toEqual([
      {
        at: { file: 'apps', path: ['apps', 0] },
        field: ['owner'],
        message: 'app "wiki" has no owner team ("nobody" is not a team in org.yaml)',
        hint: 'set owner to one of: it, security',
        value: 'nobody',
      },
    ]);
  });
});
