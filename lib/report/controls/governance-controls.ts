// Governance: who is accountable for what, how changes are made, the risk tolerances
// every change is checked against, and vendor reviews.
import { FUNCTIONS } from '../../model/schema/org';
import { GUARDRAILS } from '../../policy/pack';
import { nextVendorReview } from '../../policy/rules/vendor-review';
import { plural } from '../report';
import type { Control } from './control';

const AREA = 'Governance';

export const GOVERNANCE_CONTROLS: readonly Control[] = [
  {
    id: 'roles-and-responsibilities',
    area: AREA,
    title: 'Every function of the program has an accountable team',
    soc2: ['CC1.3'],
    iso27001: ['A.5.2'],
    cis: [],
    assess: ({ model, line }) => {
      const missing = FUNCTIONS.filter((fn) => model.functions[fn] === undefined);
      return {
        implemented: missing.length === 0,
        config: line('org', 'functions'),
        resource: 'report: blueprint report ownership',
        notes:
          missing.length === 0
            ? `${FUNCTIONS.length} functions assigned`
            : `unassigned: ${missing.join(', ')}`,
      };
    },
  },
  {
    id: 'change-management',
    area: AREA,
    title: 'Every change is a reviewed pull request with a plan; each side approves its own files',
    soc2: ['CC8.1'],
    iso27001: ['A.8.32'],
    cis: [],
    assess: ({ model, line }) => {
      const owner = model.functions['change-management'];
      return {
        implemented: owner !== undefined,
        config: line('org', 'functions', 'change-management'),
        resource: 'blueprint plan on every pull request; AWS::IAM::Role (GitHub OIDC deploy role per side)',
        notes: owner ? `owned by ${owner}` : 'no team owns change-management',
      };
    },
  },
  {
    id: 'risk-tolerances',
    area: AREA,
    title: 'Leadership sets risk tolerances, and every change is checked against them',
    soc2: ['CC3.2', 'CC5.2'],
    iso27001: ['A.5.1'],
    cis: [],
    assess: ({ line, file, guardrail }) => {
      const off = GUARDRAILS.filter((r) => guardrail(r.id).off).map((r) => r.id);
      return {
        implemented: true,
        config: file('guardrails').endsWith('(absent: defaults)')
          ? file('guardrails')
          : line('guardrails', 'severity'),
        resource: 'blueprint validate and plan (the guardrail pack)',
        notes: `${plural(GUARDRAILS.length - off.length, 'guardrail')} on${off.length > 0 ? `; off: ${off.join(', ')}` : ''}`,
      };
    },
  },
  {
    id: 'vendor-reviews',
    area: AREA,
    title: "Each app's vendor is reviewed on its risk tier's cadence",
    soc2: ['CC9.2'],
    iso27001: ['A.5.19', 'A.5.22'],
    cis: [],
    assess: ({ model, line, guardrail }) => {
      const late = model.apps.filter((a) => {
        const due = nextVendorReview(a, model);
        return due === undefined || due < model.today;
      });
      const g = guardrail('vendor-review');
      return {
        implemented: late.length === 0 && !g.off,
        config: line('guardrails', 'vendorReview'),
        resource: 'report: blueprint report vendors',
        notes: g.off
          ? `${g.text}: turned off in guardrails.yaml`
          : late.length === 0
            ? `${plural(model.apps.length, 'app')} reviewed within cadence; checked by ${g.text}`
            : `overdue or never reviewed: ${late.map((a) => a.id).join(', ')}`,
      };
    },
  },
];
