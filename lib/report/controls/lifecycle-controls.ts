// Joiners and leavers, and the quarterly access review (lib/lifecycle, lib/okta users and
// group rules, `blueprint report access`).
import { type Control, guardedBy } from './control';

const AREA = 'Joiners, movers and leavers';

export const LIFECYCLE_CONTROLS: readonly Control[] = [
  {
    id: 'onboarding',
    area: AREA,
    title: 'Joiners get their account and birthright access on their start date',
    soc2: ['CC6.2'],
    iso27001: ['A.5.16', 'A.5.18'],
    cis: [],
    assess: ({ model, line }) => ({
      implemented: true,
      config: line('lifecycle', 'birthright'),
      resource: 'okta:user/user:User (staged until the start date), okta:group/rule:Rule (birthright groups)',
      notes: `birthright: ${model.lifecycle.birthright.join(', ') || 'none'}; activated ${model.lifecycle.onboarding.activateBeforeStart} before the start`,
    }),
  },
  {
    id: 'offboarding',
    area: AREA,
    title: 'Leavers lose access on their end date, by automation, with an audit trail',
    soc2: ['CC6.2'],
    iso27001: ['A.6.5', 'A.5.18'],
    cis: [],
    assess: (ctx) =>
      guardedBy(ctx, 'access-after-end', {
        config: ctx.line('lifecycle', 'offboarding'),
        resource:
          'okta:user/user:User (suspended after the end date), AWS::Events::Rule → AWS::StepFunctions::StateMachine (offboarding), AWS::DynamoDB::Table (audit)',
        notes: `deactivated after a ${ctx.model.lifecycle.offboarding.gracePeriod} grace period`,
      }),
  },
  {
    id: 'access-reviews',
    area: AREA,
    title: 'Every quarter, each owner team reviews who has access to what it owns',
    soc2: ['CC6.2', 'CC6.3'],
    iso27001: ['A.5.18'],
    cis: [],
    assess: ({ model, line }) => {
      const owner = model.functions['access-management'];
      return {
        implemented: owner !== undefined,
        config: line('org', 'functions', 'access-management'),
        resource: 'report: blueprint report access',
        notes: owner ? `run by ${owner}` : 'no team owns access-management',
      };
    },
  },
];
