// The end-date patch `blueprint offboard --now` prints: the exact unified diff, every other
// byte of people.yaml unchanged (comments included), and a patch `git apply` takes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { endDatePatch } from '../../../lib/lifecycle/offboarding/end-date-patch';

const PEOPLE = [
  '# IT-owned. The people.',
  'people:',
  '  - id: ada # the first',
  '    name: Ada',
  '    start: "2020-01-01"  # day one',
  '  # between people',
  '  - id: bob',
  '    name: Bob',
  '    start: "2021-01-01"',
  '    end: "2026-12-31"',
  '  - { id: cy, name: Cy, start: "2022-01-01" }',
  '',
].join('\n');

test('a person without an end date: the line is added after their last key, comments kept', () => {
  const patch = endDatePatch('config/it/people.yaml', PEOPLE, 'ada', '2026-11-23')!;
  expect(patch.patch).toBe(
    [
      '--- a/config/it/people.yaml',
      '+++ b/config/it/people.yaml',
      '@@ -3,6 +3,7 @@',
      '   - id: ada # the first',
      '     name: Ada',
      '     start: "2020-01-01"  # day one',
      '+    end: "2026-11-23"',
      '   # between people',
      '   - id: bob',
      '     name: Bob',
      '',
    ].join('\n'),
  );
  expect(patch.after.replace('    end: "2026-11-23"\n', '')).toBe(PEOPLE);
});

test('a later end date is replaced in place; an earlier or equal one needs no change', () => {
  expect(endDatePatch('people.yaml', PEOPLE, 'bob', '2026-11-23')!.patch).toBe(
    [
      '--- a/people.yaml',
      '+++ b/people.yaml',
      '@@ -7,5 +7,5 @@',
      '   - id: bob',
      '     name: Bob',
      '     start: "2021-01-01"',
      '-    end: "2026-12-31"',
      '+    end: "2026-11-23"',
      '   - { id: cy, name: Cy, start: "2022-01-01" }',
      '',
    ].join('\n'),
  );
  expect(endDatePatch('people.yaml', PEOPLE, 'bob', '2026-12-31')).toBeUndefined();
  expect(endDatePatch('people.yaml', PEOPLE, 'bob', '2027-01-31')).toBeUndefined();
});

test('what it cannot edit safely it says, rather than guess', () => {
  expect(() => endDatePatch('people.yaml', PEOPLE, 'cy', '2026-11-23')).toThrow(
    'people.yaml: cy is written as a flow map; set end: "2026-11-23" by hand',
  );
  expect(() => endDatePatch('people.yaml', PEOPLE, 'dee', '2026-11-23')).toThrow(
    'people.yaml has no person "dee"',
  );
});

test("the example org's people.yaml: git apply takes the patch, and the result is the file with one line more", () => {
  const file = 'config/it/people.yaml';
  const text = readFileSync(resolve(__dirname, '../../..', file), 'utf8');
  const patch = endDatePatch(file, text, 'ravi-patel', '2026-11-23')!;
  const dir = mkdtempSync(join(tmpdir(), 'patch-'));
  execFileSync('mkdir', ['-p', join(dir, 'config/it')]);
  writeFileSync(join(dir, file), text);
  writeFileSync(join(dir, 'end.patch'), patch.patch);
  execFileSync('git', ['apply', 'end.patch'], { cwd: dir });
  expect(readFileSync(join(dir, file), 'utf8')).toBe(patch.after);
  expect(patch.after.split('\n')).toHaveLength(text.split('\n').length + 1);
});
