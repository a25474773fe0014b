import { SCP_MAX_CHARACTERS, scpTargets } from '../../lib/aws/guardrail-policies';
import { GUARDRAIL_SCPS } from '../../lib/aws/scp-documents';
import { exampleModel } from './support/synth-app';

describe('guardrail SCP documents', () => {
  const model = exampleModel();
  const context = { model, managementAccountId: '111111111111', logArchiveAccountId: '222222222222' };

  test.each(GUARDRAIL_SCPS.map((s) => [s.id, s]))(
    '%s fits the Organizations size limit and only denies',
    (_, scp) => {
      const doc = scp.document(context);
      expect(JSON.stringify(doc).length).toBeLessThanOrEqual(SCP_MAX_CHARACTERS);
      for (const s of doc.Statement) expect(s.Effect).toBe('Deny');
    },
  );

  test('target every OU of config, and accounts outside them except the management account', () => {
    expect(scpTargets(model)).toEqual(['ou-a1b2-11111111', 'ou-a1b2-22222222', 'ou-a1b2-33333333']);
    const loose = {
      ...model,
      aws: {
        ...model.aws,
        accounts: [
          ...model.aws.accounts,
          {
            ...model.aws.accounts.find((a) => a.role === 'workload')!,
            id: 'sandbox',
            accountId: '777777777777',
            ou: undefined,
          },
        ],
      },
    };
    expect(scpTargets(loose)).toContain('777777777777');
    expect(scpTargets(loose)).not.toContain('111111111111');
  });
});
