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

describe('guardrails.yaml passwords', () => {
  test('the defaults are the STIG values', () => {
    expect(errors([])).toEqual([]);
  });

  test('a minimum age not below the maximum, and a maximum that is not whole days, are errors with the fix', () => {
    expect(errors(['passwords:', '  minAge: P60D', '  maxAge: P30D'])).toEqual([
      'config/security/guardrails.yaml:2:11: error: passwords.minAge: the minimum password age P60D is not shorter than maxAge (P30D) (got "P60D")',
      '    fix: lower "minAge" below P30D, or raise "maxAge": a password must be changeable before it expires',
    ]);
    expect(errors(['passwords: { maxAge: PT12H }'])).toEqual([
      'config/security/guardrails.yaml:1:22: error: passwords.maxAge: the password lifetime is out of range (got "PT12H")',
      '    fix: Okta expires passwords after whole days: at least "P1D", e.g. "P60D"',
    ]);
  });

  test('a short minimum length and an unknown character class are each named', () => {
    expect(errors(['passwords:', '  minLength: 6', '  require: [digits]'])).toEqual([
      'config/security/guardrails.yaml:2:14: error: passwords.minLength: "minLength" is out of range (got 6)',
      '    fix: needs at least 8',
      'config/security/guardrails.yaml:3:13: error: passwords.require[0]: invalid value for "require" (got "digits")',
      '    fix: expected one of: lowercase, uppercase, number, symbol',
    ]);
  });

  test('an automatic unlock under a minute is out of range', () => {
    expect(errors(['passwords: { autoUnlock: PT10S }'])).toEqual([
      'config/security/guardrails.yaml:1:26: error: passwords.autoUnlock: "autoUnlock" is out of range (got "PT10S")',
      '    fix: Okta counts this in whole minutes: at least "PT1M", e.g. "PT30M"',
    ]);
  });
});

describe('guardrails.yaml network', () => {
  test('IP zones take addresses, CIDRs and ranges; dynamic zones take country codes', () => {
    expect(
      errors([
        'network:',
        '  zones:',
        '    - { id: office, name: Office, gateways: [203.0.113.0/24, 198.51.100.1-198.51.100.9, 192.0.2.7], threatInsightExempt: true }',
        '    - { id: embargoed, name: Embargoed, locations: [KP, US-CA], block: true }',
      ]),
    ).toEqual([]);
  });

  test('a bad address, a zone with both kinds or neither, and a dynamic zone exempt from ThreatInsight', () => {
    expect(
      errors([
        'network:',
        '  threatInsight: blok',
        '  zones:',
        '    - { id: a, name: A, gateways: [203.0.113.0/33] }',
        '    - { id: b, name: B, gateways: [192.0.2.1], locations: [KP] }',
        '    - { id: c, name: C }',
      ]),
    ).toEqual([
      'config/security/guardrails.yaml:2:18: error: network.threatInsight: invalid value for "threatInsight" (got "blok")',
      '    fix: did you mean "block"? expected one of: none, audit, block',
      'config/security/guardrails.yaml:4:36: error: network.zones[0].gateways[0]: invalid value for "gateways" (got "203.0.113.0/33")',
      '    fix: expected an IPv4 address, a CIDR or a range, e.g. "203.0.113.0/24"',
      'config/security/guardrails.yaml:5:7: error: network.zones[1]: network zone "b" needs exactly one of gateways or locations (got "b")',
      '    fix: give the zone either "gateways" (an IP zone) or "locations" (a dynamic zone), not both',
      'config/security/guardrails.yaml:6:7: error: network.zones[2]: network zone "c" needs exactly one of gateways or locations (got "c")',
      '    fix: give the zone either "gateways" (an IP zone) or "locations" (a dynamic zone), not both',
    ]);
    expect(
      errors([
        'network:',
        '  zones:',
        '    - { id: d, name: D, locations: [KP], threatInsightExempt: true }',
      ]),
    ).toEqual([
      'config/security/guardrails.yaml:3:63: error: network.zones[0].threatInsightExempt: network zone "d" is dynamic (got true)',
      '    fix: only IP zones (with "gateways") can be exempt from ThreatInsight; remove it or list the addresses',
    ]);
  });

  test('two zones with one id', () => {
    expect(
      errors([
        'network:',
        '  zones:',
        '    - { id: a, name: A, gateways: [192.0.2.1] }',
        '    - { id: a, name: B, gateways: [192.0.2.2] }',
      ]),
    ).toEqual([
      'config/security/guardrails.yaml:4:13: error: network.zones[1].id: duplicate network zone id "a" (got "a")',
      '    fix: give each network zone its own id',
    ]);
  });
});

describe('guardrails.yaml signInRisk', () => {
  test('behaviours, history, speed and risk scoring are accepted', () => {
    expect(
      errors([
        'signInRisk:',
        '  behaviors: [new-city, new-device, velocity]',
        '  recentSignIns: 50',
        '  velocityKmh: 1000',
        '  highRiskMfa: false',
      ]),
    ).toEqual([]);
  });

  test('an unknown behaviour and a history over 100 are reported together', () => {
    expect(
      errors(['signInRisk:', '  behaviors: [new-device, new-ip, new-planet]', '  recentSignIns: 500']),
    ).toEqual([
      'config/security/guardrails.yaml:2:35: error: signInRisk.behaviors[2]: invalid value for "behaviors" (got "new-planet")',
      '    fix: expected one of: new-country, new-state, new-city, new-device, new-ip, velocity',
      'config/security/guardrails.yaml:3:18: error: signInRisk.recentSignIns: "recentSignIns" is out of range (got 500)',
      '    fix: needs at most 100',
    ]);
  });

  test('a repeated behaviour, and velocityKmh while velocity is left out, each positioned with the fix', () => {
    expect(errors(['signInRisk:', '  behaviors: [new-device, new-device]', '  velocityKmh: 900'])).toEqual([
      'config/security/guardrails.yaml:2:27: error: signInRisk.behaviors[1]: duplicate behaviour "new-device" (got "new-device")',
      '    fix: list "new-device" once',
      'config/security/guardrails.yaml:3:16: error: signInRisk.velocityKmh: velocityKmh is set but "behaviors" leaves out velocity (got 900)',
      '    fix: add "velocity" to "behaviors", or remove "velocityKmh"',
    ]);
  });
});

describe('guardrails.yaml oidc', () => {
  test('a refresh token leeway of 0 to 60 seconds is accepted', () => {
    expect(errors(['oidc: { refreshTokenLeeway: PT0S }'])).toEqual([]);
    expect(errors(['oidc: { refreshTokenLeeway: PT1M }'])).toEqual([]);
  });

  test('a leeway over a minute is out of range, positioned with the fix', () => {
    expect(errors(['oidc:', '  refreshTokenLeeway: PT2M'])).toEqual([
      'config/security/guardrails.yaml:2:23: error: oidc.refreshTokenLeeway: the refresh token leeway is out of range (got "PT2M")',
      '    fix: Okta allows 0 to 60 seconds: e.g. "PT30S", or "PT0S" for none',
    ]);
  });
});
