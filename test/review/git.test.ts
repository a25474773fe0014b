// The review's git calls: any failure is a GitError with git's own first line, never a
// child-process error with a stack trace.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../../lib/review/git';
import { GitError } from '../../lib/review/git-error';

describe('git', () => {
  test("a failing call is a GitError naming the command, the folder and git's complaint", () => {
    const dir = mkdtempSync(join(tmpdir(), 'blueprint-git-'));
    git(dir, ['init', '-q']);
    const call = () => git(dir, ['-c', 'core.hooksPath=/dev/null', 'show', 'no-such-commit:config/org.yaml']);
    expect(call).toThrow(GitError);
    // git's own words vary by version and locale: one line, after a fixed prefix.
    expect(call).toThrow(new RegExp(`^git show failed in ${dir}: fatal: [^\\n]*no-such-commit[^\\n]*$`));
  });
});
