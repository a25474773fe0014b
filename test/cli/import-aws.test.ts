// `blueprint import aws`: the subcommand under `import`, and
// its usage errors. The import itself is tested against the Identity Center double in
// test/import/aws/.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { SSOAdminClient } from '@aws-sdk/client-sso-admin';
import { mockClient } from 'aws-sdk-client-mock';
import { runImportAws } from '../../lib/cli/commands/import-aws';
import { main } from '../../lib/cli/main';
import { checkOrg } from '../../lib/policy/check-org';
import {
  identityCenterDouble,
  snapshotOfModel,
  virtualClock,
} from '../import/aws/support/identity-center-double';
import { captureIo, FIXTURES, TODAY } from '../support/config-case';

describe('blueprint import aws', () => {
  test('`import aws --help` lists its options', async () => {
    const io = captureIo(mkdtempSync(join(tmpdir(), 'blueprint-import-cli-')));
    expect(await main(['import', 'aws', '--help'], io)).toBe(0);
    expect(io.stdout()).toContain('Usage: blueprint import aws [options]');
    for (const option of ['--out <dir>', '--region <region>', '--adopt-dir <dir>', '--mapping-only'])
      expect(io.stdout()).toContain(option);
  });

  test('without a region it is a usage error naming the fix', async () => {
    const io = captureIo(mkdtempSync(join(tmpdir(), 'blueprint-import-cli-')));
    await expect(runImportAws({ out: 'config' }, io)).rejects.toThrow(
      'give --region: the region Identity Center is enabled in (or set AWS_REGION)',
    );
  });

  test('--mapping-only before any import is a usage error naming the fix', async () => {
    const io = captureIo(mkdtempSync(join(tmpdir(), 'blueprint-import-cli-')));
    await expect(runImportAws({ out: 'config', mappingOnly: true }, io)).rejects.toThrow(
      'adopt/identity-center-ids.json does not exist: run `blueprint import aws --out config` first',
    );
  });

  test('AWS refusing a read is one line, exit 1, nothing written', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'blueprint-import-cli-'));
    const io = captureIo(cwd);
    const ssoAdmin = new SSOAdminClient({ region: 'eu-west-1' });
    mockClient(ssoAdmin)
      .onAnyCommand()
      .rejects(
        Object.assign(new Error('User is not authorized to perform sso:ListInstances'), {
          name: 'AccessDeniedException',
        }),
      );
    const clients = {
      ssoAdmin,
      identityStore: new IdentitystoreClient({ region: 'eu-west-1' }),
      organizations: new OrganizationsClient({ region: 'us-east-1' }),
    };
    expect(await runImportAws({ out: 'config', region: 'eu-west-1' }, io, { clients })).toBe(1);
    expect(io.stdout()).toBe(
      '✗ could not read Identity Center and the organization in eu-west-1: AccessDeniedException: User is not authorized to perform sso:ListInstances\n  nothing was written\n',
    );
    expect(existsSync(join(cwd, 'config'))).toBe(false);
  });

  const example = () => snapshotOfModel(checkOrg(join(__dirname, '../../config'), { today: TODAY }).model!);

  test('an org.yaml the import cannot add to: one line, exit 1, nothing written', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'blueprint-import-cli-'));
    mkdirSync(join(cwd, 'config'));
    writeFileSync(join(cwd, 'config/org.yaml'), 'name: [Acme\n');
    const io = captureIo(cwd);
    const { clients } = identityCenterDouble(example());
    expect(
      await runImportAws({ out: 'config', region: 'eu-west-1' }, io, { clients, clock: virtualClock() }),
    ).toBe(1);
    expect(io.stdout()).toMatch(
      /^✗ config\/org\.yaml is not a YAML mapping the import can add to \(.+\): fix it or move it away, then import again\n {2}nothing was written\n$/,
    );
    expect(readdirSync(join(cwd, 'config'))).toEqual(['org.yaml']);
    expect(existsSync(join(cwd, 'adopt'))).toBe(false);
  });

  test("accounts of the folder the organization lacks (init's placeholders) are replaced, and each is a decision", async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'blueprint-import-cli-'));
    cpSync(join(FIXTURES, 'smallest-org'), join(cwd, 'config'), { recursive: true });
    const io = captureIo(cwd);
    const { clients } = identityCenterDouble(example());
    expect(
      await runImportAws({ out: 'config', region: 'eu-west-1' }, io, { clients, clock: virtualClock() }),
    ).toBe(0);
    const lines = io.stdout().split('\n');
    expect(lines.filter((l) => l.includes(' of org.yaml: '))).toEqual(
      ['audit', 'log-archive', 'management'].map(
        (id, i) =>
          `  - account "${id}" (00000000000${[3, 2, 1][i]}) of org.yaml: it is not in the organization, so the accounts AWS has replace it: point what names "${id}" (logging.yaml, monitoring.yaml, grants) at one of them`,
      ),
    );
  });
});
