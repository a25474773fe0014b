// `blueprint init DIR`: a starter config for a new organisation that validates as written,
// then the next steps. Never overwrites an existing config.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { StarterOptionError, type StarterOptions, starterConfig } from '../../init/starter-config';
import { displayDir } from '../config-folder';
import { EXIT, type Io, UsageError } from '../io';

export interface InitOptions {
  readonly dir: string;
  readonly name?: string;
  readonly domain?: string;
  readonly teams?: string;
  readonly accounts?: string;
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

export function parseAccounts(list: string | undefined): StarterOptions['accounts'] {
  if (!list) return [];
  return list.split(',').map((entry) => {
    const [id, accountId] = entry.split('=').map((s) => s.trim());
    if (!id || !accountId)
      throw new UsageError(`--accounts entries are id=account-id, e.g. dev=123456789012; got "${entry}"`);
    return { id, accountId };
  });
}

function starterFiles(options: StarterOptions): Record<string, string> {
  try {
    return starterConfig(options);
  } catch (error) {
    if (error instanceof StarterOptionError) throw new UsageError(error.message);
    throw error;
  }
}

export async function runInit(options: InitOptions, io: Io): Promise<number> {
  const target = resolve(io.cwd, options.dir);
  if (existsSync(target) && readdirSync(target).length > 0) {
    io.err(
      `error: ${displayDir(io, options.dir)} already exists and is not empty; init never overwrites a config\n`,
    );
    return EXIT.invalid;
  }
  let { name, domain } = options;
  if ((!name || !domain) && io.interactive) {
    name ||= await ask('Organisation name (e.g. Globex): ');
    domain ||= await ask('Email domain (e.g. globex.com): ');
  }
  if (!name || !domain)
    throw new UsageError('init needs --name and --domain (or run it in a terminal to be asked)');
  const files = starterFiles({
    name,
    domain,
    teams: (options.teams ?? 'it,security')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    accounts: parseAccounts(options.accounts),
  });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(target, rel)), { recursive: true });
    writeFileSync(join(target, rel), text);
  }
  const shown = displayDir(io, options.dir);
  io.out(
    [
      `Wrote a starter config for ${name} to ${shown}/ (${Object.keys(files).length} files).`,
      '',
      'Next steps:',
      `  1. Replace the placeholder AWS ids in ${shown}/org.yaml (organization, Identity Center, account ids) and your Okta org URL.`,
      `  2. Add your people to ${shown}/it/people.yaml and your apps to ${shown}/it/apps.yaml.`,
      `  3. Check it: npx blueprint validate --config ${shown}`,
      `  4. See what would be deployed: npx blueprint plan --config ${shown}`,
      '  5. Commit it, open a pull request, and follow README.md "Deploy" for the first deployment.',
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}
