// `blueprint import okta --out DIR [--dry-run]`: reads an Okta org with read-only scopes and
// writes what it holds as config into DIR (the config folder: people, groups, apps, Okta's
// part of privileged.yaml and logging.yaml; a starter config around them when DIR is new),
// with every decision a `# TODO(import)` comment, the Pulumi import files that make the first
// deploy adopt instead of create (DIR/.import/), and a summary. `--dry-run` writes nothing.
// `import aws` is registered next to it from its own module.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Client } from '@okta/okta-sdk-nodejs';
import { IMPORT_DIR, importOkta } from '../../import/okta/import-okta';
import { IMPORT_SCOPES, readOktaOrg } from '../../import/okta/read-okta-org';
import { YamlSyntaxError } from '../../import/yaml-edit';
import { createOktaClient } from '../../lifecycle/okta/create-okta-client';
import {
  CREDENTIAL_KEYS,
  type OktaCredentials,
  oktaCredentialsFromEnv,
} from '../../lifecycle/okta/okta-credentials';
import { CONFIG_FILES } from '../../model/schema/files';
import { displayDir, today } from '../config-folder';
import { EXIT, type Io } from '../io';
import { renderDiagnostics, summaryLine } from '../render-diagnostics';

export interface ImportOktaOptions {
  readonly out: string;
  readonly dryRun?: boolean;
}

export interface ImportOktaDeps {
  /** The Okta client for the credentials (default: the lifecycle's, retrying, no cache). */
  readonly client?: (credentials: OktaCredentials) => Client;
}

function existingFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const spec of Object.values(CONFIG_FILES)) {
    const file = join(dir, spec.path);
    if (existsSync(file)) files[spec.path] = readFileSync(file, 'utf8');
  }
  return files;
}

/** Read-only scopes unless OKTA_SCOPES says otherwise (the lifecycle's default scopes manage). */
function readOnly(credentials: OktaCredentials, env: NodeJS.ProcessEnv): OktaCredentials {
  if (credentials.kind !== 'private-key' || env[CREDENTIAL_KEYS.scopes]) return credentials;
  return { ...credentials, scopes: [...IMPORT_SCOPES] };
}

export async function runImportOkta(
  options: ImportOktaOptions,
  io: Io,
  deps: ImportOktaDeps = {},
): Promise<number> {
  const dir = resolve(io.cwd, options.out);
  const shown = displayDir(io, options.out);
  const existing = existingFiles(dir);
  const orgUrlInConfig = /orgUrl:\s*"?(https:\/\/[^\s"#]+)/.exec(existing[CONFIG_FILES.org.path] ?? '')?.[1];
  let credentials: OktaCredentials;
  try {
    credentials = readOnly(oktaCredentialsFromEnv(io.env, orgUrlInConfig), io.env);
  } catch (error) {
    io.err(
      `error: ${(error as Error).message}\n    fix: give the import read-only access (scopes ${IMPORT_SCOPES.join(' ')}); see README "Adopting an existing Okta org"\n`,
    );
    return EXIT.invalid;
  }
  const day = today(io);
  let snapshot: Awaited<ReturnType<typeof readOktaOrg>>;
  try {
    const client = (deps.client ?? ((c) => createOktaClient(c)))(credentials);
    snapshot = await readOktaOrg(client, credentials.orgUrl, { onProgress: (m) => io.err(`  ${m}\n`) });
  } catch (error) {
    io.err(
      `error: reading ${credentials.orgUrl} failed: ${(error as Error).message}\n    fix: check the credentials and their scopes (${IMPORT_SCOPES.join(' ')}), then run the import again; nothing was written\n`,
    );
    return EXIT.invalid;
  }
  let result: ReturnType<typeof importOkta>;
  try {
    result = importOkta(snapshot, existing, { today: day, display: shown });
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    io.err(`error: ${shown}/${error.message}; nothing was written\n`);
    return EXIT.invalid;
  }
  io.out(`${result.summary}\n`);
  if (result.checked.diagnostics.length > 0) io.out(renderDiagnostics(result.checked.diagnostics, 'text'));
  const written = Object.keys(result.files).sort();
  if (options.dryRun) {
    io.out(`Dry run: nothing written. Would write to ${shown}/: ${written.join(', ')}\n`);
  } else {
    for (const rel of written) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), result.files[rel]);
    }
    io.out(
      `Wrote ${written.length} files to ${shown}/ (adoption files and this summary in ${shown}/${IMPORT_DIR}/).\n`,
    );
  }
  io.out(
    result.checked.ok
      ? `✓ the imported config is valid (${summaryLine(result.checked.diagnostics)}); settle the TODO(import) comments, then follow README "Adopting an existing Okta org"\n`
      : `✗ the imported config does not validate yet: ${summaryLine(result.checked.diagnostics)}\n`,
  );
  return result.checked.ok ? EXIT.ok : EXIT.invalid;
}
