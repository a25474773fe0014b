import { pulumiImportPlan } from '../../../lib/import/okta/pulumi-import-file';
import { OKTA } from '../../../lib/okta/okta-types';
import { stackSpec } from '../../../lib/okta/spec';

const it = stackSpec('it', 'it', [
  { type: OKTA.user, name: 'user.dana', component: 'Users', inputs: {}, options: {} },
  { type: OKTA.group, name: 'group.ops', component: 'Groups', inputs: {}, options: {} },
  {
    type: OKTA.appGroupAssignment,
    name: 'app-group.slack.ops',
    component: 'AppAccess',
    inputs: {},
    options: {},
  },
]);
const security = stackSpec('security', 'security', [
  { type: OKTA.logStream, name: 'log-stream', component: 'LogStream', inputs: {}, options: {} },
]);

describe('pulumiImportPlan: the import files the first deploy adopts with', () => {
  const plan = pulumiImportPlan(
    [it, security],
    new Map([
      ['user.dana', '00u1'],
      ['group.ops', '00g1'],
      ['app-group.slack.ops', '0oa1/00g1'],
    ]),
  );

  test("a stack's file: its component, its components, each resource under its component with its Okta id", () => {
    expect(plan.files.it).toEqual({
      resources: [
        { type: 'blueprint:okta:ItStack', name: 'it', component: true },
        { type: 'blueprint:okta:AppAccess', name: 'app-access', parent: 'it', component: true },
        { type: 'blueprint:okta:Groups', name: 'groups', parent: 'it', component: true },
        { type: 'blueprint:okta:Users', name: 'users', parent: 'it', component: true },
        { type: OKTA.appGroupAssignment, name: 'app-group.slack.ops', id: '0oa1/00g1', parent: 'app-access' },
        { type: OKTA.group, name: 'group.ops', id: '00g1', parent: 'groups' },
        { type: OKTA.user, name: 'user.dana', id: '00u1', parent: 'users' },
      ],
    });
  });

  test('what Okta does not have is a create of the first deploy, and a stack with nothing to adopt gets no file', () => {
    expect(plan.creates).toEqual([{ stack: 'security', name: 'log-stream', type: OKTA.logStream }]);
    expect(Object.keys(plan.files)).toEqual(['it']);
    expect(plan.adoptions).toBe(3);
  });
});
