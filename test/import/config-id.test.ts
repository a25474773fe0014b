import { configId, IdAllocator } from '../../lib/import/config-id';

describe('configId: config ids from display names', () => {
  test.each([
    ['Data Engineering (EU)', 'data-engineering-eu'],
    ['Ünïcode Çafé', 'unicode-cafe'],
    ['dana.whitfield', 'dana-whitfield'],
    ['--IT & Security--', 'it-security'],
    ['日本', 'x'],
  ])('%s → %s', (text, id) => {
    expect(configId(text)).toBe(id);
  });

  test('ids stay within the 64 characters the schema allows', () => {
    expect(configId('a'.repeat(100)).length).toBe(60);
  });
});

describe('IdAllocator: unique ids of one kind', () => {
  test('later takers of a slug get -2, -3', () => {
    const ids = new IdAllocator();
    expect([ids.take('engineering'), ids.take('Engineering'), ids.take('engineering')]).toEqual([
      'engineering',
      'engineering-2',
      'engineering-3',
    ]);
  });

  test('free: only valid ids not yet taken', () => {
    const ids = new IdAllocator();
    ids.take('ops');
    expect([ids.free('ops'), ids.free('dev'), ids.free('Not An Id')]).toEqual([false, true, false]);
  });
});
