// Where planned bases are cached by default: in this installation's own node_modules/.cache,
// never a folder shared by every user such as <tmp>/org-blueprint (any local user could plant
// an entry there that a later plan would show as the base).
import { join, resolve } from 'node:path';
import { defaultCacheDir } from '../../lib/review/base-outputs';

const ROOT = resolve(__dirname, '..', '..');

describe('defaultCacheDir', () => {
  test('is node_modules/.cache/org-blueprint/base of the running installation', () => {
    expect(defaultCacheDir({})).toBe(join(ROOT, 'node_modules', '.cache', 'org-blueprint', 'base'));
  });

  test('BLUEPRINT_CACHE_DIR wins when set', () => {
    expect(defaultCacheDir({ BLUEPRINT_CACHE_DIR: '/var/cache/plans' })).toBe('/var/cache/plans');
  });
});
