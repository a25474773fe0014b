// `blueprint plan --base REF`: the head config from the working tree, the base config from
// git (never touching the working tree); unless access-only, the head's engine outputs
// synthesized in-process from the working tree's code and the base's from the base
// commit's own code (see base-outputs.ts); and the PlanReport that compares them.
import { relative } from 'node:path';
import type { Diagnostic } from '../model/diagnostic';
import type { ElevationStarts } from '../model/elevation';
import type { ParsedFiles } from '../model/load-config';
import type { OrgModel } from '../model/org-model';
import { type CheckedOrg, checkOrg } from '../policy/check-org';
import { startAwsDiffWorker } from './aws-diff-in-worker';
import {
  type BaseOutputs,
  type BaseOutputsOptions,
  baseEngineOutputs,
  dependenciesFingerprint,
  HEAD_NODE_MODULES,
} from './base-outputs';
import { changedFiles } from './changed-files';
import { emptyModelLike } from './empty-model';
import {
  engineInput,
  engineKey,
  readEngineCache,
  runningCodeFingerprint,
  writeEngineCache,
} from './engine-cache';
import { configInRepo, repoRoot, resolveRef } from './git';
import { gitConfigReader } from './git-config-reader';
import { accountNamesOf, buildPlanReport, type EngineOutputs, type PlanReport } from './plan-report';
import { codeChangeNote, dependenciesNote, dirtyTreeNote, uncommittedFiles } from './review-notes';

export interface PlanAgainstBaseOptions {
  readonly cwd: string;
  /** Absolute config folder, and how it is named in messages. */
  readonly configDir: string;
  readonly display: string;
  readonly ref: string;
  readonly today: string;
  /** The instant elevations are resolved at, for both sides (see LoadOptions.now). */
  readonly now?: string;
  /** When each elevation's clock started, for both sides (see LoadOptions.elevationStarts). */
  readonly elevationStarts?: ElevationStarts;
  readonly accessOnly: boolean;
  readonly acknowledgement?: string;
  /**
   * Both engines' desired state for a model with the running code (the working tree's):
   * the head's; the base's when only config changed, or when the base has no valid config
   * (an empty org is compared instead). The head's are checked as the plan checks them
   * (cdk-nag): a finding throws; outputs returned for the head passed.
   */
  readonly engines: (model: OrgModel, role: 'base' | 'head') => Promise<EngineOutputs> | EngineOutputs;
  /** How the base is planned with its own code (cache, runner); see base-outputs.ts. */
  readonly base?: Pick<BaseOutputsOptions, 'cacheDir' | 'runner' | 'nodeModules'> & {
    /**
     * When only files in the config folder changed, the base's code is the head's, so
     * `engines` (the running code) plans the base exactly, in-process, without a checkout;
     * with `cacheDir`, both sides' outputs are cached by content (engine-cache.ts).
     * Off for callers whose `engines` is not the repository's own code (tests).
     * @default true
     */
    readonly inProcessWhenOnlyConfigChanged?: boolean;
  };
  /** Absolute folders plan output goes to (e.g. --out): not counted as uncommitted changes. */
  readonly outputFolders?: readonly string[];
  /** Checks that compare base and head (e.g. active people removed). */
  readonly crossChecks?: (base: OrgModel, head: CheckedOrg) => Diagnostic[];
  /**
   * The CloudFormation diff in a worker thread that loads it while the engines run (see
   * aws-diff-in-worker.ts); the report is the same either way.
   * @default false - in this thread, once the engines have run
   */
  readonly diffInWorker?: boolean;
}

export type PlanOutcome = { readonly head: CheckedOrg; readonly report?: PlanReport };

export async function planAgainstBase(options: PlanAgainstBaseOptions): Promise<PlanOutcome> {
  const clock = {
    ...(options.now ? { now: options.now } : {}),
    ...(options.elevationStarts ? { elevationStarts: options.elevationStarts } : {}),
  };
  // Files the change leaves as they were are parsed once, for both sides.
  const parsed: ParsedFiles = new Map();
  const head = checkOrg(options.configDir, {
    display: options.display,
    today: options.today,
    ...clock,
    parsed,
  });
  if (!head.ok || !head.model) return { head };
  const headModel = head.model;
  // Started first, so the diff's database loads while the engines run.
  const differ = options.diffInWorker && !options.accessOnly ? startAwsDiffWorker() : undefined;
  try {
    const top = repoRoot(options.cwd);
    const configRel = configInRepo(top, options.configDir, options.display);
    const commit = resolveRef(top, options.ref);
    // The base checked like the head: warnings it already had are listed apart, not as new.
    const base = checkOrg(options.configDir, {
      display: options.display,
      today: options.today,
      ...clock,
      parsed,
      reader: gitConfigReader(top, commit, configRel),
    });
    const baseModel = base.model ?? emptyModelLike(head.model);
    const changed = changedFiles(top, commit);
    const notes = [
      dependenciesNote(changed),
      dirtyTreeNote(
        uncommittedFiles(
          top,
          (options.outputFolders ?? []).map((f) => relative(top, f).split('\\').join('/')),
        ),
      ),
    ].filter((n): n is string => n !== undefined);

    let engines: { base: EngineOutputs; head: EngineOutputs } | undefined;
    const baseErrors: string[] = [];
    // Nothing but config changed (tracked or not): the running code is the base's code too.
    const onlyConfig = configRel !== '' && changed.every((f) => f.startsWith(`${configRel}/`));
    const baseInProcess = onlyConfig && options.base?.inProcessWhenOnlyConfigChanged !== false;
    if (!options.accessOnly) {
      // The base's own plan runs in another process while the head synthesizes here.
      const planned: Promise<BaseOutputs> | undefined =
        base.model && !baseInProcess
          ? baseEngineOutputs({
              top,
              commit,
              configRel,
              today: options.today,
              ...(options.base?.cacheDir ? { cacheDir: options.base.cacheDir } : {}),
              ...(options.base?.runner ? { runner: options.base.runner } : {}),
              ...(options.base?.nodeModules ? { nodeModules: options.base.nodeModules } : {}),
            })
          : undefined;
      if (planned) {
        // Should the head fail, the base's checkout is still removed before the error surfaces.
        const headOutputs = await Promise.resolve()
          .then(() => options.engines(headModel, 'head'))
          .finally(() => planned);
        const baseOutputs = await planned;
        if (!baseOutputs.ok) baseErrors.push(baseOutputs.error);
        engines = {
          head: headOutputs,
          // Unseen base: nothing is assumed deployed, so everything shows (and routes) as new.
          base: baseOutputs.ok ? baseOutputs.outputs : { okta: {}, cdk: {} },
        };
      } else {
        // The running code plans both sides here: the base's own code when only config changed
        // (or, with a base config that does not validate, an empty org). When only config
        // changed, a side whose inputs were planned before (the base of an earlier push, a re-run
        // on a review) comes from the cache by content (engine-cache.ts), not from a synthesis.
        const code = baseInProcess && options.base?.cacheDir ? runningCodeFingerprint() : undefined;
        const cache =
          code && options.base?.cacheDir
            ? {
                dir: options.base.cacheDir,
                code,
                dependencies: dependenciesFingerprint(options.base.nodeModules ?? HEAD_NODE_MODULES),
              }
            : undefined;
        const plan = async (model: OrgModel, role: 'base' | 'head'): Promise<EngineOutputs> => {
          const input = engineInput(model);
          const key =
            cache && engineKey({ code: cache.code, dependencies: cache.dependencies, model: input });
          const hit = key ? readEngineCache(cache.dir, key) : undefined;
          // The head must have passed the head's checks; any entry serves a base.
          if (hit && (role === 'base' || hit.checked)) return hit.outputs;
          const outputs = await options.engines(input, role);
          if (key) writeEngineCache(cache.dir, key, { outputs, checked: role === 'head' });
          return outputs;
        };
        const baseOutputs = await plan(baseModel, 'base');
        engines = { base: baseOutputs, head: await plan(headModel, 'head') };
      }
    }
    const awsDiffs =
      engines && differ
        ? await differ.diff(engines.base.cdk, engines.head.cdk, accountNamesOf(baseModel, headModel))
        : undefined;
    const report = buildPlanReport({
      base: {
        ref: options.ref,
        commit,
        model: baseModel,
        valid: base.model !== undefined,
        diagnostics: base.diagnostics,
      },
      head: { model: head.model, diagnostics: head.diagnostics, findings: head.findings },
      changedFiles: changed,
      configDir: configRel,
      ...(engines ? { engines } : {}),
      ...(awsDiffs ? { awsDiffs } : {}),
      ...(options.crossChecks ? { crossChecks: options.crossChecks(baseModel, head) } : {}),
      ...(options.acknowledgement ? { acknowledgement: options.acknowledgement } : {}),
      ...(notes.length ? { notes } : {}),
      ...(baseErrors.length ? { baseErrors } : {}),
    });
    const codeNote = codeChangeNote(report);
    return {
      head,
      report: codeNote ? { ...report, notes: [...(report.notes ?? []), codeNote] } : report,
    };
  } finally {
    await differ?.close();
  }
}
