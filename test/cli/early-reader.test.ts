// A reader that stops early (`blueprint guardrails | head -1`): the CLI stops quietly, exit 0,
// no stack trace. `| true` is the earliest such reader: it is gone before the CLI writes.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'bin', 'blueprint.cjs');

test('output piped to a reader that has already gone: exit 0, nothing on stderr', () => {
  const shell = spawnSync(
    'bash',
    ['-c', `node ${JSON.stringify(CLI)} guardrails | true; echo "exit \${PIPESTATUS[0]}"`],
    {
      encoding: 'utf8',
    },
  );
  expect({ stdout: shell.stdout, stderr: shell.stderr }).toEqual({ stdout: 'exit 0\n', stderr: '' });
});
