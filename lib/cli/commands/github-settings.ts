// `blueprint github-settings [--format json|text]`: the GitHub settings the review depends on.
// json: the branch ruleset for main, the body of `gh api repos/OWNER/NAME/rulesets --input -`;
// text: the ruleset and the deploy environments as `gh api` commands to run.
import { renderRepositorySettingsText, renderRulesetJson } from '../../github/render-repository-settings';
import { repositorySettings } from '../../github/repository-settings';
import { checkConfig } from '../config-folder';
import { EXIT, type Io } from '../io';
import { renderDiagnostics } from '../render-diagnostics';

export interface GithubSettingsOptions {
  readonly config: string;
  readonly format: 'json' | 'text';
}

export function runGithubSettings(options: GithubSettingsOptions, io: Io): number {
  const checked = checkConfig(io, options.config);
  if (!checked.model) {
    io.out(renderDiagnostics(checked.diagnostics, 'text'));
    return EXIT.invalid;
  }
  const settings = repositorySettings(checked.model);
  io.out(options.format === 'json' ? renderRulesetJson(settings) : renderRepositorySettingsText(settings));
  return EXIT.ok;
}
