import { assignmentsFromGrants } from '../../lib/aws/grant-assignments';
import { ownerSlice } from '../../lib/model/partition';
import { exampleModel } from './support/synth-app';

describe('assignmentsFromGrants', () => {
  test("expands IT's grants into sorted (group, permission set, account) assignments with account ids", () => {
    const model = exampleModel();
    expect(assignmentsFromGrants(model, ownerSlice(model, 'it'))).toEqual([
      { group: 'data-analysts', permissionSet: 'data-analyst', account: 'prod', accountId: '666666666666' },
      { group: 'engineering', permissionSet: 'developer', account: 'dev', accountId: '444444444444' },
      { group: 'engineering', permissionSet: 'developer', account: 'staging', accountId: '555555555555' },
      { group: 'engineering', permissionSet: 'read-only', account: 'prod', accountId: '666666666666' },
    ]);
  });

  test("Security's grants reach the management account, IT's never do", () => {
    const model = exampleModel();
    const accounts = (side: 'it' | 'security') =>
      assignmentsFromGrants(model, ownerSlice(model, side)).map((a) => a.account);
    expect(accounts('it')).not.toContain('management');
    expect(assignmentsFromGrants(model, ownerSlice(model, 'security'))).toContainEqual({
      group: 'billing-admins',
      permissionSet: 'billing',
      account: 'management',
      accountId: '111111111111',
    });
  });

  test('declares a grant repeated in config once', () => {
    const model = exampleModel();
    const slice = ownerSlice(model, 'it');
    const twice = { ...slice, grants: [...slice.grants, ...slice.grants] };
    expect(assignmentsFromGrants(model, twice)).toEqual(assignmentsFromGrants(model, slice));
  });
});
