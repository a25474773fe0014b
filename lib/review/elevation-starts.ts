// When each elevation's clock started, read from git: the committer time of the commit that
// last changed its line of config/security/privileged.yaml on the first-parent history, i.e.
// when the change landed on the deployed branch (the merge or squash commit; deploy runs on
// merge). A line not committed yet (a plan of a working tree) has no start, so it starts at
// `now`. Editing an elevation's line restarts its clock: that is a reviewed change to a
// Security-owned file, like any extension. A shallow clone cannot say when a line landed, so
// it is refused rather than every elevation silently restarting on each deploy.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { PathSegment } from '../model/diagnostic';
import { type ElevationStarts, elevationKey, isElevation } from '../model/elevation';
import { formatInstant } from '../model/instant';
import { CONFIG_FILES } from '../model/schema/files';
import { privilegedFile } from '../model/schema/privileged';
import { SourceFile } from '../model/source-file';
import { git } from './git';
import { GitError } from './git-error';

/** Committer time (ISO) of the commit behind each 1-based line of `file`, for committed lines. */
export function blameLineTimes(top: string, file: string): Map<number, string> {
  const out = git(top, ['blame', '--first-parent', '--porcelain', '--', file]);
  const times = new Map<string, string>();
  const lines = new Map<number, string>();
  let sha = '';
  let line = 0;
  for (const row of out.split('\n')) {
    const header = /^([0-9a-f]{40}) \d+ (\d+)/.exec(row);
    if (header) {
      sha = header[1];
      line = Number(header[2]);
      if (!/^0+$/.test(sha)) lines.set(line, sha);
      continue;
    }
    const time = /^committer-time (\d+)$/.exec(row);
    if (time && !times.has(sha)) times.set(sha, formatInstant(Number(time[1]) * 1000));
  }
  return new Map([...lines].map(([n, s]) => [n, times.get(s)!]));
}

/**
 * The starts of the elevations declared in `configDir` (absolute), by elevation key. Empty
 * when the folder is not in a git repository or privileged.yaml is not tracked yet.
 */
export function elevationStartsFromGit(configDir: string): ElevationStarts {
  const path = join(configDir, CONFIG_FILES.privileged.path);
  if (!existsSync(path)) return {};
  let top: string;
  try {
    top = git(dirname(path), ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return {};
  }
  const source = new SourceFile(path, readFileSync(path, 'utf8'));
  if (source.syntaxErrors().length > 0) return {};
  const parsed = privilegedFile.safeParse(source.data());
  if (!parsed.success) return {};
  const entries: { key: string; path: PathSegment[] }[] = [];
  parsed.data.groups.forEach((g, i) =>
    g.members.forEach((m, j) => {
      if (isElevation(m))
        entries.push({
          key: elevationKey('membership', g.id, m.person),
          path: ['groups', i, 'members', j, m.for === undefined ? 'until' : 'for'],
        });
    }),
  );
  parsed.data.grants.forEach((g, i) => {
    if (isElevation(g))
      entries.push({
        key: elevationKey('grant', g.group, g.permissionSet),
        path: ['grants', i, g.for === undefined ? 'until' : 'for'],
      });
  });
  if (entries.length === 0) return {};
  const rel = relative(top, path).split('\\').join('/');
  if (git(top, ['ls-files', '--', rel]).trim() === '') return {};
  if (git(top, ['rev-parse', '--is-shallow-repository']).trim() === 'true')
    throw new GitError(
      `${rel} declares elevations, whose clocks start when their change landed, and this clone is shallow: fetch the whole history (actions/checkout with fetch-depth: 0)`,
    );
  const times = blameLineTimes(top, rel);
  const starts: Record<string, string> = {};
  for (const e of entries) {
    const at = times.get(source.locate(e.path).line);
    if (at !== undefined) starts[e.key] = at;
  }
  return starts;
}
