import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOrg } from '../../lib/policy/check-org';
import { generateOrg, writeOrg } from '../../lib/synthetic/generate-org';

describe('generateOrg', () => {
  test('is deterministic for a seed and differs across seeds', () => {
    expect(generateOrg({ size: 'S', seed: 3, today: '2026-11-23' })).toEqual(
      generateOrg({ size: 'S', seed: 3, today: '2026-11-23' }),
    );
    expect(generateOrg({ size: 'S', seed: 3, today: '2026-11-23' })).not.toEqual(
      generateOrg({ size: 'S', seed: 4, today: '2026-11-23' }),
    );
  });

  test.each(['S', 'M'] as const)('size %s validates cleanly with the promised counts', (size) => {
    const dir = mkdtempSync(join(tmpdir(), `synthetic-${size}-`));
    writeOrg(dir, generateOrg({ size, today: '2026-11-23' }));
    const checked = checkOrg(dir, { today: '2026-11-23' });
    expect(checked.diagnostics).toEqual([]);
    const expected =
      size === 'S' ? { people: 50, groups: 14, apps: 8 } : { people: 1000, groups: 128, apps: 60 };
    expect({
      people: checked.model!.people.length,
      groups: checked.model!.groups.length,
      apps: checked.model!.apps.length,
    }).toEqual(expected);
  });
});
