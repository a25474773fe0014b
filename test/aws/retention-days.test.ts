import { logRetention, retentionDays } from '../../lib/aws/retention-days';

describe('retention days', () => {
  test('turns config durations into days', () => {
    expect(retentionDays('P7Y', 'x')).toBe(2555);
    expect(retentionDays('P1Y', 'x')).toBe(365);
    expect(retentionDays('PT1H', 'x')).toBe(1);
    expect(() => retentionDays('P0D', 'logging.yaml trail.retention')).toThrow(
      'logging.yaml trail.retention: expected a duration of at least one day, got "P0D"',
    );
  });

  test('rounds CloudWatch Logs retention up to a value the service accepts', () => {
    expect(logRetention('P1Y', 'x')).toBe(365);
    expect(logRetention('P100D', 'x')).toBe(120);
    expect(logRetention('P7Y', 'x')).toBe(2557);
    expect(logRetention('P20Y', 'x')).toBe(3653);
  });
});
