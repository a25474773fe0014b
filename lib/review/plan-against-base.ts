// `blueprint plan --base REF`: the head config from the working tree, the base config from
// git (never touching the working tree), both engines' desired state unless access-only,
// and the PlanReport that compares them.
import { relative, resolve } from 'node:path';
import type { Diagnostic } from '../model/diagnostic';
import type { OrgModel } from '../model/org-model';
import { type CheckedOrg, checkOrg } from '../policy/check-org';
import { changedFiles } from './changed-files';
import { emptyModelLike } from './empty-model';
import { repoRoot, resolveRef } from './git';
import { gitConfigReader } from './git-config-reader';
import { buildPlanReport, type EngineOutputs, type PlanReport } from './plan-report';

export interface PlanAgainstBaseOptions {
  readonly cwd: string;
  /** Absolute config folder, and how it is named in messages. */
  readonly configDir: string;
  readonly display: string;
  readonly ref: string;
  readonly today: string;
  readonly accessOnly: boolean;
  readonly acknowledgement?: string;
  /** Both engines' desired state for a model (CDK templates and Okta specs). */
  readonly engines: (model: OrgModel, role: 'base' | 'head') => Promise<EngineOutputs> | EngineOutputs;
  /** Checks that compare base and head (e.g. active people removed). */
  readonly crossChecks?: (base: OrgModel, head: CheckedOrg) => Diagnostic[];
}

export type PlanOutcome = { readonly head: CheckedOrg; readonly report?: PlanReport };

export async function planAgainstBase(options: PlanAgainstBaseOptions): Promise<PlanOutcome> {
  const head = checkOrg(options.configDir, { display: options.display, today: options.today });
  if (!head.ok || !head.model) return { head };
  const top = repoRoot(options.cwd);
  const commit = resolveRef(top, options.ref);
  const base = checkOrg(options.configDir, {
    display: options.display,
    today: options.today,
    reader: gitConfigReader(top, commit, options.configDir),
  });
  const baseModel = base.model ?? emptyModelLike(head.model);
  const engines = options.accessOnly
    ? undefined
    : { base: await options.engines(baseModel, 'base'), head: await options.engines(head.model, 'head') };
  const report = buildPlanReport({
    base: { ref: options.ref, commit, model: baseModel, valid: base.model !== undefined },
    head: { model: head.model, diagnostics: head.diagnostics, findings: head.findings },
    changedFiles: changedFiles(top, commit),
    configDir: relative(top, resolve(options.configDir)).split('\\').join('/'),
    ...(engines ? { engines } : {}),
    ...(options.crossChecks ? { crossChecks: options.crossChecks(baseModel, head) } : {}),
    ...(options.acknowledgement ? { acknowledgement: options.acknowledgement } : {}),
  });
  return { head, report };
}
