// guardrails.yaml: the session idle timeout is checked against Okta's unit (whole minutes) and
// against both session lifetimes; every mistake positioned, with the path, the bad value and the fix.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textDiagnostic } from '../../../lib/cli/render-diagnostics';
import { diskReader, loadConfig } from '../../../lib/model/load-config';
import { configCase } from '../../support/config-case';

/** Loads the base fixture with these lines as guardrails.yaml; the text diagnostics. */
function errors(lines: string[]): string[] {
  const cwd = configCase();
  writeFileSync(join(cwd, 'config', 'security', 'guardrails.yaml'), [...lines, ''].join('\n'));
  const loaded = loadConfig('config', diskReader(join(cwd, 'config')));
  return loaded.diagnostics.flatMap((d) => textDiagnostic(d).trimEnd().split('\n'));
}

describe('guardrails.yaml sessions', () => {
  test('idle defaults to 15 minutes and may be anything up to the shorter lifetime', () => {
    expect(errors(['sessions: { default: PT18H, adminConsole: PT1H }'])).toEqual([]);
    expect(errors(['sessions: { default: PT18H, adminConsole: PT1H, idle: PT1H }'])).toEqual([]);
  });

  test('idle longer than a lifetime is an error at the idle value, naming the lifetime and the fix', () => {
    expect(errors(['sessions:', '  default: PT12H', '  adminConsole: PT1H', '  idle: P1D'])).toEqual([
      'config/security/guardrails.yaml:4:9: error: sessions.idle: the idle timeout P1D is longer than the admin session lifetime sessions.adminConsole (PT1H) (got "P1D")',
      '    fix: lower "idle" to at most PT1H, or raise "sessions.adminConsole": a session cannot idle longer than it lives',
      'config/security/guardrails.yaml:4:9: error: sessions.idle: the idle timeout P1D is longer than the session lifetime sessions.default (PT12H) (got "P1D")',
      '    fix: lower "idle" to at most PT12H, or raise "sessions.default": a session cannot idle longer than it lives',
    ]);
  });

  test('idle under a minute, or not whole minutes, is out of range', () => {
    expect(errors(['sessions: { idle: PT30S }'])).toEqual([
      'config/security/guardrails.yaml:1:19: error: sessions.idle: the idle timeout is out of range (got "PT30S")',
      '    fix: Okta counts idle time in whole minutes: at least "PT1M", e.g. "PT15M"',
    ]);
    expect(errors(['sessions: { idle: PT1M30S }'])).toHaveLength(2);
  });
});
