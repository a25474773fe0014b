// judgeBlastRadius: guardrails.yaml's blast-radius tolerances, each exceeded one a reason.
import { judgeBlastRadius } from '../../lib/policy/blast-radius';

const tolerances = { maxPeopleLosingAccessPercent: 20, maxResourcesDeleted: 10 };

describe('judgeBlastRadius', () => {
  test('within both tolerances (at them exactly): no reason', () => {
    expect(
      judgeBlastRadius(tolerances, { peopleLosingAccess: 2, headcount: 10, resourcesDeleted: 10 }),
    ).toEqual({
      percentLosingAccess: 20,
      maxPercent: 20,
      maxResourcesDeleted: 10,
      reasons: [],
    });
  });

  test('over each tolerance: a reason for each, the share to one decimal', () => {
    expect(
      judgeBlastRadius(tolerances, { peopleLosingAccess: 2, headcount: 7, resourcesDeleted: 11 }).reasons,
    ).toEqual([
      '2 of 7 people (28.6%) lose access; the tolerance is 20%',
      '11 resources would be deleted; the tolerance is 10',
    ]);
  });

  test('an empty org: no division by zero', () => {
    const verdict = judgeBlastRadius(tolerances, {
      peopleLosingAccess: 0,
      headcount: 0,
      resourcesDeleted: 0,
    });
    expect(verdict.reasons).toEqual([]);
    expect(verdict.percentLosingAccess).toBe(0);
    // Counted against at least one person: a finite share, not Infinity%.
    expect(
      judgeBlastRadius(tolerances, { peopleLosingAccess: 3, headcount: 0, resourcesDeleted: 0 }).reasons,
    ).toEqual(['3 of 0 people (300%) lose access; the tolerance is 20%']);
  });
});
