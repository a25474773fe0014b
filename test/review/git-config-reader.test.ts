// The base config read from git: listing and content as committed, whatever the working
// tree holds now, with byte-exact content for non-ASCII text.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitConfigReader } from '../../lib/review/git-config-reader';

test('a nested config folder at a commit: its files and their exact content', () => {
  const top = mkdtempSync(join(tmpdir(), 'blueprint-git-reader-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: top });
  mkdirSync(join(top, 'org', 'config', 'it'), { recursive: true });
  writeFileSync(join(top, 'org', 'config', 'org.yaml'), 'name: Café 🚀\n');
  writeFileSync(join(top, 'org', 'config', 'it', 'people.yaml'), 'people: []\n');
  writeFileSync(join(top, 'README.md'), 'not config\n');
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: top, encoding: 'utf8' }).trim();
  writeFileSync(join(top, 'org', 'config', 'org.yaml'), 'name: Changed\n');
  const reader = gitConfigReader(top, commit, 'org/config');
  expect(reader.list()).toEqual(['it/people.yaml', 'org.yaml']);
  expect(reader.read('org.yaml')).toBe('name: Café 🚀\n');
  expect(reader.read('it/people.yaml')).toBe('people: []\n');
  expect(gitConfigReader(top, commit, 'nowhere').list()).toBeUndefined();
});
