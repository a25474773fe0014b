// Runs dependency-cruiser (ESM-only, so not loadable from jest's CommonJS) with the repository's
// .dependency-cruiser.cjs over several trees in one process, for test/dependency-rules.test.ts.
// Argument: JSON [{ cwd, folders }]. Prints JSON: one list of violations per tree.
import { join } from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const CONFIG = join(import.meta.dirname, '..', '..', '.dependency-cruiser.cjs');
const trees = JSON.parse(process.argv[2]);
const options = await extractDepcruiseOptions(CONFIG);
const results = [];
for (const { cwd, folders } of trees) {
  process.chdir(cwd);
  const tsConfig = extractTSConfig(join(cwd, 'tsconfig.json'));
  const { output } = await cruise(folders, options, {}, { tsConfig });
  results.push(output.summary.violations.map(({ from, to, rule }) => ({ from, to, rule: rule.name })));
}
process.stdout.write(JSON.stringify(results));
