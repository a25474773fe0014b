// itemChanges compares each item's value, not how it was written: the same value with its
// keys in another order (a mapping reordered in the YAML) is no change; a changed value is.
import { join } from 'node:path';
import type { OrgModel } from '../../lib/model/org-model';
import { checkOrg } from '../../lib/policy/check-org';
import { itemChanges } from '../../lib/review/item-changes';

const { model } = checkOrg(join(__dirname, '..', '..', 'config'), { today: '2026-11-23', display: 'config' });
const base = model!;

/** The same object with its keys in reverse order, nested objects too. */
const reversed = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversed)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reversed(v)]),
        )
      : value;

const withApps = (apps: OrgModel['apps']): OrgModel => ({ ...base, apps });

describe('itemChanges', () => {
  test('the same apps with every key in another order: no change', () => {
    expect(base.apps.length).toBeGreaterThan(1);
    expect(
      itemChanges(base, withApps(base.apps.map((a) => reversed(a) as OrgModel['apps'][number]))),
    ).toEqual([]);
  });

  test('an app whose value changed is changed', () => {
    const [first, ...rest] = base.apps;
    const head = withApps([{ ...first!, name: `${first!.name} (new)` }, ...rest]);
    expect(itemChanges(base, head).map((c) => [c.kind, c.id, c.change])).toEqual([
      ['app', first!.id, 'changed'],
    ]);
  });
});
