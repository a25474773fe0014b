// `blueprint guardrails`: the rules every change is checked against, with the severity in
// effect (Security's guardrails.yaml `severity:`, else the rule's default), what each
// checks and why. When the config cannot be read, lists the defaults and exits 1.
import { resolve } from 'node:path';
import { loadOrg } from '../../model/load-org';
import { GUARDRAILS, severityInEffect } from '../../policy/pack';
import { displayDir, elevationClock, today } from '../config-folder';
import { EXIT, type Io } from '../io';
import { renderDiagnostics } from '../render-diagnostics';

export interface GuardrailsOptions {
  readonly config: string;
  readonly format: 'text' | 'json';
}

export function runListGuardrails(options: GuardrailsOptions, io: Io): number {
  const config = displayDir(io, options.config);
  const loaded = loadOrg(resolve(io.cwd, options.config), {
    display: config,
    today: today(io),
    ...elevationClock(io, options.config),
  });
  const { model } = loaded;
  if (!model) {
    io.err(renderDiagnostics(loaded.diagnostics, 'text'));
    io.err(`✗ ${config} could not be read; showing the default severities\n`);
  }
  const rules = GUARDRAILS.map((rule) => ({
    id: rule.id,
    severity: model ? severityInEffect(model, rule) : rule.defaultSeverity,
    defaultSeverity: rule.defaultSeverity,
    title: rule.title,
    rationale: rule.rationale,
  }));
  if (options.format === 'json') io.out(`${JSON.stringify(rules, null, 2)}\n`);
  else {
    const width = Math.max(...rules.map((r) => r.id.length));
    const source = `${config === '.' ? '' : `${config}/`}security/guardrails.yaml`;
    io.out(
      `${model ? `Guardrails for ${model.name}` : 'Guardrails'} (severity in effect from ${source}, else the default):\n\n`,
    );
    for (const r of rules) {
      const changed = r.severity === r.defaultSeverity ? '' : ` [default: ${r.defaultSeverity}]`;
      io.out(`  ${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}${changed}\n`);
      io.out(`  ${' '.repeat(width)}  ${' '.repeat(7)}  why: ${r.rationale}\n`);
    }
    const count = (s: string) => rules.filter((r) => r.severity === s).length;
    io.out(
      `\n${rules.length} rules: ${count('error')} error, ${count('warning')} warning, ${count('off')} off. ` +
        `Security changes a severity in ${source}, e.g. "severity: { vendor-review: error }".\n`,
    );
  }
  return model ? EXIT.ok : EXIT.invalid;
}
