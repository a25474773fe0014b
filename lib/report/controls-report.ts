// The control matrix: each control the blueprint implements, mapped to SOC 2 Trust
// Services Criteria, ISO/IEC 27001:2022 Annex A and CIS AWS Foundations Benchmark v3.0.0,
// with its evidence: the config line that declares it and the resource it produces (named
// by CloudFormation type or Pulumi type token, from the model; the CDK app is not run, so
// the report stays fast and independent of synthesis). Missing or disabled controls are
// listed as gaps.
import type { Sources } from '../model/load-config';
import type { OrgModel } from '../model/org-model';
import { GUARDRAILS, severityInEffect } from '../policy/pack';
import { configLines } from './config-lines';
import type { Assessment, Control, ControlContext } from './controls/control';
import { DETECTION_CONTROLS } from './controls/detection-controls';
import { GOVERNANCE_CONTROLS } from './controls/governance-controls';
import { IDENTITY_CONTROLS } from './controls/identity-controls';
import { LIFECYCLE_CONTROLS } from './controls/lifecycle-controls';
import { LOGGING_CONTROLS } from './controls/logging-controls';
import { OKTA_CONTROLS } from './controls/okta-controls';
import { plural, type Report, type ReportSection } from './report';

export const CONTROLS: readonly Control[] = [
  ...LOGGING_CONTROLS,
  ...DETECTION_CONTROLS,
  ...IDENTITY_CONTROLS,
  ...OKTA_CONTROLS,
  ...LIFECYCLE_CONTROLS,
  ...GOVERNANCE_CONTROLS,
];

const COLUMNS = [
  { key: 'control', label: 'Control', nowrap: true },
  { key: 'title', label: 'What it does' },
  { key: 'status', label: 'Status', nowrap: true },
  { key: 'soc2', label: 'SOC 2', nowrap: true },
  { key: 'iso27001', label: 'ISO/IEC 27001:2022', nowrap: true },
  { key: 'cis', label: 'CIS AWS v3.0.0', nowrap: true },
  { key: 'stig', label: 'Okta STIG V1R1', nowrap: true },
  { key: 'config', label: 'Config', nowrap: true },
  { key: 'resource', label: 'Resource' },
  { key: 'notes', label: 'Notes' },
];

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export type AssessedControl = Assessment & { readonly control: Control };

/** Each control with its assessment against the model. */
export function assessControls(
  model: OrgModel,
  sources: Sources,
  controls: readonly Control[] = CONTROLS,
): AssessedControl[] {
  const ctx: ControlContext = {
    model,
    ...configLines(sources),
    guardrail(id) {
      const rule = GUARDRAILS.find((r) => r.id === id);
      if (!rule) throw new Error(`internal: unknown guardrail ${id}`);
      const severity = severityInEffect(model, rule);
      return { text: `guardrail ${id} (${severity})`, off: severity === 'off' };
    },
  };
  return controls.map((control) => ({ control, ...control.assess(ctx) }));
}

export function controlsReport(
  model: OrgModel,
  sources: Sources,
  controls: readonly Control[] = CONTROLS,
): Report {
  const assessed = assessControls(model, sources, controls);
  const areas = [...new Set(controls.map((c) => c.area))];
  const sections: ReportSection[] = areas.map((area) => ({
    id: slug(area),
    heading: area,
    rows: assessed
      .filter((a) => a.control.area === area)
      .map((a) => ({
        cells: {
          control: a.control.id,
          title: a.control.title,
          status: a.implemented ? 'implemented' : a.manual ? 'manual' : 'gap',
          soc2: a.control.soc2.join(', '),
          iso27001: a.control.iso27001.join(', '),
          cis: a.control.cis.join(', '),
          stig: (a.control.stig ?? []).join(', '),
          config: a.config,
          resource: a.resource,
          notes: a.notes,
        },
        attention: !a.implemented,
      })),
  }));
  const gaps = assessed.filter((a) => !a.implemented && !a.manual);
  const manual = assessed.filter((a) => a.manual);
  return {
    kind: 'controls',
    title: 'Control matrix',
    org: model.name,
    asOf: model.today,
    intro:
      'Each control the blueprint implements, the framework requirements it maps to (SOC 2 Trust Services Criteria, ISO/IEC 27001:2022 Annex A, CIS AWS Foundations Benchmark v3.0.0, DISA Okta IDaaS STIG V1R1), and its evidence: the config line that declares it and the resource it produces. The STIG rule by rule, with what is checked by hand, is `blueprint report stig`.',
    summary: [
      `${plural(assessed.length - gaps.length - manual.length, 'control')} implemented, ${manual.length} manual, ${plural(gaps.length, 'gap')}`,
      ...(manual.length === 0
        ? []
        : [
            `Manual (no resource can declare them; done and checked by hand): ${manual.map((m) => m.control.id).join(', ')}`,
          ]),
      gaps.length === 0 ? 'No gaps' : `Gaps: ${gaps.map((g) => g.control.id).join(', ')}`,
      'Resources are named by CloudFormation type (AWS) or Pulumi type token (Okta); `blueprint plan` writes the templates and desired state they appear in',
    ],
    columns: COLUMNS,
    sections,
  };
}
