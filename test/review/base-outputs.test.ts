// Where planned bases are cached by default: in this installation's own node_modules/.cache,
// never the shared temp folder (any local user could plant an entry there that a later plan
// would show as the base).
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultCacheDir } from '../../lib/review/base-outputs';

const ROOT = resolve(__dirname, '..', '..');

describe('defaultCacheDir', () => {
  test('is node_modules/.cache/org-blueprint/base of the running installation', () => {
    expect(defaultCacheDir({})).toBe(join(ROOT, 'node_modules', '.cache', 'org-blueprint', 'base'));
    expect(defaultCacheDir({}).startsWith(tmpdir())).toBe(false);
  });

  test('BLUEPRINT_CACHE_DIR wins when set', () => {
    expect(defaultCacheDir({ BLUEPRINT_CACHE_DIR: '/var/cache/plans' })).toBe('/var/cache/plans');
  });
});
