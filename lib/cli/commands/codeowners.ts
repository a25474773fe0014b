// `blueprint codeowners [--check]`: writes .github/CODEOWNERS from the teams in
// config/org.yaml; --check fails (exit 1) when the committed file is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { CODEOWNERS_PATH, codeowners } from '../../review/codeowners';
import { checkConfig } from '../config-folder';
import { EXIT, type Io } from '../io';
import { renderDiagnostics } from '../render-diagnostics';

export interface CodeownersOptions {
  readonly config: string;
  readonly check?: boolean;
}

export function runCodeowners(options: CodeownersOptions, io: Io): number {
  const checked = checkConfig(io, options.config);
  if (!checked.model) {
    io.out(renderDiagnostics(checked.diagnostics, 'text'));
    return EXIT.invalid;
  }
  const configPath = relative(io.cwd, resolve(io.cwd, options.config)).split('\\').join('/') || '.';
  const wanted = codeowners(checked.model, configPath);
  const file = resolve(io.cwd, CODEOWNERS_PATH);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (options.check) {
    if (current === wanted) {
      io.out(`✓ ${CODEOWNERS_PATH} is up to date\n`);
      return EXIT.ok;
    }
    io.out(
      `✗ ${CODEOWNERS_PATH} is ${current === undefined ? 'missing' : 'stale'}; run \`npx blueprint codeowners\` and commit the result\n`,
    );
    return EXIT.invalid;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, wanted);
  io.out(`wrote ${CODEOWNERS_PATH}\n`);
  return EXIT.ok;
}
