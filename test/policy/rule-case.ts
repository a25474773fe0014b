// Guardrail test fixtures: a small org that every rule accepts (fixtures/base) and one
// overlay folder per case (fixtures/<case>) whose files replace the base's. The pair is
// materialized as `<tmp>/config`, so findings name files as `config/...`.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textDiagnostic } from '../../lib/cli/render-diagnostics';
import type { OrgModel } from '../../lib/model/org-model';
import { type CheckedOrg, checkOrg } from '../../lib/policy/check-org';
import type { Guardrail } from '../../lib/policy/guardrail';

export const TODAY = '2026-11-23';
const FIXTURES = join(__dirname, 'fixtures');

/** Base + the case's overlay in a fresh temp folder; returns the config folder. */
export function caseDir(name?: string): string {
  const cwd = mkdtempSync(join(tmpdir(), `blueprint-policy-${name ?? 'base'}-`));
  cpSync(join(FIXTURES, 'base'), join(cwd, 'config'), { recursive: true });
  if (name) cpSync(join(FIXTURES, name), join(cwd, 'config'), { recursive: true });
  return join(cwd, 'config');
}

/** A config folder checked as of TODAY, its files named `config/...`. */
export const checkDir = (dir: string): CheckedOrg => checkOrg(dir, { today: TODAY, display: 'config' });

/** Base + the case's overlay, checked as of TODAY. */
export const checkCase = (name?: string): CheckedOrg => checkDir(caseDir(name));

/** What `blueprint validate` prints for one rule's findings on a case, line by line. */
export function ruleLines(rule: string, name?: string): string[] {
  return checkCase(name)
    .diagnostics.filter((d) => d.code === rule)
    .flatMap((d) => textDiagnostic(d).trimEnd().split('\n'));
}

/** The base model, for rules whose violations the loader already rejects. */
export function baseModel(): OrgModel {
  const checked = checkCase();
  if (!checked.model) throw new Error('the policy base fixture does not load');
  return checked.model;
}

/** A rule's messages on a model built by hand. */
export const messages = (rule: Guardrail, model: OrgModel): string[] =>
  rule.check(model).map((f) => f.message);
