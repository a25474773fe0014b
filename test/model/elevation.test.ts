// Elevations in the model: their window from the start the caller passes, and their absence
// from the desired state once it has passed (on the minute, not on the day).
import { loadOrg } from '../../lib/model/load-org';
import { caseDir, TODAY } from '../policy/rule-case';

const load = (now: string, elevationStarts?: Record<string, string>) =>
  loadOrg(caseDir('elevations'), {
    today: now.slice(0, 10),
    display: 'config',
    now,
    ...(elevationStarts ? { elevationStarts } : {}),
  });
const START = { 'membership/admins/gavin-belson': `${TODAY}T14:00:00Z` };

describe('elevations', () => {
  test('for: PT4H ends 4 hours after the start it was given', () => {
    const { model } = load(`${TODAY}T15:00:00Z`, START);
    const gavin = model!.groups
      .find((g) => g.id === 'admins')!
      .members.find((m) => m.person === 'gavin-belson');
    expect(gavin).toMatchObject({
      until: TODAY,
      elevation: { start: '2026-11-23T14:00:00Z', expiresAt: '2026-11-23T18:00:00Z', for: 'PT4H' },
    });
    expect(model!.elevations.map((e) => [e.key, e.window.expiresAt])).toEqual([
      ['membership/admins/gavin-belson', '2026-11-23T18:00:00Z'],
      ['grant/admins/administrator', '2026-11-23T23:00:00Z'],
    ]);
    expect(model!.access['gavin-belson'].groups).toContainEqual({
      group: 'admins',
      via: 'explicit',
      until: TODAY,
      expiresAt: '2026-11-23T18:00:00Z',
    });
  });

  test('without a start, the clock starts now (a change not merged yet)', () => {
    const { model } = load(`${TODAY}T15:00:00Z`);
    expect(model!.elevations[0].window).toEqual({
      start: '2026-11-23T15:00:00Z',
      expiresAt: '2026-11-23T19:00:00Z',
      for: 'PT4H',
    });
  });

  test('at its end it is absent from the desired state, with a warning, the same day', () => {
    const { model, diagnostics } = load(`${TODAY}T18:00:00Z`, START);
    const admins = model!.groups.find((g) => g.id === 'admins')!;
    expect(admins.members.map((m) => m.person)).toEqual(['richard-hendricks']);
    expect(admins.expired.map((m) => m.person)).toEqual(['gavin-belson']);
    expect(model!.elevations.map((e) => e.key)).toEqual(['grant/admins/administrator']);
    expect(model!.access['gavin-belson'].groups).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'expired-elevation')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'groups[0].members[1].for',
        message: 'elevation of "gavin-belson" in "admins" ended at 18:00 UTC',
        value: '"PT4H"',
      }),
    ]);
  });

  test('an elevated grant past its end leaves the grants, kept in expiredGrants', () => {
    const { model } = load('2026-11-24T00:00:00Z', START);
    expect(model!.grants.filter((g) => g.side === 'security').map((g) => g.accounts)).toEqual([
      ['management', 'dev'],
    ]);
    expect(model!.expiredGrants.map((g) => [g.accounts, g.elevation?.expiresAt])).toEqual([
      [['log-archive'], '2026-11-23T23:00:00Z'],
    ]);
    expect(model!.elevations).toEqual([]);
  });
});
