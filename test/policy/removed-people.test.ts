import { resolve } from 'node:path';
import type { OrgModel } from '../../lib/model/org-model';
import { checkOrg } from '../../lib/policy/check-org';
import { checkRemovedPeople } from '../../lib/policy/removed-people';

const CONFIG = resolve(__dirname, '../../config');
const base = checkOrg(CONFIG, { today: '2026-11-23' }).model!;
const without = (model: OrgModel, ...ids: string[]): OrgModel => ({
  ...model,
  people: model.people.filter((p) => !ids.includes(p.id)),
});

describe('checkRemovedPeople: removing a person whose Okta account is live is an error', () => {
  test('nothing removed, nothing found', () => {
    expect(checkRemovedPeople(base, base)).toEqual([]);
  });

  test('an active person removed: set an end date instead', () => {
    expect(checkRemovedPeople(base, without(base, 'kwame-mensah'))).toEqual([
      {
        rule: 'removed-active-person',
        severity: 'error',
        at: { file: 'people', path: ['people'] },
        value: 'kwame-mensah',
        message: 'person "kwame-mensah" was removed from people.yaml while still active in Okta',
        hint: 'keep them and set "end" to their last day: they are suspended after it and deprovisioned 30 days later; remove them after that',
      },
    ]);
  });

  test('a staged person removed', () => {
    const [finding] = checkRemovedPeople(base, without(base, 'noah-williams'));
    expect(finding.message).toBe(
      'person "noah-williams" was removed from people.yaml while their Okta account is staged for 2026-12-07',
    );
  });

  test('a suspended person removed before the grace period ends', () => {
    const [finding] = checkRemovedPeople(base, without(base, 'isabel-santos'));
    expect(finding.message).toBe(
      'person "isabel-santos" was removed from people.yaml while suspended, before being deprovisioned on 2026-12-14',
    );
    expect(finding.hint).toBe(
      'keep them until 2026-12-14: removing them now leaves the account suspended forever',
    );
  });

  test('a deprovisioned person may be removed', () => {
    const later = checkOrg(CONFIG, { today: '2026-12-14' }).model!;
    expect(later.people.find((p) => p.id === 'isabel-santos')!.status).toBe('deprovisioned');
    expect(checkRemovedPeople(later, without(later, 'isabel-santos'))).toEqual([]);
  });

  test('several removals are all reported, in id order', () => {
    const found = checkRemovedPeople(base, without(base, 'yuki-tanaka', 'chloe-martin', 'kwame-mensah'));
    expect(found.map((f) => f.value)).toEqual(['chloe-martin', 'kwame-mensah', 'yuki-tanaka']);
  });
});
