// The vendored Okta contract is the file its README names (source, version, SHA-256): a
// changed or replaced file fails until its provenance is written down with it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const CONTRACT = join(__dirname, '..', '..', 'test-doubles', 'okta', 'contract');
const readme = readFileSync(join(CONTRACT, 'README.md'), 'utf8');
const file = readFileSync(join(CONTRACT, 'management-openapi.yaml'));

describe('the vendored Okta contract', () => {
  test('hashes as its README says', () => {
    const recorded = /^ {4}([0-9a-f]{64})$/m.exec(readme)?.[1];
    expect(createHash('sha256').update(file).digest('hex')).toBe(recorded);
  });

  test('is the version its README names, licensed as it says', () => {
    const { info } = load(file.toString('utf8')) as { info: { version: string; license: { name: string } } };
    expect(readme).toContain(`version ${info.version}`);
    expect(readme).toContain(`Licensed ${info.license.name} by Okta, Inc.`);
  });
});
