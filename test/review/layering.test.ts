// lib/review sits below the composition: it compares what it is given (engine outputs as
// functions, the base's plan artifacts) and imports neither stacks/ nor lib/cli.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REVIEW = join(__dirname, '..', '..', 'lib', 'review');

test('lib/review imports nothing from stacks/ or lib/cli', () => {
  const upward = readdirSync(REVIEW)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) =>
      [...readFileSync(join(REVIEW, f), 'utf8').matchAll(/from '([^']+)'/g)]
        .map((m) => m[1])
        .filter((spec) => /^\.\.\/(\.\.\/stacks|cli)(\/|$)/.test(spec))
        .map((spec) => `${f}: ${spec}`),
    );
  expect(upward).toEqual([]);
});
